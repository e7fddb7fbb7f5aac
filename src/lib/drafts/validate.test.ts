import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { getRegion, loadProfile, loadRegionDetails, loadSource, regionIds } from '$lib/regions/registry';
import type { ByDimension, DatedValue, RuleValue } from '$lib/regions/types';
import { parseDraft } from './bundle';
import { blankDraft, cloneRegion } from './create';
import type { Draft } from './types';
import { hasErrors, ISSUE_CODES, validateDraft } from './validate';
import { clause, region, regionList } from '$lib/regions/fixture-ids';
import { wordsIn } from '$lib/rules/words';

const SOURCE = '某市办法\n第一条 为了规范。\n第二条 授权期限一般不超过3年。\n第三条 届满前6个月重新申请。\n';

/** A blank draft with a small text (clauses title, art-1, art-2, art-3) and the given values. */
function draft(values: ByDimension<RuleValue | DatedValue[]> = {}): Draft {
	const d = { ...blankDraft('某市办法', '某市'), source: SOURCE };
	for (const { id } of DIMENSIONS) {
		const v = values[id];
		if (v) d.values[id] = Array.isArray(v) ? v : [cited(v)];
	}
	return d;
}

const cited = (value: RuleValue, from: string | null = null): DatedValue => ({
	from,
	value,
	summary: { zh: '摘要', en: 'Summary' },
	citations: [clause('art-2')]
});
const num = (value: number): RuleValue => ({ kind: 'number', value, bound: 'atMost' });
const date = (value: string | null): RuleValue => ({ kind: 'date', value });

const codes = (d: Draft) => validateDraft(d).map((i) => i.code);
const errors = (d: Draft) =>
	validateDraft(d)
		.filter((i) => i.severity === 'error')
		.map((i) => [i.code, i.dimension]);

describe('the five regulations, cloned', () => {
	test.each(regionIds)('%s: no errors and every citation resolves in the draft’s own text', async (id) => {
		const meta = await loadRegionDetails(id);
		const d = cloneRegion(meta, await loadProfile(id), await loadSource(id));
		const issues = validateDraft(d);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(issues.filter((i) => i.code === 'unresolvedCitation')).toEqual([]);
		// The regions pass the same contract, so a clone has no warnings either.
		expect(issues).toEqual([]);
		// A corpus passed in gives the same answer as one parsed here.
		expect(validateDraft(d, { corpus: parseDraft(d, region('draft-y')).corpus })).toEqual(issues);
	});
});

describe('a blank draft', () => {
	test('has nothing to fix', () => {
		expect(validateDraft(blankDraft('某市办法', '某市'))).toEqual([]);
	});
	test('every issue is worded in both languages', () => {
		const d = draft({
			'term.maxMonths': num(-1.5),
			'renewal.deadlineMonthsBeforeExpiry': num(40),
			'regulation.validFrom': date('2027-02-30')
		});
		d.title = '';
		const issues = validateDraft(d);
		expect(issues.length).toBeGreaterThan(3);
		for (const i of issues) {
			const [zh, en] = [wordsIn(i.message, 'zh-CN'), wordsIn(i.message, 'en')];
			expect(zh && en, i.code).toBeTruthy();
			expect(zh, i.code).not.toBe(en);
			// every input of the message filled in
			expect(`${zh} ${en}`, i.code).not.toMatch(/undefined|\[object Object\]/);
		}
	});
});

