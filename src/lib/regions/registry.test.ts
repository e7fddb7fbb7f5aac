// Documents and rule regions: every text is a document; only the regional ones with a profile are rule regions.
import { region } from '$lib/regions/fixture-ids';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validityOn, validityWindow } from '$lib/rules/validity';
import {
	documentIds,
	documents,
	documentsAt,
	getDocument,
	getRegion,
	isDocumentId,
	isRegionId,
	loadDetails,
	loadProfile,
	loadRegionDetails,
	regionIds,
	regions
} from './registry';
import { MANIFEST_FIELDS } from '$lib/rules/pack/meta';
import { loadCorpus } from '$lib/corpus/load';
import { journeyRoleIds } from '$lib/machines/roles';

const NATIONAL = ['nationalSpec', 'nationalRegistration', 'nationalPricing', 'nationalCirculation'];
const folder = (id: string, file: string) => existsSync(resolve(__dirname, id, file));

describe('registry', () => {
	test('documents run national → province → city', () => {
		// a copied or new folder may sit among them (the region-copy test); the nine keep their order
		const nine = [...NATIONAL, 'henan', 'jiangsu', 'quzhou', 'yingkou', 'taian'];
		expect(documentIds.filter((id) => nine.includes(id))).toEqual(nine);
		expect(documentsAt('national').map((d) => d.id)).toEqual(NATIONAL);
		const levels = documents.map((d) => d.level);
		expect(levels).toEqual(
			[...levels].sort(
				(a, b) => ['national', 'province', 'city'].indexOf(a) - ['national', 'province', 'city'].indexOf(b)
			)
		);
	});

	test('the rule regions include the five regional texts, in their own order', () => {
		// A copied or new folder may sit among them (the region-copy test); the five keep their order.
		const five = ['quzhou', 'yingkou', 'taian', 'henan', 'jiangsu'];
		expect(regionIds.filter((id) => five.includes(id))).toEqual(five);
		for (const r of regions) {
			expect(r.level).not.toBe('national');
			expect(r.province.zh).toBeTruthy();
			expect(r.operatorTerm.zh).toBeTruthy();
		}
	});

	test.each(NATIONAL)('%s is a document, not a rule region, with no tool data of its own', async (id) => {
		expect(isDocumentId(id)).toBe(true);
		expect(getDocument(region(id))?.level).toBe('national');
		expect(isRegionId(id)).toBe(false);
		expect(getRegion(region(id))).toBeUndefined();
		for (const file of ['profile.yaml', 'journey.yaml', 'eligibility.yaml', 'walkthroughs.yaml'])
			expect(folder(id, file), `${id}/${file}`).toBe(false);
		await expect(loadProfile(region(id))).rejects.toThrow(/no rule profile/u);
		expect((await loadCorpus(region(id))).clauses.length).toBeGreaterThan(10);
	});

	test.each(regionIds)('%s has the tool data a rule region needs', (id) => {
		for (const file of ['profile.yaml', 'journey.yaml', 'eligibility.yaml'])
			expect(folder(id, file), `${id}/${file}`).toBe(true);
		// a walkthrough runs on the journey: required once the journey has a role (a scaffold has none)
		if (journeyRoleIds[id]?.length)
			expect(folder(id, 'walkthroughs.yaml'), `${id}/walkthroughs.yaml`).toBe(true);
	});

	test('every document states where a fact not in its text comes from', async () => {
		for (const { id } of documents) {
			const d = await loadDetails(id);
			if (!d.factsSource) continue;
			expect(d.factsSource.facts.length, d.id).toBeGreaterThan(0);
			expect(d.factsSource.source.zh && d.factsSource.source.en, d.id).toBeTruthy();
		}
		expect((await loadDetails(region('nationalSpec'))).factsSource?.facts).toEqual(['issuer', 'docNumber']);
		expect((await loadDetails(region('nationalPricing'))).factsSource).toBeUndefined();
	});

	test('the eager manifest holds only the listed fields; the details load per document, whole', async () => {
		for (const d of documents) {
			expect(
				Object.keys(d).filter((k) => k !== 'id' && !(MANIFEST_FIELDS as readonly string[]).includes(k)),
				d.id
			).toEqual([]);
			const full = await loadDetails(d.id);
			// the details are the whole meta.yaml: the manifest's fields agree, and parse options are there
			expect(full).toMatchObject(d);
			expect(full.parse.scheme, d.id).toMatch(/^(articles|sections)$/u);
		}
		// what the manifest leaves out: issuer, number, parse options, facts' source, notes
		expect(getDocument(region('nationalRegistration'))).not.toHaveProperty('notes');
		expect(getDocument(region('jiangsu'))).not.toHaveProperty('docNumber');
		expect((await loadDetails(region('nationalRegistration'))).notes?.length).toBeGreaterThan(0);
		expect((await loadDetails(region('jiangsu'))).docNumber).toBe('苏政办规〔2024〕5号');
		await expect(loadDetails(region('atlantis'))).rejects.toThrow(/atlantis/u);
		await expect(loadRegionDetails(region('nationalSpec'))).rejects.toThrow(/not a rule region/u);
	});

	test('validity as the national texts write it', () => {
		expect(getDocument(region('nationalSpec'))?.validity).toMatchObject({
			kind: 'yearsFromEffective',
			years: 5,
			effective: '2025-03-01',
			citations: ['art-27']
		});
		expect(getDocument(region('nationalRegistration'))?.validity).toMatchObject({
			kind: 'yearsFromEffective',
			years: 5,
			effective: '2025-03-01',
			citations: ['art-24']
		});
		expect(getDocument(region('nationalPricing'))).toMatchObject({
			issued: '2025-01-16',
			validity: { kind: 'openEnded', effective: '2025-03-01', citations: ['closing'] }
		});
		expect(getDocument(region('nationalCirculation'))?.validity).toEqual({
			kind: 'openEnded',
			effective: null,
			asWritten: null,
			citations: []
		});
	});

	test('five years from 2025-03-01 end on 2030-02-28; on 2026-12-05 the spec is in force', () => {
		const spec = getDocument(region('nationalSpec'))!.validity;
		expect(validityWindow(spec)).toEqual({ from: '2025-03-01', until: '2030-02-28' });
		expect(validityOn(spec, '2026-12-05')).toMatchObject({ state: 'inForce', daysRemaining: 1181 });
		expect(validityOn(getDocument(region('nationalCirculation'))!.validity, '2026-12-05')).toMatchObject({
			state: 'undetermined',
			reason: 'noDates'
		});
	});
});
