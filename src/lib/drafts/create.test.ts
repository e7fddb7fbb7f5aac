import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { profile as national } from '$lib/regions/national/profile';
import { blankDraft, blankValues } from './create';
import { clause } from '$lib/regions/fixture-ids';

describe('a blank draft', () => {
	test('without a start: every dimension "not specified"', () => {
		const values = blankValues();
		expect(Object.keys(values)).toEqual(DIMENSIONS.map((d) => d.id));
		for (const d of DIMENSIONS)
			expect(values[d.id]).toMatchObject([{ from: null, value: { kind: 'notSpecified' } }]);
	});

	test('from the national framework: its values, from the draft’s own entry into force, citing the national texts', () => {
		const d = blankDraft('某市办法', '某市', null, national);
		expect(d.values['term.maxMonths']).toEqual([
			{
				from: null,
				value: { kind: 'number', value: 60, bound: 'atMost' },
				qualifier: 'inPrinciple',
				summary: national.values['term.maxMonths']![0]!.summary,
				citations: ['nationalSpec:art-14-2']
			}
		]);
		for (const dim of DIMENSIONS) {
			const [v] = d.values[dim.id]!;
			expect(v!.value, dim.id).toEqual(national.values[dim.id]![0]!.value);
			expect(v!.from, dim.id).toBeNull();
			for (const c of v!.citations) expect(c, dim.id).toMatch(/^national[A-Z][a-z]+:/);
		}
		// a copy: editing the draft leaves the national profile alone
		d.values['term.maxMonths']![0]!.citations.push(clause('art-1'));
		expect(national.values['term.maxMonths']![0]!.citations).toEqual(['nationalSpec:art-14-2']);
	});
});

describe('a draft cloned from any region', () => {
	test('passes the draft schema, its text included (the control/bidi check refuses no shipped text)', async () => {
		const { regions, loadProfile, loadRegionDetails, loadSource } = await import('$lib/regions/registry');
		const { cloneRegion } = await import('./create');
		const { parseDraftPayload } = await import('./schema');
		expect(regions.length).toBeGreaterThan(0);
		for (const meta of regions) {
			const d = cloneRegion(
				await loadRegionDetails(meta.id),
				await loadProfile(meta.id),
				await loadSource(meta.id)
			);
			const r = parseDraftPayload(d);
			expect(r.ok ? [] : r.problems.map((p) => p.field), meta.id).toEqual([]);
		}
	});
});
