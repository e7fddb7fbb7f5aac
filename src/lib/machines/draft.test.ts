// A draft's journey: an unchanged clone runs exactly as its region (same dated trace, refusals, deadlines and
// persisted context apart from the id), a changed value moves what it should, and a saved run restores.

import { describe, expect, test } from 'vitest';
import { draftJourney, draftProfile } from '$lib/drafts/bundle';
import { cloneRegion } from '$lib/drafts/create';
import type { Draft } from '$lib/drafts/types';
import { loadProfile, loadRegionDetails } from '$lib/regions/registry';
import type { DatedValue, IsoDate, RegionId } from '$lib/regions/types';
import { termEnd } from '$lib/rules/periods';
import { buildDraftJourney, restoreDraftJourney, startDraftJourney } from './draft';
import { passingInput } from './graph';
import { journeyRegionIds, loadBuiltJourney, loadJourney } from './registry';
import { startJourney, type JourneySimulation } from './simulator';
import { admit } from './testing';
import type { RoleId } from './types';
import { clause, region } from '$lib/regions/fixture-ids';

const START: IsoDate = '2025-03-10';
const REGION = region('draft-test');

async function cloneOf(region: RegionId): Promise<Draft> {
	return cloneRegion(await loadRegionDetails(region), await loadProfile(region), '');
}

async function draftSim(draft: Draft, procedure: RegionId, role: RoleId | undefined, start = START) {
	const journey = draftJourney(await loadJourney(procedure), REGION);
	const built = buildDraftJourney(journey, draftProfile(draft, REGION), role, start);
	const input = passingInput(built, start);
	return startJourney(built, { start, facts: input.facts, materials: input.materials });
}

async function regionSim(region: RegionId, role: RoleId | undefined, start = START) {
	const built = await loadBuiltJourney(region, role, start);
	const input = passingInput(built, start);
	return startJourney(built, { start, facts: input.facts, materials: input.materials });
}

/** A dated script: admission, a signing at the cap, a refused over-long second signing, four deadlines, a report. */
function script(sim: JourneySimulation) {
	admit(sim);
	sim.send({ type: 'SIGN_AGREEMENT', months: sim.built.settings.cap ?? 36 });
	sim.send({ type: 'SIGN_AGREEMENT', months: 999 });
	for (let i = 0; i < 4; i++) sim.advanceToNextDeadline();
	sim.send({ type: 'SUBMIT_REPORT' });
	sim.advanceMonths(7);
}

const observe = (sim: JourneySimulation) => ({
	today: sim.today,
	status: sim.status,
	trace: sim.trace,
	refusals: sim.refusals,
	deadlines: sim.deadlines(),
	available: sim.available(),
	context: { ...sim.context, region: null }
});

describe('an unchanged clone simulates exactly as its region', async () => {
	for (const region of journeyRegionIds) {
		const roles = (await loadJourney(region)).roles.map((r) => r.id);
		for (const role of roles)
			test(`${region} / ${role}`, async () => {
				const a = await regionSim(region, role);
				const b = await draftSim(await cloneOf(region), region, role);
				script(a);
				script(b);
				expect(b.region).toBe(REGION);
				expect(a.trace.length, 'the script gets past admission').toBeGreaterThanOrEqual(3);
				expect(a.refusals.length).toBeGreaterThan(0);
				expect(observe(b)).toEqual(observe(a));
				a.stop();
				b.stop();
			});
	}
});

describe('a changed draft', () => {
	test('a shorter term cap moves the term end and keeps the draft citation', async () => {
		const draft = await cloneOf(region('taian'));
		const [first] = draft.values['term.maxMonths']!;
		const changed: DatedValue = {
			...first!,
			value: { kind: 'number', value: 24, bound: 'atMost' },
			citations: [clause('art-14-4'), clause('art-9')]
		};
		draft.values['term.maxMonths'] = [changed];
		const sim = await draftSim(draft, region('taian'), undefined);
		expect(sim.built.settings.cap).toBe(24);
		expect(sim.built.settings.capCitations).toEqual(['art-14-4', 'art-9']);
		admit(sim);
		const over = sim.send({ type: 'SIGN_AGREEMENT', months: 36 });
		expect(over.accepted).toBe(false);
		if (!over.accepted) expect(over.refusal.citations).toContain('art-9');
		expect(sim.send({ type: 'SIGN_AGREEMENT', months: 24 }).accepted).toBe(true);
		expect(sim.context.term?.end).toBe(termEnd(START, 24));
		const expiry = sim.deadlines().find((d) => d.id === 'termExpiry');
		expect(expiry?.date).toBe('2027-03-10');
	});

	test('the procedure region stays as it was (a draft never leaks into the regulations)', async () => {
		const draft = await cloneOf(region('taian'));
		draft.values['term.maxMonths'] = [
			{ ...draft.values['term.maxMonths']![0]!, value: { kind: 'number', value: 12, bound: 'atMost' } }
		];
		await draftSim(draft, region('taian'), undefined);
		expect((await loadBuiltJourney(region('taian'), undefined, START)).settings.cap).toBe(36);
	});

	test('journey and profile must be under the same id', async () => {
		const draft = await cloneOf(region('quzhou'));
		const journey = await loadJourney(region('quzhou'));
		expect(() => buildDraftJourney(journey, draftProfile(draft, REGION), undefined, START)).toThrow(
			/journey is for "quzhou"/
		);
	});
});

describe('a saved run of a draft', () => {
	test('restores from the same draft, and refuses once the draft has changed', async () => {
		const draft = await cloneOf(region('quzhou'));
		const journey = draftJourney(await loadJourney(region('quzhou')), REGION);
		const profile = draftProfile(draft, REGION);
		const built = buildDraftJourney(journey, profile, undefined, START);
		const input = passingInput(built, START);
		const sim = startDraftJourney(journey, profile, {
			start: START,
			facts: input.facts,
			materials: input.materials
		});
		script(sim);
		const saved = sim.persist();
		expect(saved.region).toBe(REGION);
		const back = restoreDraftJourney(journey, profile, saved);
		expect(observe(back)).toEqual(observe(sim));

		const edited = structuredClone(draft);
		edited.values['term.maxMonths'] = [
			{ ...edited.values['term.maxMonths']![0]!, value: { kind: 'number', value: 12, bound: 'atMost' } }
		];
		expect(() => restoreDraftJourney(journey, draftProfile(edited, REGION), saved)).toThrow(/snapshot/);
	});
});
