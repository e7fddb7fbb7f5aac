// A draft simulated on its procedure's journey with its own rule values: an unchanged clone replays every
// scenario script of its region exactly; a changed value changes the run where it should.

import { wordsIn } from '$lib/rules/words';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildJourney, type BuiltJourney } from '$lib/machines/build';
import { loadJourney } from '$lib/machines/registry';
import { startJourney, type JourneySimulation } from '$lib/machines/simulator';
import type { Facts, Journey } from '$lib/machines/types';
import { loadProfile, loadRegionDetails, loadSource, regionIds } from '$lib/regions/registry';
import type { RegionProfile } from '$lib/regions/types';
import { plusDays, plusMonths } from '$lib/rules/dates';
import { termEnd } from '$lib/rules/periods';
import { parseScenario, type Scenario } from '$lib/scenario/format';
import { draftJourney, draftProfile } from './bundle';
import { cloneRegion } from './create';
import type { Draft } from './types';
import { clause, region, role as roleId } from '$lib/regions/fixture-ids';

const ROOT = join(process.cwd(), 'tests/scenarios');
const DRAFT_ID = region('draft-sim');
/** The regions with scenario files (tests/scenarios/<id>/): a clone of each replays them. */
const withScripts = regionIds.filter((id) => existsSync(join(ROOT, id)));

const scripts = (region: string): [string, Scenario][] =>
	readdirSync(join(ROOT, region))
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.map((f) => [f, parseScenario(readFileSync(join(ROOT, region, f), 'utf8'))]);

interface Loaded {
	journey: Journey;
	profile: RegionProfile;
	draft: Draft;
}
const loaded = new Map<string, Loaded>();

test('the five have scenario files to replay', () => {
	expect(withScripts.length).toBeGreaterThanOrEqual(5);
});

beforeAll(async () => {
	for (const id of withScripts) {
		const profile = await loadProfile(id);
		loaded.set(id, {
			journey: await loadJourney(id),
			profile,
			draft: cloneRegion(await loadRegionDetails(id), profile, await loadSource(id))
		});
	}
});

function builtFor(
	region: string,
	draft: Draft | null,
	roleName: string | undefined,
	start: string
): BuiltJourney {
	const role = roleName ? roleId(roleName) : undefined;
	const { journey, profile } = loaded.get(region)!;
	return draft
		? buildJourney(draftJourney(journey, DRAFT_ID), draftProfile(draft, DRAFT_ID), role, start)
		: buildJourney(journey, profile, role, start);
}

/** Drive a scenario's steps as the scenario runner does, on a statechart already built. */
function play(built: BuiltJourney, s: Scenario, steps = s.steps): JourneySimulation {
	const sim = startJourney(built, {
		role: s.role ? roleId(s.role) : undefined,
		start: s.start,
		facts: s.applicant as Facts,
		materials: s.materials
	});
	for (const step of steps) {
		sim.advanceTo(step.on);
		if (step.event) sim.send({ type: step.event, ...step.payload });
	}
	return sim;
}

/** Everything a run shows, without the region id. */
const outcome = (sim: JourneySimulation) => ({
	today: sim.today,
	status: sim.status,
	value: sim.value,
	ground: sim.context.ground,
	term: sim.context.term,
	trace: sim.trace.map((t) => ({
		date: t.date,
		event: t.event,
		from: t.from,
		to: t.to,
		citations: t.citations,
		milestone: t.milestone,
		label: t.label
	})),
	refusals: sim.refusals.map((r) => ({
		date: r.date,
		event: r.event,
		reason: r.reason,
		citations: r.citations
	})),
	deadlines: sim.deadlines(),
	warnings: sim.context.warnings
});

describe.each(withScripts)('a clone of %s', (region) => {
	test.each(scripts(region))('%s: the same run as the region', (_file, s) => {
		const { draft } = loaded.get(region)!;
		const own = play(builtFor(region, null, s.role, s.start), s);
		const mine = play(builtFor(region, draft, s.role, s.start), s);
		if (s.until) {
			own.advanceTo(s.until);
			mine.advanceTo(s.until);
		}
		expect(mine.region).toBe(DRAFT_ID);
		expect(mine.context.region).toBe(DRAFT_ID);
		expect(own.trace.length).toBeGreaterThan(0);
		expect(outcome(mine)).toEqual(outcome(own));
	});
});

