// The draft-machine cache: one build per draft revision, a new one when the draft is edited, and no
// machine for a draft that borrows no procedure. The requirements a role's admission asks for, each once.

import { region, role as roleNamed } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { loadJourney } from '$lib/machines/registry';
import { createDraftMachines } from './draft-machines';
import type { ReadyDraft } from './draft-slot.svelte';
import { admissionRequirements } from './journey-facts';

const draft = (revision: number, procedure: string | null) =>
	({
		id: 'abc',
		region: 'draft-abc',
		loaded: { item: { revision }, draft: { procedure }, profile: { region: 'draft-abc', values: {} } },
		errors: [],
		warnings: []
	}) as unknown as ReadyDraft;

describe('createDraftMachines', () => {
	test('one build per revision, under the draft’s id, on its procedure’s stages', async () => {
		const machine = createDraftMachines();
		const first = machine(draft(1, 'taian'));
		expect(machine(draft(1, 'taian'))).toBe(first);
		const built = await first;
		expect(built.journey.region).toBe('draft-abc');
		const taian = await loadJourney(region('taian'));
		expect(built.journey.roles.map((r) => r.id)).toEqual(taian.roles.map((r) => r.id));
		expect(machine(draft(2, 'taian'))).not.toBe(first);
	});

	test('a draft without a procedure has no machine', async () => {
		await expect(createDraftMachines()(draft(1, null))).rejects.toThrow(/no procedure/);
	});
});

test('admissionRequirements: each fact once, in stage order, for the chosen role only', async () => {
	const journey = await loadJourney(region('taian'));
	const role = journey.roles[0]!;
	const facts = admissionRequirements(journey.roles, role.id).map((q) => q.fact);
	const expected = [...new Set(role.admission.flatMap((st) => (st.requires ?? []).map((q) => q.fact)))];
	expect(facts).toEqual(expected);
	expect(facts.length).toBeGreaterThan(0);
	expect(admissionRequirements(journey.roles, roleNamed('noSuchRole'))).toEqual([]);
});
