// The pack check keeps the tiers apart (issue 22, item 1): in a pack whose eligibility.yaml declares two roles,
// a value of a per-role dimension must name the role(s) it binds, and only declared roles.
import { describe, expect, test } from 'vitest';
import { parseCorpus } from '$lib/corpus/parse';
import { ASPECTS } from '$lib/eligibility/aspects';
import { cloneRegion } from '$lib/drafts/create';
import { draftToOpenData, loadDraftBase } from '$lib/drafts/transfer';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadProfile, loadRegionDetails, loadSource } from '$lib/regions/registry';
import type { Pack } from './index';
import { checkPack } from './check';
import { wordsIn } from '../words';
import { region, role } from '$lib/regions/fixture-ids';

const REGION = region('draft-0b7c4a9e-1f2d-4e5a-9c3b-7d8e6f5a4b3c');

async function packOf(id: string): Promise<Pack> {
	const meta = await loadRegionDetails(region(id));
	const profile = await loadProfile(region(id));
	const draft = cloneRegion(meta, profile, await loadSource(region(id)));
	return structuredClone(
		draftToOpenData(draft, REGION, '2026-12-05T00:00:00.000Z', await loadDraftBase({ meta, profile })).pack
	);
}

const context = (pack: Pack) => ({
	region: pack.id,
	clauses: (id: string) =>
		id === pack.id
			? new Set(parseCorpus(region(pack.id), pack.source, pack.meta.parse).clauses.map((c) => c.id))
			: undefined,
	dimensions: DIMENSIONS,
	aspects: new Set<string>(ASPECTS.map((a) => a.id))
});

describe('the pack check and roles', () => {
	test('Jiangsu as a pack passes; without the role on its look-back, or with a role it does not declare, it fails', async () => {
		const pack = await packOf('jiangsu');
		expect(checkPack(pack, context(pack))).toEqual([]);

		const unmarked = structuredClone(pack);
		delete unmarked.profile!.values['eligibility.incidentLookbackYears']![0]!.roles;
		expect(checkPack(unmarked, context(unmarked)).map((p) => p.field)).toEqual([
			'values.eligibility.incidentLookbackYears[0].roles'
		]);

		const stranger = structuredClone(pack);
		stranger.profile!.values['selection.method']![0]!.roles = [role('primaryDeveloper')];
		const problems = checkPack(stranger, context(stranger));
		expect(problems.map((p) => p.field)).toEqual(['values.selection.method[0].roles']);
		expect(wordsIn(problems[0]!.message, 'en')).toContain('primaryDeveloper');
	});

	test('a single-role pack needs no roles', async () => {
		const pack = await packOf('quzhou');
		expect(
			Object.values(pack.profile!.values)
				.flat()
				.some((v) => v.roles)
		).toBe(false);
		expect(checkPack(pack, context(pack))).toEqual([]);
	});
});
