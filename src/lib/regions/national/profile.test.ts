// The national framework's profile: complete, typed, cited to the four documents by qualified refs, and read
// right. Its citations resolve against the parsed national texts once those are registered in the corpus
// (until then that one test is skipped, by name); their form and numbering are checked here regardless.
import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { indexCorpus } from '$lib/corpus/corpus';
import { asDimensionId, DIMENSIONS } from '$lib/regions/dimensions';
import { isDocumentId } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { citedClause } from '$lib/regions/citation';
import { isTypedTo } from '$lib/rules/value-type';
import { NATIONAL_DOCUMENT_IDS, NATIONAL_EFFECTIVE, NATIONAL_ID, type NationalDocumentId } from './framework';
import { profile } from './profile';

/** Each document's numbering, counted by hand in shared/regulations/national/ (articles, sections). */
const NUMBERING: Record<NationalDocumentId, { pattern: RegExp; top: number }> = {
	// 7 章 27 条; items （一）…; further paragraphs 第K款
	nationalSpec: { pattern: /^(title|ch-\d+|art-(\d+)(-\d+)?(-p\d+)?)$/, top: 27 },
	// 6 章 24 条; sub-items "1." under 第九条（四）: art-9-4-1 …
	nationalRegistration: { pattern: /^(title|ch-\d+|art-(\d+)(-\d+){0,2}(-p\d+)?)$/, top: 24 },
	// sections 一、…五、; sub-sections （一）; paragraphs; furniture
	nationalPricing: {
		pattern: /^(title|addressee|preamble|closing|signature|date|sec-(\d+)(-\d+)?(-p\d+)?)$/,
		top: 5
	},
	nationalCirculation: { pattern: /^(title|preamble|sec-(\d+)(-\d+)?(-p\d+)?)$/, top: 2 }
};

const entries = DIMENSIONS.flatMap((d) => (profile.values[d.id] ?? []).map((v) => ({ d, v })));