describe('errors, on both sides of each cut-off', () => {
	test.each<[string, Record<string, RuleValue | DatedValue[]>, [string, string | undefined][]]>([
		['a term of 1 month', { 'term.maxMonths': num(1) }, []],
		['a term of 0 months', { 'term.maxMonths': num(0) }, [['zeroTerm', 'term.maxMonths']]],
		['a negative term', { 'term.maxMonths': num(-1) }, [['negativeNumber', 'term.maxMonths']]],
		['a fractional term', { 'term.maxMonths': num(1.5) }, [['notInteger', 'term.maxMonths']]],
		['an infinite term', { 'term.maxMonths': num(Infinity) }, [['notFinite', 'term.maxMonths']]],
		['a NaN term', { 'term.maxMonths': num(NaN) }, [['notFinite', 'term.maxMonths']]],
		['no cap on the term', { 'term.maxMonths': { kind: 'unlimited' } }, []],
		['publicity of 0 days', { 'registration.publicityDays': num(0) }, []],
		[
			'publicity of −1 days',
			{ 'registration.publicityDays': num(-1) },
			[['negativeNumber', 'registration.publicityDays']]
		],
		[
			'2.5 working days',
			{ 'dataQuality.feedbackWorkingDays': num(2.5) },
			[['notInteger', 'dataQuality.feedbackWorkingDays']]
		],
		['a look-back of 3 years', { 'eligibility.incidentLookbackYears': num(3) }, []],
		[
			'a look-back of 2.5 years',
			{ 'eligibility.incidentLookbackYears': num(2.5) },
			[['notInteger', 'eligibility.incidentLookbackYears']]
		],
		['validity of 1 year', { 'regulation.validityYears': num(1) }, []],
		[
			'validity of 0 years',
			{ 'regulation.validityYears': num(0) },
			[['zeroValidity', 'regulation.validityYears']]
		],
		[
			'renewal deadline 35 months before a 36-month term ends',
			{ 'term.maxMonths': num(36), 'renewal.deadlineMonthsBeforeExpiry': num(35) },
			[]
		],
		[
			'renewal deadline 36 months before a 36-month term ends',
			{ 'term.maxMonths': num(36), 'renewal.deadlineMonthsBeforeExpiry': num(36) },
			[['renewalExceedsTerm', 'renewal.deadlineMonthsBeforeExpiry']]
		],
		[
			'renewal window opening 35 of 36 months before expiry',
			{ 'term.maxMonths': num(36), 'renewal.windowOpensMonthsBeforeExpiry': num(35) },
			[]
		],
		[
			'renewal window opening 37 of 36 months before expiry',
			{ 'term.maxMonths': num(36), 'renewal.windowOpensMonthsBeforeExpiry': num(37) },
			[['renewalExceedsTerm', 'renewal.windowOpensMonthsBeforeExpiry']]
		],
		[
			'a renewal deadline with no cap on the term',
			{ 'term.maxMonths': { kind: 'unlimited' }, 'renewal.deadlineMonthsBeforeExpiry': num(60) },
			[]
		],
		['a renewal deadline with the term not specified', { 'renewal.deadlineMonthsBeforeExpiry': num(60) }, []],
		[
			'exit notice 23 months in a 24-month term',
			{ 'term.maxMonths': num(24), 'exit.voluntaryNoticeMonths': num(23) },
			[]
		],
		[
			'exit notice 24 months in a 24-month term',
			{ 'term.maxMonths': num(24), 'exit.voluntaryNoticeMonths': num(24) },
			[['exitNoticeExceedsTerm', 'exit.voluntaryNoticeMonths']]
		],
		[
			'a term shortened from 2027 below the renewal deadline',
			{
				'term.maxMonths': [cited(num(36)), cited(num(6), '2027-01-01')],
				'renewal.deadlineMonthsBeforeExpiry': num(6)
			},
			[['renewalExceedsTerm', 'renewal.deadlineMonthsBeforeExpiry']]
		],
		[
			'a term lengthened from 2027 above a later, longer renewal deadline',
			{
				'term.maxMonths': [cited(num(36)), cited(num(60), '2027-01-01')],
				'renewal.deadlineMonthsBeforeExpiry': [cited(num(6)), cited(num(40), '2027-01-01')]
			},
			[]
		],
		[
			'in force from the day it ends',
			{ 'regulation.validFrom': date('2027-01-01'), 'regulation.validUntil': date('2027-01-01') },
			[]
		],
		[
			'in force until the day before it starts',
			{ 'regulation.validFrom': date('2027-01-01'), 'regulation.validUntil': date('2026-12-31') },
			[['validUntilBeforeFrom', 'regulation.validUntil']]
		],
		['a blank date (年 月 日)', { 'regulation.validFrom': date(null) }, []],
		['28 February 2027', { 'regulation.validFrom': date('2027-02-28') }, []],
		[
			'29 February 2027',
			{ 'regulation.validFrom': date('2027-02-29') },
			[['invalidDate', 'regulation.validFrom']]
		],
		['29 February 2028', { 'regulation.validUntil': date('2028-02-29') }, []],
		[
			'a date not in ISO form',
			{ 'regulation.validUntil': date('2028/02/01') },
			[['invalidDate', 'regulation.validUntil']]
		],
		[
			'a value from an impossible date',
			{ 'term.maxMonths': [cited(num(36)), cited(num(24), '2027-13-01')] },
			[['invalidDate', 'term.maxMonths']]
		],
		[
			'a boolean on a boolean dimension',
			{ 'eligibility.domesticCapitalOnly': { kind: 'boolean', value: true } },
			[]
		],
		[
			'a number on a boolean dimension',
			{ 'eligibility.domesticCapitalOnly': num(1) },
			[['kindMismatch', 'eligibility.domesticCapitalOnly']]
		],
		[
			'"unlimited" on a date dimension',
			{ 'regulation.validUntil': { kind: 'unlimited' } },
			[['kindMismatch', 'regulation.validUntil']]
		],
		['a known enum code', { 'reporting.operatorCadence': { kind: 'enum', value: 'annual' } }, []],
		[
			'an unknown enum code',
			{ 'reporting.operatorCadence': { kind: 'enum', value: 'monthly' } },
			[['unknownOption', 'reporting.operatorCadence']]
		],
		['known list codes', { 'application.materials': { kind: 'list', value: ['auditReport'] } }, []],
		['an empty list', { 'application.materials': { kind: 'list', value: [] } }, []],
		[
			'an unknown list code',
			{ 'application.materials': { kind: 'list', value: ['auditReport', 'passport'] } },
			[['unknownOption', 'application.materials']]
		]
	])('%s', (_name, values, expected) => {
		expect(errors(draft(values))).toEqual(expected);
	});

	test('a dimension with no values, and one the catalogue does not have', () => {
		const d = draft();
		d.values['term.maxMonths'] = [];
		// as a file could hold it: an id the catalogue lacks
		(d.values as Record<string, DatedValue[]>)['term.minMonths'] = [cited(num(1))];
		expect(errors(d)).toEqual([
			['unknownDimension', 'term.minMonths'],
			['missingDimension', 'term.maxMonths']
		]);
		delete d.values['term.maxMonths'];
		expect(errors(d)).toContainEqual(['missingDimension', 'term.maxMonths']);
	});

	test('an empty title; a title of spaces', () => {
		expect(errors({ ...draft(), title: '' })).toEqual([['emptyTitle', undefined]]);
		expect(errors({ ...draft(), title: '  ' })).toEqual([['emptyTitle', undefined]]);
		expect(errors({ ...draft(), title: 'x' })).toEqual([]);
	});

	test('a text that will not split: one error, not a warning per citation', () => {
		const d = { ...draft({ 'term.maxMonths': num(36) }), source: '第一条 A\n第一条 B' };
		const issues = validateDraft(d);
		expect(issues.map((i) => i.code)).toEqual(['parseFailed']);
		expect(wordsIn(issues[0]!.message, 'en')).toMatch(/duplicate clause id art-1/);
		expect(hasErrors(issues)).toBe(true);
	});

	test('a corpus passed in with its parse error', () => {
		const d = draft({ 'term.maxMonths': num(36) });
		const corpus = { region: region('draft-x'), clauses: [], roots: [] };
		expect(validateDraft(d, { corpus, parseError: 'bad' }).map((i) => i.code)).toEqual(['parseFailed']);
		expect(validateDraft(d, { corpus }).map((i) => i.code)).toEqual(['unresolvedCitation']);
	});

	test('every error code the table uses is a declared error code, and vice versa', () => {
		const used = new Set([
			'zeroTerm',
			'negativeNumber',
			'notInteger',
			'notFinite',
			'zeroValidity',
			'renewalExceedsTerm',
			'exitNoticeExceedsTerm',
			'validUntilBeforeFrom',
			'invalidDate',
			'kindMismatch',
			'unknownOption',
			'unknownDimension',
			'missingDimension',
			'emptyTitle',
			'parseFailed',
			'unknownProcedure'
		]);
		expect([...used].sort()).toEqual([...ISSUE_CODES.error].sort());
	});
});

