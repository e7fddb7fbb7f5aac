// Property-based tests (fast-check): random event sequences on every statechart never throw and keep the
// invariants — no data access after termination or during suspension, no term beyond the region's cap,
// no log deletion before the retention period ends, refusals change nothing.

import { wordsIn } from '$lib/rules/words';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plusDays } from '$lib/rules/dates';
import type { BuiltJourney } from './build';
import { activeNodes, variants } from './explain';
import { DATA_ACCESS_EVENTS, EVENTS } from './events';
import { passingInput } from './graph';
import { loadBuiltJourney } from './registry';
import { startJourney, type JourneySimulation } from './simulator';
import { admit, statecharts } from './testing';
import { termEnd } from '$lib/rules/periods';
import { GROUNDS } from '$lib/rules/pack/journey';
import type { JourneyEvent } from './types';

/** Every statechart of the registry: each region × role. */
const MACHINES = statecharts.map((s) => s.key);
const RUNS = 1000;
const ALL_EVENTS = Object.keys(EVENTS);

/**
 * One step: advance the clock; send an event picked (by index) among those the current states handle, with a
 * random payload (often refused); or take one of the events enabled now (a random walk over the chart).
 */
type Step =
	| { kind: 'advance'; days: number }
	| { kind: 'event'; pick: number; payload: Record<string, unknown> }
	| { kind: 'walk'; pick: number };

const payloadArb = fc.record(
	{
		months: fc.integer({ min: -1, max: 60 }),
		days: fc.integer({ min: 0, max: 90 }),
		result: fc.constantFrom('pass', 'fail', 'majorRisk', 'bogus'),
		// Every termination ground the journey schema allows, and one it does not.
		ground: fc.constantFrom(...GROUNDS, 'bogus'),
		venue: fc.constantFrom('exchange', 'platform', 'offExchange'),
		buyer: fc.constantFrom('secondaryDeveloper', 'other'),
		written: fc.boolean(),
		major: fc.boolean()
	},
	{ requiredKeys: [] }
);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 0, max: 400 }) })
	},
	{ weight: 6, arbitrary: fc.record({ kind: fc.constant('walk' as const), pick: fc.nat() }) },
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('event' as const),
			pick: fc.nat(),
			payload: payloadArb
		})
	}
);

const runArb = fc.record({
	start: fc.integer({ min: 0, max: 5 * 365 }).map((d) => plusDays('2023-01-01', d)),
	passing: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
	/** Half the runs start from a signed agreement, so the operating phase is explored as much as admission. */
	signed: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
	foreignEvery: fc.integer({ min: 3, max: 12 }),
	steps: fc.array(stepArb, { minLength: 5, maxLength: 50 })
});

function handledTypes(built: BuiltJourney, sim: JourneySimulation): string[] {
	const snapshot = { value: sim.value, context: sim.context, status: 'active', can: () => false } as never;
	const types = new Set<string>();
	for (const n of activeNodes(built, snapshot)) for (const t of n.transitions) types.add(t.event);
	return [...types].sort();
}

/** The events some active state would take now, with the payload variants a UI offers. */
function enabledEvents(built: BuiltJourney, sim: JourneySimulation): { type: string; payload?: object }[] {
	return handledTypes(built, sim)
		.flatMap((type) => variants(built, type, sim.context).map((payload) => ({ type, payload })))
		.filter((e) => sim.can({ type: e.type, ...e.payload }));
}

function checkInvariants(built: BuiltJourney, sim: JourneySimulation) {
	const ctx = sim.context;
	const cap = built.settings.cap;
	// No data access after termination, during suspension, or before a licence.
	if (sim.status !== 'licensed')
		for (const type of DATA_ACCESS_EVENTS) expect(sim.can({ type }), `${type} in ${sim.status}`).toBe(false);
	// Terms: whole months, within the cap, the first starting on the signing day and each renewal the day after
	// the previous term, ending the day before the same day N months later (never past the cap's last day).
	ctx.terms.forEach((t, i) => {
		expect(t.months).toBeGreaterThan(0);
		if (cap !== null) expect(t.months).toBeLessThanOrEqual(cap);
		expect(t.end).toBe(termEnd(t.start, t.months));
		if (cap !== null) expect(t.end <= termEnd(t.start, cap)).toBe(true);
		const previous = ctx.terms[i - 1];
		if (previous) expect(t.start).toBe(plusDays(previous.end, 1));
	});
	// Logs: never deleted before the retention period ends.
	if (sim.matches('terminated.logs.retained')) expect(sim.can({ type: 'DELETE_LOGS' })).toBe(false);
	for (const e of ctx.trace)
		if (e.milestone === 'logsDeleted') expect(e.date >= ctx.dates.logsDeletableFrom!).toBe(true);
}

describe.each(MACHINES)('%s: random event sequences', (key) => {
	const { region, role } = statecharts.find((s) => s.key === key)!;

	test(`${RUNS} runs never throw and keep the invariants`, async () => {
		const built = await loadBuiltJourney(region, role, '2025-01-01');
		let licensed = 0;
		let ended = 0;
		fc.assert(
			fc.property(runArb, ({ start, passing, signed, foreignEvery, steps }) => {
				const input = passingInput(built, start);
				const sim = startJourney(built, {
					start,
					facts: passing ? input.facts : {},
					materials: passing ? input.materials : []
				});
				if (signed !== undefined && passing) {
					admit(sim);
					expect(sim.send({ type: 'SIGN_AGREEMENT', months: signed }).accepted).toBe(true);
				}
				steps.forEach((step, i) => {
					if (step.kind === 'advance') {
						sim.advanceDays(step.days);
					} else if (step.kind === 'walk') {
						const enabled = enabledEvents(built, sim);
						const a = enabled[step.pick % Math.max(1, enabled.length)];
						if (a) {
							const wasLicensed = sim.status === 'licensed';
							expect(sim.send({ type: a.type, ...(a.payload ?? {}) }).accepted).toBe(true);
							if (DATA_ACCESS_EVENTS.includes(a.type)) expect(wasLicensed).toBe(true);
						}
					} else {
						const local = handledTypes(built, sim);
						const pool = i % foreignEvery === 0 || !local.length ? ALL_EVENTS : local;
						const type = pool[step.pick % pool.length]!;
						const before = { status: sim.status, hold: sim.context.securityHold, trace: sim.trace.length };
						const event = { type, ...step.payload } as JourneyEvent;
						const r = sim.send(event);
						if (r.accepted && DATA_ACCESS_EVENTS.includes(type)) {
							expect(before.status).toBe('licensed');
							expect(before.hold).toBe(false);
						}
						if (!r.accepted) {
							expect(sim.trace.length).toBe(before.trace);
							expect(wordsIn(r.refusal.reason, 'en').length).toBeGreaterThan(0);
						}
					}
					checkInvariants(built, sim);
				});
				if (sim.context.terms.length) licensed++;
				if (sim.context.ground) ended++;
				// What a UI offers agrees with the statechart.
				for (const a of sim.available()) {
					expect(sim.can({ type: a.type, ...(a.payload ?? {}) }), `${a.type}`).toBe(a.enabled);
					if (!a.enabled) expect(wordsIn(a.reason ?? { zh: '', en: '' }, 'en'), a.type).toBeTruthy();
				}
				sim.stop();
			}),
			{ numRuns: RUNS, seed: 20250101 }
		);
		// The generator does reach licences and terminations.
		expect(licensed).toBeGreaterThan(RUNS / 4);
		if (built.outcomes.some((o) => o.startsWith('terminated'))) expect(ended).toBeGreaterThan(0);
	}, 120_000);
});