describe('national framework profile', () => {
	test('answers every dimension of the catalogue, and no other', () => {
		expect(profile.region).toBe(NATIONAL_ID);
		for (const d of DIMENSIONS) expect(profile.values[d.id]?.length, d.id).toBeGreaterThan(0);
		const known = new Set<string>(DIMENSIONS.map((d) => d.id));
		for (const k of Object.keys(profile.values)) expect(known.has(k), k).toBe(true);
	});

	test('every value is typed, summarised in both languages, and cited unless silent', () => {
		for (const { d, v } of entries) {
			expect(isTypedTo(d, v.value), d.id).toBe(true);
			expect(v.summary.zh && v.summary.en, d.id).toBeTruthy();
			if (v.value.kind !== 'notSpecified') expect(v.citations.length, d.id).toBeGreaterThan(0);
		}
	});

	test('citations name one of the four documents and fit its numbering', () => {
		for (const { d, v } of entries)
			for (const c of v.citations) {
				const { region: doc, id } = citedClause(NATIONAL_ID, c);
				expect(NATIONAL_DOCUMENT_IDS as readonly string[], `${d.id} ${c}`).toContain(doc);
				const m = NUMBERING[doc as NationalDocumentId].pattern.exec(id);
				expect(m, `${d.id} ${c}`).not.toBeNull();
				const n = Number(m![2] ?? 0);
				expect(n, `${d.id} ${c}`).toBeLessThanOrEqual(NUMBERING[doc as NationalDocumentId].top);
			}
	});

	test('applies from 2025-03-01, except what rests on the circulation plan alone (no date in its text)', () => {
		for (const { d, v } of entries) {
			const docs = new Set(v.citations.map((c) => citedClause(NATIONAL_ID, c).region));
			const circulationOnly = docs.size === 1 && docs.has(region('nationalCirculation'));
			expect(v.from, d.id).toBe(circulationOnly ? null : NATIONAL_EFFECTIVE);
		}
	});

	test('the four national texts are documents of the corpus', () => {
		for (const doc of NATIONAL_DOCUMENT_IDS) expect(isDocumentId(doc), doc).toBe(true);
	});

	test('every citation resolves to a clause of the parsed national texts', async () => {
		const index = new Map(
			await Promise.all(
				NATIONAL_DOCUMENT_IDS.map(async (doc) => [doc, indexCorpus(await loadCorpus(region(doc)))] as const)
			)
		);
		for (const { d, v } of entries)
			for (const c of v.citations) {
				const { region: doc, id } = citedClause(NATIONAL_ID, c);
				expect(index.get(doc as NationalDocumentId)?.has(id), `${d.id} cites missing ${c}`).toBe(true);
			}
	});

	const value = (id: string) => profile.values[asDimensionId(id)]![0]!;
	test.each([
		[
			'term.maxMonths',
			{ kind: 'number', value: 60, bound: 'atMost' },
			'inPrinciple',
			'nationalSpec:art-14-2'
		],
		['selection.method', { kind: 'enum', value: 'fairCompetition' }, undefined, 'nationalSpec:art-12'],
		['products.noRedevelopment', { kind: 'boolean', value: true }, undefined, 'nationalSpec:art-6-p2'],
		[
			'registration.firstWithinWorkingDays',
			{ kind: 'number', value: 20, bound: 'atMost' },
			undefined,
			'nationalRegistration:art-9-1'
		],
		[
			'registration.existingOperationsWorkingDays',
			{ kind: 'number', value: 30, bound: 'atMost' },
			undefined,
			'nationalRegistration:art-9-1'
		],
		[
			'registration.acceptanceWorkingDays',
			{ kind: 'number', value: 3, bound: 'atMost' },
			undefined,
			'nationalRegistration:art-10'
		],
		[
			'registration.formalReviewWorkingDays',
			{ kind: 'number', value: 20, bound: 'atMost' },
			undefined,
			'nationalRegistration:art-11'
		],
		[
			'registration.publicityWorkingDays',
			{ kind: 'number', value: 10, bound: 'exactly' },
			undefined,
			'nationalRegistration:art-12'
		],
		[
			'registration.cancellationWorkingDays',
			{ kind: 'number', value: 10, bound: 'atMost' },
			undefined,
			'nationalRegistration:art-9-4'
		],
		[
			'registration.validityYears',
			{ kind: 'number', value: 3, bound: 'exactly' },
			'inPrinciple',
			'nationalRegistration:art-15'
		],
		[
			'registration.renewalWindowDays',
			{ kind: 'number', value: 60, bound: 'atMost' },
			'discretionary',
			'nationalRegistration:art-15-p2'
		],
		[
			'pricing.deviationPercent',
			{ kind: 'number', value: 10, bound: 'exactly' },
			undefined,
			'nationalPricing:sec-4-p2'
		],
		[
			'pricing.evaluationCycleYears',
			{ kind: 'number', value: 3, bound: 'atMost' },
			'inPrinciple',
			'nationalPricing:sec-4-p1'
		],
		[
			'reporting.yearlyReportDue',
			{ kind: 'enum', value: 'endOfMarch' },
			undefined,
			'nationalPricing:sec-5-p2'
		],
		[
			'pricing.serviceFeeRegime',
			{ kind: 'enum', value: 'governmentGuided' },
			undefined,
			'nationalPricing:sec-1-p1'
		],
		['regulation.validFrom', { kind: 'date', value: '2025-03-01' }, undefined, 'nationalSpec:art-27'],
		['regulation.validUntil', { kind: 'date', value: '2030-02-28' }, undefined, 'nationalSpec:art-27'],
		[
			'regulation.validityYears',
			{ kind: 'number', value: 5, bound: 'exactly' },
			undefined,
			'nationalSpec:art-27'
		]
	])('%s reads %j (%s), citing %s', (id, expected, qualifier, cite) => {
		const v = value(id);
		expect(v.value).toEqual(expected);
		expect(v.qualifier).toBe(qualifier);
		expect(v.citations).toContain(cite);
	});

	test.each([
		['scenario.principle'],
		['eligibility.incidentLookbackYears'],
		['renewal.deadlineMonthsBeforeExpiry'],
		['termination.logRetentionMonths'],
		['trading.venue'],
		['training.preJobRequired']
	])('%s is not specified: the national texts are silent', (id) => {
		expect(value(id).value).toEqual({ kind: 'notSpecified' });
	});

	test('lists the thirteen agreement items of 第十四条 as fifteen clause codes, and the twelve plan items', () => {
		const contents = value('agreement.requiredContents').value;
		expect(contents.kind === 'list' && contents.value).toHaveLength(15);
		expect(value('agreement.requiredContents').citations).toHaveLength(13);
		const plan = value('implementationPlan.contents').value;
		expect(plan.kind === 'list' && plan.value).toHaveLength(12);
	});
});
