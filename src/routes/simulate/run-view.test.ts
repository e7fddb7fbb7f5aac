import { region } from '$lib/regions/fixture-ids';
import { wordsIn } from '$lib/rules/words';
import { describe, expect, test } from 'vitest';
import { eventStage } from '$lib/machines/explain';
import { createJourney } from '$lib/machines/simulator';
import { groupActions, whatChanged, type RunMoment } from './run-view';

const moment = (s: Awaited<ReturnType<typeof createJourney>>): RunMoment => ({
	today: s.today,
	status: s.status,
	activeStates: s.activeStates(),
	deadlines: s.deadlines(),
	trace: [...s.trace],
	refusals: [...s.refusals]
});

describe('actions: possible now, and the rest grouped by why', () => {
	test('at the start of a Quzhou run one action is possible; the rest fall into a few reasons', async () => {
		const sim = await createJourney(region('quzhou'), { start: '2026-12-05' });
		const all = sim.available();
		const g = groupActions(all, (t) => eventStage(sim.built, t));
		expect(g.now.length).toBeGreaterThan(0);
		expect(g.now.every((a) => a.enabled)).toBe(true);
		expect(g.blockedCount).toBe(all.length - g.now.length);
		expect(g.blocked.reduce((n, b) => n + b.events.length, 0)).toBe(g.blockedCount);
		// grouping says each reason once: far fewer groups than refused actions
		expect(g.blocked.length).toBeLessThan(g.blockedCount / 2);
		for (const b of g.blocked.filter((x) => x.kind === 'stage'))
			expect(new Set(b.events.map((e) => eventStage(sim.built, e.type))).size).toBe(1);
		expect(g.blocked.filter((x) => x.kind === 'later')).toHaveLength(1);
		expect(g.blocked.length).toBeLessThanOrEqual(6);
		// the prohibitions (refused whatever the stage) come last
		expect(g.blocked.at(-1)!.kind).toBe('forbidden');
		expect(g.blocked.at(-1)!.events.map((e) => wordsIn(e.label, 'zh-CN'))).toContain('导出原始数据包');
		sim.stop();
	});
});

describe('what changed', () => {
	test('start: the states entered; an action: what happened and the new state; a refusal: its reason', async () => {
		const sim = await createJourney(region('quzhou'), { start: '2026-12-05' });
		const first = whatChanged(null, moment(sim));
		expect(first.entered.length).toBeGreaterThan(0);
		expect(first.none).toBe(false);

		const before = moment(sim);
		const act = sim.available().find((a) => a.enabled)!;
		sim.send({ type: act.type, ...(act.payload ?? {}) });
		const c = whatChanged(before, moment(sim));
		expect(c.happened.map((h) => h.label.zh)).toEqual([sim.trace.at(-1)!.label.zh]);
		expect(c.entered.length + c.left.length).toBeGreaterThan(0);

		const b2 = moment(sim);
		sim.send({ type: 'SIGN_AGREEMENT', months: 12 });
		const refused = whatChanged(b2, moment(sim));
		expect(refused.refused && wordsIn(refused.refused, 'zh-CN')).toBeTruthy();
		expect(refused.happened).toEqual([]);

		const b3 = moment(sim);
		expect(whatChanged(b3, moment(sim)).none).toBe(true);
		sim.advanceDays(1);
		const moved = whatChanged(b3, moment(sim));
		expect(moved.date).toEqual({ from: '2026-12-05', to: '2026-12-06' });
		sim.stop();
	});
});
