// The simulator's public API: events refused with the reason and the clause, the term cap and its qualifier,
// Henan's prohibitions on the primary developer, facts that are unknown, the next deadline, exact
// persistence, and a 3-year, 50-event journey on every statechart (timed in bench/timings.ts).

import { wordsIn } from '$lib/rules/words';
import { describe, expect, test } from 'vitest';
import { plusDays } from '$lib/rules/dates';
import { isNational } from './blocks/national';
import type { BuiltJourney } from './build';
import { variants, activeNodes } from './explain';
import { outcomePaths } from './graph';
import { journeyRegionIds, loadBuiltJourney } from './registry';
import { createJourney, restoreJourney, type JourneySimulation } from './simulator';
import { admit, licensedJourney, passingJourney, statecharts } from './testing';
import { region, role } from '$lib/regions/fixture-ids';

describe('refusals say why, with the clause', () => {
	test('Quzhou: a term over 3 years is refused citing 十六', async () => {
		const sim = await createJourney(region('quzhou'), { start: '2025-01-01' });
		expect(sim.status).toBe('applying');
		const built = sim.built;
		const full = passingJourney(built, '2025-01-01');
		admit(full);
		const r = full.send({ type: 'SIGN_AGREEMENT', months: 37 });
		expect(r.accepted).toBe(false);
		if (!r.accepted) {
			expect(r.refusal.citations).toEqual(['sec-16-p1']);
			expect(wordsIn(r.refusal.reason, 'en')).toContain('36-month cap');
		}
		expect(full.send({ type: 'SIGN_AGREEMENT', months: 36 }).accepted).toBe(true);
		expect(full.refusals).toHaveLength(1);
	});

	test('Henan: the cap is "in principle" — the refusal and the signing both say so', async () => {
		const built = await loadBuiltJourney(region('henan'), role('primaryDeveloper'), '2025-01-01');
		const sim = passingJourney(built, '2025-01-01');
		admit(sim);
		const r = sim.send({ type: 'SIGN_AGREEMENT', months: 48 });
		expect(r.accepted).toBe(false);
		if (!r.accepted) {
			expect(wordsIn(r.refusal.reason, 'en')).toContain('in principle');
			expect(r.refusal.citations).toEqual(['art-14-2']);
		}
		sim.send({ type: 'SIGN_AGREEMENT', months: 36 });
		const signed = sim.milestones.find((m) => m.milestone === 'licensed')!;
		expect(signed.notes?.map((n) => n.en).join()).toContain('in principle');
	});

	test('Tai\'an: "generally" is reported too', async () => {
		const sim = await licensedJourney(region('taian'), undefined, '2025-01-01');
		const signed = sim.milestones.find((m) => m.milestone === 'licensed')!;
		expect(signed.notes?.map((n) => n.zh).join()).toContain('一般');
	});

	test('Henan primary developer: the prohibitions of 第七条 are refused with art-7-1 … art-7-5', async () => {
		const sim = await licensedJourney(region('henan'), role('primaryDeveloper'), '2025-01-01');
		const cases: [string, string][] = [
			['OUTSOURCE_PRIMARY_DEVELOPMENT', 'art-7-1'],
			['PROVIDE_RAW_DATA_TO_MARKET', 'art-7-2'],
			['REDEVELOP_DELIVERED_PRODUCT', 'art-7-3'],
			['SELL_TO_NON_SECONDARY', 'art-7-4'],
			['ENTER_MONOPOLY_AGREEMENT', 'art-7-5']
		];
		for (const [type, clause] of cases) {
			const r = sim.send({ type });
			expect(r.accepted, type).toBe(false);
			if (!r.accepted) expect(r.refusal.citations).toEqual([clause]);
		}
		// Selling to a secondary developer is fine; to anyone else it is not (第七条（四）).
		sim.send({ type: 'REQUEST_DATA' });
		sim.send({ type: 'APPROVE_DATA_REQUEST' });
		sim.send({ type: 'PROCESS_DATA' });
		sim.send({ type: 'SUBMIT_PRODUCT' });
		sim.send({ type: 'APPROVE_PRODUCT' });
		expect(sim.send({ type: 'TRADE', buyer: 'secondaryDeveloper' }).accepted).toBe(true);
		const other = sim.send({ type: 'TRADE', buyer: 'other' });
		expect(other.accepted).toBe(false);
		if (!other.accepted) expect(other.refusal.citations).toContain('art-7-4');
	});

	test('unknown facts never pass a guard', async () => {
		const sim = await createJourney(region('taian'), {
			start: '2025-01-01',
			facts: { goodOperatingCondition: true }
		});
		sim.send({ type: 'PUBLISH_CALL' });
		sim.send({ type: 'SUBMIT_APPLICATION' });
		const r = sim.send({ type: 'PASS_EXPERT_REVIEW' });
		expect(r.accepted).toBe(false);
		if (!r.accepted) {
			expect(wordsIn(r.refusal.reason, 'en')).toContain('Unknown fact "goodCredit"');
			expect(r.refusal.citations).toEqual(['art-13-2']);
		}
	});

	test('a fact that fails is named with its value', async () => {
		const sim = await createJourney(region('yingkou'), {
			start: '2025-01-01',
			facts: { domesticCapital: false, goodCredit: true, sufficientCapital: true, noIncidentInLookback: true }
		});
		sim.send({ type: 'SUBMIT_APPLICATION' });
		const r = sim.send({ type: 'SELECT_OPERATOR' });
		expect(r.accepted).toBe(false);
		if (!r.accepted) expect(wordsIn(r.refusal.reason, 'en')).toMatch(/Domestic capital.*is false/);
	});

	test('an event the text does not provide for says so', async () => {
		const sim = await licensedJourney(region('taian'), undefined, '2025-01-01');
		const r = sim.send({ type: 'REQUEST_EXIT' });
		expect(r.accepted).toBe(false);
		if (!r.accepted) {
			expect(wordsIn(r.refusal.reason, 'en')).toContain('does not provide');
			expect(r.refusal.citations).toEqual([]);
		}
	});

	test('no data access during suspension, restored after rectification (Tai’an 第二十四条)', async () => {
		const sim = await licensedJourney(region('taian'), undefined, '2025-01-01');
		sim.send({ type: 'COMPLETE_TRAINING' });
		sim.send({ type: 'REQUEST_DATA' });
		sim.send({ type: 'APPROVE_DATA_REQUEST' });
		expect(sim.can({ type: 'PROCESS_DATA' })).toBe(true);
		sim.send({ type: 'EVALUATE', result: 'fail' });
		expect(sim.status).toBe('suspended');
		const r = sim.send({ type: 'PROCESS_DATA' });
		expect(r.accepted).toBe(false);
		if (!r.accepted) expect(r.refusal.citations).toEqual(['art-24-p2']);
		sim.send({ type: 'RECTIFIED' });
		expect(sim.status).toBe('licensed');
		expect(sim.send({ type: 'PROCESS_DATA' }).accepted).toBe(true);
	});
});