describe('the base and the procedure are regions this app holds', () => {
	const regions = { known: regionList('quzhou', 'henan'), withJourney: regionList('quzhou') };
	test('both known: nothing to say', () => {
		const d = { ...draft(), base: region('henan'), procedure: region('quzhou') };
		expect(validateDraft(d, { regions })).toEqual([]);
	});
	test('a procedure with no journey here is an error (no simulation); an unknown base a warning', () => {
		const d = { ...draft(), base: region('hainan'), procedure: region('henan') };
		const issues = validateDraft(d, { regions });
		expect(issues.map((i) => [i.severity, i.code])).toEqual([
			['error', 'unknownProcedure'],
			['warning', 'unknownBase']
		]);
		expect(wordsIn(issues[0]!.message, 'en')).toContain('henan');
		expect(wordsIn(issues[1]!.message, 'zh-CN')).toContain('hainan');
		expect(hasErrors(issues)).toBe(true);
	});
	test('none borrowed, none cloned from: nothing to check', () => {
		expect(validateDraft({ ...draft(), base: null, procedure: null }, { regions })).toEqual([]);
	});
	test('without the list, the references are not checked', () => {
		expect(validateDraft({ ...draft(), base: region('hainan'), procedure: region('hainan') })).toEqual([]);
	});
});

