// The one replay of a dated script: each step on its date, refusals kept with their reason, the clock moved
// to the end; a saved run replayed under its own rules agrees with itself step for step, and under another
// region's rules the diverging steps are the ones one region refused and the other took.

import { wordsIn } from '$lib/rules/words';
import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { divergesAt, leafStates, replayColumn, replayScript } from './replay';
import { createJourney } from './simulator';
import { licensedJourney } from './testing';

describe('replayScript', () => {
	test('each step runs on its date; a refusal keeps its reason and clause; the clock ends on `until`', async () => {
		const sim = await createJourney(region('quzhou'), { start: '2025-01-01' });
		const out = replayScript(
			sim,
			[
				{ at: '2025-01-10' },
				{ at: '2025-02-01', event: { type: 'SIGN_AGREEMENT', months: 12 } },
				{ at: '2025-02-01', event: { type: 'NOT_AN_EVENT' } }
			],
			'2025-03-01'
		);
		expect(out.map((s) => [s.at, s.accepted])).toEqual([
			['2025-01-10', null],
			['2025-02-01', false],
			['2025-02-01', false]
		]);
		expect(wordsIn(out[1]!.refusal?.reason ?? { zh: '', en: '' }, 'en').length).toBeGreaterThan(0);
		expect(sim.today).toBe('2025-03-01');
		expect(sim.refusals.map((r) => r.date)).toEqual(['2025-02-01', '2025-02-01']);
	});

	test('a step dated before the journey’s today throws rather than being skipped', async () => {
		const sim = await createJourney(region('quzhou'), { start: '2025-06-01' });
		expect(() => replayScript(sim, [{ at: '2025-05-31', event: { type: 'SUBMIT_REPORT' } }])).toThrow(/back/);
	});
});

describe('replayColumn: a saved run under other rules', () => {
	test('under its own rules every step agrees with the run and the status is the run’s', async () => {
		const run = await licensedJourney(region('quzhou'), undefined, '2025-01-01');
		run.advanceDays(40);
		run.send({ type: 'SUBMIT_REPORT' });
		run.send({ type: 'NOT_AN_EVENT' });
		run.advanceMonths(2);
		const saved = run.persist();
		const own = replayColumn(await createJourney(region('quzhou'), saved), saved);
		expect(own.steps.map((s) => s.ok)).toEqual(
			saved.script.map((s) => !run.refusals.some((r) => r.date === s.at && r.event.type === s.event.type))
		);
		expect(own.status).toBe(run.status);
	});

	test('another region: divergesAt marks exactly the steps where one took the event and the other refused', async () => {
		const run = await licensedJourney(region('quzhou'), undefined, '2025-01-01');
		const saved = run.persist();
		const cols = [
			replayColumn(await createJourney(region('quzhou'), saved), saved),
			replayColumn(await createJourney(region('henan'), { start: saved.start }), saved)
		];
		const differing = saved.script.map((_, i) => cols[0]!.steps[i]!.ok !== cols[1]!.steps[i]!.ok);
		expect(saved.script.map((_, i) => divergesAt(cols, i))).toEqual(differing);
		// Quzhou's admission events are not Henan's: at least one step diverges, and Henan's refusal says why
		expect(differing.some(Boolean)).toBe(true);
		const i = differing.indexOf(true);
		const refused = cols.find((c) => !c.steps[i]!.ok)!.steps[i]!.reason;
		expect(refused && wordsIn(refused, 'en')).toBeTruthy();
	});
});

test('leafStates drops ancestors', () => {
	const sim = {
		activeStates: () => [
			{ path: 'licensed.renewal.open', label: { zh: '', en: '' }, citations: [] },
			{ path: 'licensed.renewal', label: { zh: '', en: '' }, citations: [] },
			{ path: 'licensed', label: { zh: '', en: '' }, citations: [] },
			{ path: 'reporting', label: { zh: '', en: '' }, citations: [] }
		]
	};
	expect(leafStates(sim)).toEqual(['licensed.renewal.open', 'reporting']);
});