describe('available(): every event, enabled or refused with reason and citations', () => {
	test('at the start only the first stage is open', async () => {
		const sim = await createJourney(region('quzhou'), { start: '2025-01-01' });
		const list = sim.available();
		expect(list.filter((a) => a.enabled).map((a) => a.type)).toEqual(['PUBLISH_CALL']);
		const sign = list.find((a) => a.type === 'SIGN_AGREEMENT')!;
		expect(sign.enabled).toBe(false);
		expect(wordsIn(sign.reason ?? { zh: '', en: '' }, 'en')).toContain('Not possible now');
		expect(sign.citations).toContain('sec-16-p1');
		const terminate = list.filter((a) => a.type === 'TERMINATE');
		expect(terminate.map((a) => a.payload?.ground)).toEqual(['breach', 'failedEvaluation', 'other']);
	});

	test('enabled entries carry a payload a UI can send as is', async () => {
		const sim = await licensedJourney(region('yingkou'), undefined, '2025-01-01');
		const exit = sim.available().find((a) => a.type === 'REQUEST_EXIT')!;
		expect(exit).toMatchObject({ enabled: true, payload: { written: true } });
		expect(sim.send({ type: exit.type, ...exit.payload }).accepted).toBe(true);
	});
});

describe('the journey map', () => {
	test("Tai'an: a shortest event path to every outcome", async () => {
		const built = await loadBuiltJourney(region('taian'), role('operator'), '2025-01-01');
		const map = outcomePaths(built);
		for (const o of built.outcomes) expect(Object.keys(map), o).toContain(o);
		expect(map.licensed!.map((e) => e.type)).toEqual([
			'PUBLISH_CALL',
			'SUBMIT_APPLICATION',
			'PASS_EXPERT_REVIEW',
			'GOVERNMENT_APPROVE',
			'CLEAR_NOTICE',
			'SIGN_AGREEMENT'
		]);
		expect(map['terminated:expiry']!.at(-1)!.type).toMatch(/^xstate\.after\.termExpiry/);
	});
});