describe('warnings', () => {
	test('a value without a citation; "not specified" needs none', () => {
		const d = draft({ 'term.maxMonths': [{ ...cited(num(36)), citations: [] }] });
		expect(validateDraft(d)).toEqual([
			expect.objectContaining({ severity: 'warning', code: 'uncited', dimension: 'term.maxMonths' })
		]);
		expect(validateDraft(draft())).toEqual([]);
	});

	test('a citation that is not a clause of the draft names the clause', () => {
		const d = draft({
			'term.maxMonths': [{ ...cited(num(36)), citations: [clause('art-2'), clause('art-9')] }]
		});
		const issues = validateDraft(d);
		expect(issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'unresolvedCitation']]);
		expect(wordsIn(issues[0]!.message, 'en')).toContain('art-9');
		expect(wordsIn(issues[0]!.message, 'zh-CN')).toContain('art-9');
	});

	test('a draft with no text: every citation is unresolved', () => {
		const d = { ...draft({ 'term.maxMonths': num(36) }), source: '' };
		expect(codes(d)).toEqual(['unresolvedCitation']);
	});

	test('an empty summary (both languages); one language is enough', () => {
		const blank = { ...cited(num(36)), summary: { zh: ' ', en: '' } };
		expect(codes(draft({ 'term.maxMonths': [blank] }))).toEqual(['emptySummary']);
		const zhOnly = { ...cited(num(36)), summary: { zh: '三年', en: '' } };
		expect(codes(draft({ 'term.maxMonths': [zhOnly] }))).toEqual([]);
	});

	test('a summary that states another quantity than its value (a 60-month term saying 不超过3年)', () => {
		const stale = { ...cited(num(60)), summary: { zh: '一般不超过3年', en: 'generally at most 3 years' } };
		const issues = validateDraft(draft({ 'term.maxMonths': [stale] }));
		expect(issues.map((i) => i.code)).toEqual(['summaryContradicts']);
		expect(issues[0]!.severity).toBe('warning');
		expect(wordsIn(issues[0]!.message, 'zh-CN')).toContain('不超过60个月');
		const fits = { ...cited(num(36)), summary: { zh: '一般不超过3年', en: 'generally at most 3 years' } };
		expect(codes(draft({ 'term.maxMonths': [fits] }))).toEqual([]);
	});

	test('two values from the same day; from different days', () => {
		const same = draft({ 'term.maxMonths': [cited(num(36), '2027-01-01'), cited(num(24), '2027-01-01')] });
		expect(codes(same)).toEqual(['duplicateFrom']);
		const twoNull = draft({ 'term.maxMonths': [cited(num(36)), cited(num(24))] });
		expect(codes(twoNull)).toEqual(['duplicateFrom']);
		const apart = draft({ 'term.maxMonths': [cited(num(36)), cited(num(24), '2027-01-01')] });
		expect(codes(apart)).toEqual([]);
	});

	test('warnings never keep a draft out of the simulator', () => {
		const d = { ...draft({ 'term.maxMonths': num(36) }), source: '' };
		expect(hasErrors(validateDraft(d))).toBe(false);
	});

	test('every value kind on every dimension: errors only where the kind does not fit', () => {
		const samples: RuleValue[] = [
			{ kind: 'notSpecified' },
			{ kind: 'unlimited' },
			num(1),
			{ kind: 'enum', value: 'x' },
			{ kind: 'boolean', value: false },
			{ kind: 'list', value: [] },
			{ kind: 'text', value: { zh: '甲', en: 'a' } },
			date(null)
		];
		for (const dim of DIMENSIONS)
			for (const v of samples) {
				const fits =
					v.kind === 'notSpecified' ||
					(v.kind === 'unlimited' && dim.type === 'number') ||
					(v.kind === dim.type && v.kind !== 'enum');
				const e = errors(draft({ [dim.id]: v })).map(([c]) => c);
				expect(e.length === 0, `${dim.id} ${v.kind}: ${e}`).toBe(fits);
			}
	});
});