describe('a shorter term in the draft', () => {
	/** The first script of the region's first role that signs an agreement, cut just before signing. */
	function beforeSigning(region: string) {
		const { journey } = loaded.get(region)!;
		const first = journey.roles[0]!.id;
		for (const [file, s] of scripts(region)) {
			if ((s.role ?? first) !== first) continue;
			const i = s.steps.findIndex((x) => x.event === 'SIGN_AGREEMENT');
			if (i >= 0) return { file, s, steps: s.steps.slice(0, i), on: s.steps[i]!.on };
		}
		throw new Error(`no script of ${region} signs an agreement`);
	}

	test.each(withScripts)('%s: 36 → 24 months ends the term 12 months earlier', (region) => {
		const { draft, profile } = loaded.get(region)!;
		const first = profile.values['term.maxMonths']![0]!;
		expect(first.value).toMatchObject({ kind: 'number', value: 36 });
		const shorter = structuredClone(draft);
		shorter.values['term.maxMonths'] = [
			{ ...structuredClone(first), value: { kind: 'number', value: 24, bound: 'atMost' } }
		];

		const { s, steps, on } = beforeSigning(region);
		const own = play(builtFor(region, null, s.role, s.start), s, steps);
		const mine = play(builtFor(region, shorter, s.role, s.start), s, steps);
		for (const sim of [own, mine]) {
			sim.advanceTo(on);
			// No months asked for: the agreement runs to the cap.
			expect(sim.send({ type: 'SIGN_AGREEMENT' })).toEqual({ accepted: true });
		}
		const signed = own.context.term!.start;
		expect(mine.context.term!.start).toBe(signed);
		const ownEnd = termEnd(signed, 36);
		const myEnd = termEnd(signed, 24);
		expect(own.context.term!.end).toBe(ownEnd);
		expect(mine.context.term!.end).toBe(myEnd);
		expect(plusMonths(plusDays(myEnd, 1), 12)).toBe(plusDays(ownEnd, 1));

		// The draft's last day: still licensed; the day after: expired, as the region is a year later.
		for (const sim of [own, mine]) sim.advanceTo(myEnd);
		expect(mine.matches('licensed')).toBe(true);
		for (const sim of [own, mine]) sim.advanceTo(plusDays(myEnd, 1));
		expect(mine.matches('licensed')).toBe(false);
		expect(mine.trace.filter((t) => t.event === 'deadline:termExpiry').map((t) => t.date)).toEqual([
			plusDays(myEnd, 1)
		]);
		expect(own.matches('licensed')).toBe(true);
		own.advanceTo(ownEnd);
		expect(own.matches('licensed')).toBe(true);
		own.advanceTo(plusDays(ownEnd, 1));
		expect(own.matches('licensed')).toBe(false);
		expect(own.trace.filter((t) => t.event === 'deadline:termExpiry').map((t) => t.date)).toEqual([
			plusDays(ownEnd, 1)
		]);
	});

	test('asking for more than the draft’s cap is refused, citing the draft’s value', () => {
		const { draft } = loaded.get('quzhou')!;
		const shorter = structuredClone(draft);
		shorter.values['term.maxMonths'] = [
			{
				from: null,
				value: { kind: 'number', value: 24, bound: 'atMost' },
				summary: { zh: '不超过2年', en: 'At most 2 years' },
				citations: [clause('sec-16')]
			}
		];
		const { s, steps, on } = beforeSigning('quzhou');
		const sim = play(builtFor('quzhou', shorter, s.role, s.start), s, steps);
		sim.advanceTo(on);
		const r = sim.send({ type: 'SIGN_AGREEMENT', months: 36 });
		expect(r.accepted).toBe(false);
		if (!r.accepted) {
			expect(wordsIn(r.refusal.reason, 'en')).toMatch(/24-month cap/);
			expect(r.refusal.citations).toEqual(['sec-16']);
		}
		expect(sim.send({ type: 'SIGN_AGREEMENT', months: 24 })).toEqual({ accepted: true });
	});
});
