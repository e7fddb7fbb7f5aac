// Contract tests every region's rule profile must pass: complete, typed, and cited to clauses that exist.
import { describe, expect, test } from 'vitest';
import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import { indexCorpus } from '$lib/corpus/corpus';
import { loadProfile, regionIds } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { isTypedTo } from './value-type';

describe('dimension catalogue', () => {
	test('has at least 40 dimensions with unique ids, known topics and both labels', () => {
		expect(DIMENSIONS.length).toBeGreaterThanOrEqual(40);
		expect(new Set(DIMENSIONS.map((d) => d.id)).size).toBe(DIMENSIONS.length);
		const topics = new Set(TOPICS.map((t) => t.id));
		for (const d of DIMENSIONS) {
			expect(topics.has(d.topic), d.id).toBe(true);
			expect(d.label.zh && d.label.en, d.id).toBeTruthy();
			if (d.type === 'enum') expect(d.options?.length, d.id).toBeGreaterThan(0);
		}
	});

	test('contains the dimension ids the open-data contract names', () => {
		const ids = new Set<string>(DIMENSIONS.map((d) => d.id));
		for (const id of [
			'term.maxMonths',
			'renewal.deadlineMonthsBeforeExpiry',
			'renewal.windowOpensMonthsBeforeExpiry',
			'exit.voluntaryNoticeMonths',
			'termination.logRetentionMonths',
			'reporting.operatorCadence',
			'eligibility.incidentLookbackYears',
			'eligibility.domesticCapitalOnly',
			'selection.method',
			'authorization.tiers',
			'scenario.principle',
			'registration.publicityDays',
			'dataQuality.feedbackWorkingDays',
			'regulation.validFrom',
			'regulation.validUntil'
		])
			expect(ids.has(id), id).toBe(true);
	});
});

describe.each(regionIds)('%s rule profile', async (id) => {
	test('gives every dimension a value, and no unknown dimension', async () => {
		const profile = await loadProfile(id).catch(() => null);
		if (!profile) return expect.fail(`no profile for ${id}`);
		expect(profile.region).toBe(id);
		const known = new Set<string>(DIMENSIONS.map((d) => d.id));
		for (const d of DIMENSIONS) expect(profile.values[d.id]?.length, `${id} ${d.id}`).toBeGreaterThan(0);
		for (const k of Object.keys(profile.values)) expect(known.has(k), `${id} unknown ${k}`).toBe(true);
	});

	test('every value is typed to its dimension, summarised in both languages, and cited', async () => {
		const profile = await loadProfile(id);
		const index = indexCorpus(await loadCorpus(id));
		for (const d of DIMENSIONS) {
			for (const v of profile.values[d.id] ?? []) {
				const where = `${id} ${d.id}`;
				expect(isTypedTo(d, v.value), `${where} value ${JSON.stringify(v.value)}`).toBe(true);
				expect(v.summary.zh && v.summary.en, where).toBeTruthy();
				if (v.value.kind !== 'notSpecified') expect(v.citations.length, where).toBeGreaterThan(0);
				for (const c of v.citations) expect(index.has(c), `${where} cites missing ${c}`).toBe(true);
				if (v.from !== null) expect(v.from, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
			const froms = (profile.values[d.id] ?? []).map((v) => v.from ?? '');
			expect([...froms].sort(), `${id} ${d.id} dated values in order`).toEqual(froms);
		}
	});
});