describe('against the national framework', async () => {
	const { profile: national } = await import('$lib/regions/national/profile');
	const { HAND_MARKS } = await import('$lib/regions/national/marks');
	const withNational = (base?: {
		meta: NonNullable<ReturnType<typeof getRegion>>;
		profile: Awaited<ReturnType<typeof loadProfile>>;
	}) => ({
		national: { profile: national, handMarks: HAND_MARKS, base: base ?? null }
	});
	const clone = async (id: string) => {
		const meta = await loadRegionDetails(region(id));
		const profile = await loadProfile(region(id));
		return { draft: cloneRegion(meta, profile, await loadSource(region(id))), base: { meta, profile } };
	};
	const of = (d: Draft, base?: Parameters<typeof withNational>[0]) => validateDraft(d, withNational(base));

	test('a blank draft started from the national values has nothing to fix, its national citations included', () => {
		expect(of(blankDraft('某市办法', '某市', null, national))).toEqual([]);
	});

	test('a value that conflicts is flagged, citing the draft’s clause and the national one', () => {
		const d = blankDraft('某市办法', '某市', null, national);
		d.source = SOURCE;
		d.values['term.maxMonths'] = [cited({ kind: 'number', value: 72, bound: 'exactly' })];
		const issues = of(d).filter((i) => i.code === 'conflictsWithNational');
		expect(issues.map((i) => i.dimension)).toEqual(['term.maxMonths']);
		expect(issues[0]!.severity).toBe('warning');
		expect(wordsIn(issues[0]!.message, 'zh-CN')).toContain('art-2');
		expect(wordsIn(issues[0]!.message, 'zh-CN')).toContain('nationalSpec:art-14-2');
		expect(wordsIn(issues[0]!.message, 'en')).toContain('conflicts with the national framework');
		// stricter or looser is not a conflict
		d.values['term.maxMonths'] = [cited(num(36))];
		expect(of(d).filter((i) => i.code === 'conflictsWithNational')).toEqual([]);
	});

	test('a clone of Quzhou: its conflicts, judged by hand on Quzhou’s values, are flagged; nothing is left unchecked', async () => {
		const { draft: d, base } = await clone('quzhou');
		const issues = of(d, base);
		expect(issues.filter((i) => i.code === 'conflictsWithNational').map((i) => i.dimension)).toEqual([
			'selection.method',
			'pricing.principle',
			'pricing.serviceFeeRegime'
		]);
		expect(issues.filter((i) => i.code === 'uncheckedAgainstNational')).toEqual([]);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
	});

	test('a changed free-text value loses the region’s hand mark and asks to be read', async () => {
		const { draft: d, base } = await clone('quzhou');
		d.values['scope.excludedData'] = [
			{
				...d.values['scope.excludedData']![0]!,
				value: { kind: 'text', value: { zh: '改写', en: 'rewritten' } }
			}
		];
		const unchecked = of(d, base).filter((i) => i.code === 'uncheckedAgainstNational');
		expect(unchecked.map((i) => i.dimension)).toEqual(['scope.excludedData']);
	});

	test('a clone of Jiangsu (in force before the framework) still has its conflicts flagged', async () => {
		const { draft: d, base } = await clone('jiangsu');
		const flagged = of(d, base)
			.filter((i) => i.code === 'conflictsWithNational')
			.map((i) => i.dimension);
		expect(flagged).toContain('authorization.tiers');
		expect(flagged).toContain('selection.method');
	});

	test('without the national framework there is no such check; a qualified citation of an unknown document is unresolved', () => {
		const d = draft({ 'term.maxMonths': [{ ...cited(num(72)), citations: [clause('elsewhere:art-1')] }] });
		expect(codes(d)).toEqual(['unresolvedCitation']);
		d.values['term.maxMonths'] = [{ ...cited(num(72)), citations: [clause('nationalSpec:art-14-2')] }];
		expect(codes(d)).toEqual([]);
	});
});