describe('the clock', () => {
	test('advanceToNextDeadline steps through pending deadlines in order', async () => {
		const sim = await licensedJourney(region('taian'), undefined, '2025-01-01', 12);
		// 12 months from 2025-01-01 end on 2025-12-31; the reapplication window opens on 2025-07-01, six months
		// before expiry, the same day the first half-year's report (period ending 2025-06-30) falls overdue
		// (the national framework's own deadline, 2025-03-01, comes first: nationalRegistration:art-24)
		expect(sim.deadlines()[0]).toMatchObject({ id: 'nationalInForce', date: '2025-03-01' });
		expect(
			sim
				.deadlines()
				.filter((d) => !isNational(d))
				.slice(0, 2)
		).toMatchObject([
			{ id: 'reportDue', date: '2025-07-01' },
			{ id: 'renewalWindow', date: '2025-07-01' }
		]);
		sim.advanceTo('2025-06-30');
		expect(sim.matches('licensed.renewal.open')).toBe(false);
		expect(sim.matches('licensed.reporting.due')).toBe(true);
		expect(sim.advanceToNextDeadline()?.id).toBe('reportDue');
		expect(sim.today).toBe('2025-07-01');
		expect(sim.matches('licensed.renewal.open')).toBe(true);
		expect(sim.matches('licensed.reporting.overdue')).toBe(true);
		let guard = 0;
		while (sim.advanceToNextDeadline() && guard++ < 50);
		expect(sim.context.ground).toBe('expiry');
		expect(sim.matches('terminated.logs.mayDelete')).toBe(true);
		expect(sim.deadlines()).toEqual([]);
		expect(sim.send({ type: 'DELETE_LOGS' }).accepted).toBe(true);
		expect(sim.status).toBe('closed');
	});

	test('the clock cannot go back', async () => {
		const sim = await createJourney(region('jiangsu'), {
			role: role('developmentEntity'),
			start: '2025-06-01'
		});
		expect(() => sim.advanceTo('2025-05-31')).toThrow(/back/);
	});
});

describe('persistence: persisted snapshot + event script restore a run exactly', () => {
	test.each(journeyRegionIds)('%s', async (region) => {
		const sim = await licensedJourney(region, undefined, '2024-01-31');
		sim.advanceDays(45);
		sim.send({ type: 'SUBMIT_REPORT' });
		sim.send({ type: 'SECURITY_INCIDENT', major: true });
		sim.send({ type: 'NOT_AN_EVENT' });
		sim.advanceMonths(13);
		const saved = JSON.parse(JSON.stringify(sim.persist()));
		const back = await restoreJourney(saved);
		expect(back.persist()).toEqual(saved);
		expect(back.available()).toEqual(sim.available());
		expect(back.deadlines()).toEqual(sim.deadlines());
		expect(back.refusals).toEqual(sim.refusals);
		// Both go on identically.
		for (const s of [sim, back]) s.advanceMonths(30);
		expect(back.persist()).toEqual(sim.persist());
	});

	test('a tampered snapshot is detected', async () => {
		const sim = await licensedJourney(region('quzhou'), undefined, '2025-01-01');
		const saved = sim.persist();
		(saved.snapshot as { context: { renewals: number } }).context.renewals = 5;
		await expect(restoreJourney(saved)).rejects.toThrow(/does not match/);
	});
});

// ——— a long run on every statechart (timed in bench/timings.ts, never here) ———

const ENDING = new Set([
	'TERMINATE',
	'REJECT',
	'UPHOLD_OBJECTION',
	'ACCEPT_EXIT',
	'REQUEST_EXIT',
	'RENEWAL_REFUSED',
	'EVALUATE',
	'ORDER_RECTIFICATION'
]);

/** A fixed 50-event journey over 3 years: admission, signing, then operating events every ~3 weeks. */
function journey50(built: BuiltJourney): JourneySimulation {
	const sim = passingJourney(built, '2025-01-01');
	let sent = 0;
	for (const stage of built.role.admission) {
		sim.send({ type: stage.event });
		sent++;
	}
	sim.send({ type: 'SIGN_AGREEMENT', months: built.settings.cap ?? 36 });
	sent++;
	for (let i = 0; sent < 50; i++) {
		sim.advanceTo(plusDays('2025-01-01', Math.round(((i + 1) * 1090) / 50)));
		const snapshot = { value: sim.value, context: sim.context, status: 'active', can: () => false } as never;
		const types = [...new Set(activeNodes(built, snapshot).flatMap((n) => n.transitions.map((t) => t.event)))]
			.filter((t) => !ENDING.has(t))
			.sort();
		const options = types
			.flatMap((type) => variants(built, type, sim.context).map((p) => ({ type, ...p })))
			.filter((e) => sim.can(e));
		const e = options[i % Math.max(1, options.length)];
		sim.send(e ?? { type: 'SUBMIT_REPORT' });
		sent++;
	}
	sim.advanceTo('2027-12-31');
	return sim;
}

describe('a 3-year, 50-event journey runs on every statechart', () => {
	test.each(statecharts.map((s) => [s.region, s.role]))('%s/%s', async (region, role) => {
		const built = await loadBuiltJourney(region, role, '2025-01-01');
		const run = journey50(built);
		// every event sent was either taken (a transition in the trace) or refused with a reason
		expect(run.today).toBe('2027-12-31');
		expect(run.trace.length).toBeGreaterThan(10);
		for (const r of run.refusals) expect(wordsIn(r.reason, 'en').length).toBeGreaterThan(0);
		// and the same script replays to the same run
		expect((await restoreJourney(run.persist())).persist()).toEqual(run.persist());
	});
});
