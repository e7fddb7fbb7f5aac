import { isDraftRegion } from '$lib/rules/draft-ids';
import { describe, expect, test } from 'vitest';
import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import { profile as national } from '$lib/regions/national/profile';
import { loadAllProfiles } from '$lib/regions/profiles';
import { loadRegionDetails, regionIds } from '$lib/regions/registry';
import type { DatedValue, RegionProfile, TopicId } from '$lib/regions/types';

type DiffKindShown = (typeof DIFF_KINDS)[number];
import { draftProfile } from '$lib/drafts/bundle';
import { cloneRegion } from '$lib/drafts/create';
import {
	buildComparison,
	MIN_REGIONS,
	minRegions,
	DEFAULT_REGIONS,
	parseSelection,
	rowStatus,
	DIFF_KINDS,
	diffCounts,
	diffKind,
	selectionColumns,
	selectionToParams,
	type CompareSelection
} from './compare';
import { valueInForce } from './in-force';
import { formatValue } from './format';
import { clause, region as regionNamed } from '$lib/regions/fixture-ids';

const dv = (value: DatedValue['value'], extra: Partial<DatedValue> = {}): DatedValue => ({
	from: null,
	value,
	summary: { zh: 's', en: 's' },
	citations: [clause('x')],
	...extra
});
const NS = dv({ kind: 'notSpecified' }, { citations: [] });
const n36 = dv({ kind: 'number', value: 36, bound: 'atMost' });

describe('valueInForce as the comparison reads it (date-keyed values)', () => {
	const values: DatedValue[] = [
		dv({ kind: 'number', value: 24, bound: 'atMost' }, { from: '2024-12-01' }),
		dv({ kind: 'number', value: 36, bound: 'atMost' }, { from: '2027-01-01' })
	];
	test.each([
		['2024-11-30', undefined],
		['2024-12-01', 24],
		['2026-12-31', 24],
		['2027-01-01', 36],
		[null, 36]
	] as const)('as of %s → %s', (asOf, expected) => {
		const v = valueInForce(values, asOf);
		expect(v?.value.kind === 'number' ? v.value.value : undefined).toBe(expected);
	});
	test('a value from the (unset) entry into force applies on any date', () => {
		expect(valueInForce([n36], '1999-01-01')).toBe(n36);
	});
});

describe('rowStatus', () => {
	test.each([
		[[n36, n36], 'same'],
		[[n36, dv({ kind: 'number', value: 36, bound: 'atMost' }, { qualifier: 'generally' })], 'different'],
		[[n36, dv({ kind: 'number', value: 24, bound: 'atMost' })], 'different'],
		[[n36, NS], 'partial'],
		[[NS, NS], 'notSpecified'],
		[[dv({ kind: 'list', value: ['a', 'b'] }), dv({ kind: 'list', value: ['b', 'a'] })], 'same'],
		[[dv({ kind: 'unlimited' }), dv({ kind: 'number', value: 3, bound: 'exactly' })], 'different']
	] as const)('%#: %s', (cells, expected) => {
		expect(rowStatus(cells)).toBe(expected);
	});
});

describe('the five profiles compared', async () => {
	const profiles = await loadAllProfiles();
	test('one row per dimension, one cell per region, every cell filled', () => {
		const rows = buildComparison(DIMENSIONS, profiles);
		expect(rows).toHaveLength(DIMENSIONS.length);
		for (const r of rows) {
			expect(r.cells.map((c) => c.region)).toEqual([...regionIds]);
			for (const c of r.cells) expect(c.value, `${r.dimension.id} ${c.region}`).toBeDefined();
		}
	});
	test('the term cap differs (3 years, with Tai’an’s 一般 and Yingkou’s 原则上)', () => {
		const row = buildComparison(DIMENSIONS, profiles).find((r) => r.dimension.id === 'term.maxMonths')!;
		expect(row.status).toBe('different');
		const text = Object.fromEntries(
			row.cells.map((c) => [c.region, formatValue(row.dimension, c.value!).zh])
		);
		expect(text.quzhou).toBe('不超过36个月');
		expect(text.taian).toBe('不超过36个月（一般）');
		expect(text.yingkou).toBe('36个月（原则上）');
	});
	test('the incident look-back: 3 years in the cities, ever in Jiangsu, silent in Henan', () => {
		const row = buildComparison(DIMENSIONS, profiles).find(
			(r) => r.dimension.id === 'eligibility.incidentLookbackYears'
		)!;
		const en = Object.fromEntries(row.cells.map((c) => [c.region, formatValue(row.dimension, c.value!).en]));
		expect(en.quzhou).toBe('3 years');
		expect(en.jiangsu).toBe('no time limit (ever)');
		expect(en.henan).toBe('Not specified');
	});
	test('filters: a topic, and only differences', () => {
		const renewal = buildComparison(DIMENSIONS, profiles, { topics: ['renewal'] });
		expect(renewal.every((r) => r.dimension.topic === 'renewal')).toBe(true);
		expect(renewal.length).toBe(DIMENSIONS.filter((d) => d.topic === 'renewal').length);
		const diffs = buildComparison(DIMENSIONS, profiles, { differences: [...DIFF_KINDS] });
		expect(diffs.length).toBeGreaterThan(0);
		expect(diffs.every((r) => r.status === 'different' || r.status === 'partial')).toBe(true);
	});
	test('only differences really narrows: rows where all agree or none speaks are gone', () => {
		const all = buildComparison(DIMENSIONS, profiles);
		const diffs = buildComparison(DIMENSIONS, profiles, { differences: [...DIFF_KINDS] });
		expect(diffs.length).toBe(all.filter((r) => r.diff !== 'none').length);
		const values = buildComparison(DIMENSIONS, profiles, { differences: ['value'] });
		expect(values.length).toBeGreaterThan(0);
		expect(values.length).toBeLessThan(diffs.length);
		expect(values.map((r) => r.dimension.id)).toContain('term.maxMonths');
		expect(values.every((r) => r.diff === 'value')).toBe(true);
		const counts = diffCounts(all);
		expect(counts.value + counts.qualifier + counts.wording + counts.silence + counts.none).toBe(all.length);
	});
	test('hand-picked rows: only those, in catalogue order', () => {
		const rows = buildComparison(DIMENSIONS, profiles, {
			picked: ['renewal.deadlineMonthsBeforeExpiry', 'term.maxMonths']
		});
		expect(rows.map((r) => r.dimension.id)).toEqual(['term.maxMonths', 'renewal.deadlineMonthsBeforeExpiry']);
	});
	test('the national baseline: a value on every row, outside the regions’ own status', () => {
		const rows = buildComparison(DIMENSIONS, profiles, { national });
		const term = rows.find((r) => r.dimension.id === 'term.maxMonths')!;
		expect(formatValue(term.dimension, term.national!).zh).toBe('不超过60个月（原则上）');
		expect(term.status).toBe('different');
		expect(rows.every((r) => r.national)).toBe(true);
		expect(buildComparison(DIMENSIONS, profiles).every((r) => !('national' in r))).toBe(true);
	});
	test('only differences counts the baseline: regions that agree with each other but not with it stay', () => {
		const three = profiles.filter((p) => ['quzhou', 'jiangsu'].includes(p.region));
		const plain = buildComparison(DIMENSIONS, three, { differences: [...DIFF_KINDS] });
		const withBase = buildComparison(DIMENSIONS, three, { differences: [...DIFF_KINDS], national });
		const ids = (rows: typeof plain) => rows.map((r) => r.dimension.id);
		// both cities say 3 years, the national rule 5 years in principle
		expect(ids(plain)).not.toContain('term.maxMonths');
		expect(ids(withBase)).toContain('term.maxMonths');
	});
	test('before 2025-03-01 the national framework is not in force (the undated circulation plan aside)', () => {
		const rows = buildComparison(DIMENSIONS, profiles, { national, asOf: '2025-02-28' });
		expect(rows.filter((r) => r.national).map((r) => r.dimension.id)).toEqual([
			'dataAccess.personalInfoConditions'
		]);
	});
	test('as of a date before Jiangsu took effect, its values do not apply yet', () => {
		const rows = buildComparison(DIMENSIONS, profiles, { asOf: '2024-11-30' });
		const jiangsu = rows[0]!.cells.find((c) => c.region === 'jiangsu');
		expect(jiangsu?.value).toBeUndefined();
	});
});

describe('selection in the URL', () => {
	const topics = TOPICS.map((t) => t.id);
	const dims = DIMENSIONS.map((d) => d.id);
	test('round-trips: several topics, kinds of difference and hand-picked rows', () => {
		const s: CompareSelection = {
			regions: [regionNamed('taian'), regionNamed('quzhou')],
			topics: ['agreement', 'renewal'] as TopicId[],
			differences: ['value', 'wording'] as DiffKindShown[],
			picked: ['term.maxMonths', 'renewal.deadlineMonthsBeforeExpiry'],
			onlyPicked: true,
			asOf: '2026-01-01',
			draft: null,
			national: true
		};
		const params = selectionToParams(s);
		expect(params.get('topic')).toBe('agreement,renewal');
		expect(params.get('pick')).toBe('term.maxMonths,renewal.deadlineMonthsBeforeExpiry');
		expect(params.get('mine')).toBe('1');
		expect(parseSelection(params, regionIds, topics, dims)).toEqual(s);
		const withDraft = { ...s, regions: [regionNamed('taian')], draft: '0b9c-4e1f_A' };
		expect(parseSelection(selectionToParams(withDraft), regionIds, topics, dims)).toEqual(withDraft);
		const without = { ...s, national: false };
		expect(selectionToParams(without).get('nat')).toBe('0');
		expect(parseSelection(selectionToParams(without), regionIds, topics, dims)).toEqual(without);
		expect(selectionToParams(s).has('nat')).toBe(false);
	});
	test('drops unknown regions, topics, rows, duplicates and bad values; defaults to the first five regions', () => {
		const p = new URLSearchParams(
			'r=taian,atlantis,taian,henan&topic=nonsense,renewal&asOf=2026-99&diff=yes,value&pick=nope&mine=1'
		);
		expect(parseSelection(p, regionIds, topics, dims)).toEqual({
			regions: ['taian', 'henan'],
			topics: ['renewal'],
			differences: ['value'],
			picked: [],
			onlyPicked: false,
			asOf: null,
			draft: null,
			national: true
		});
		expect(parseSelection(new URLSearchParams(), regionIds, topics).regions).toEqual(
			regionIds.slice(0, DEFAULT_REGIONS)
		);
		// hundreds of regions: still five columns by default
		const many = Array.from({ length: 300 }, (_, i) => regionNamed(`syn-${i}`));
		expect(parseSelection(new URLSearchParams(), many, topics).regions).toEqual(many.slice(0, 5));
	});
	test('an older link with diff=1 keeps every kind of difference', () => {
		expect(parseSelection(new URLSearchParams('diff=1'), regionIds, topics).differences).toEqual([
			...DIFF_KINDS
		]);
	});
	test('a draft id that could not be a library id is dropped', () => {
		for (const bad of ['', '<b>x</b>', 'a/b', 'x'.repeat(65)])
			expect(parseSelection(new URLSearchParams({ draft: bad }), regionIds, topics).draft).toBeNull();
	});
	test('the draft is a column after the regions; with it one region is enough', () => {
		const s = { regions: [regionNamed('taian')], draft: 'abc' };
		expect(selectionColumns(s)).toEqual(['taian', 'draft-abc']);
		expect(selectionColumns({ regions: [regionNamed('taian'), regionNamed('henan')], draft: null })).toEqual([
			'taian',
			'henan'
		]);
		expect(minRegions(s)).toBe(1);
		expect(minRegions({ draft: null })).toBe(MIN_REGIONS);
		expect(isDraftRegion('draft-abc')).toBe(true);
		expect(isDraftRegion('taian')).toBe(false);
	});
});

describe('a draft compared with the five', async () => {
	const profiles = await loadAllProfiles();
	const taian = profiles.find((p) => p.region === 'taian')!;
	const draft = cloneRegion(await loadRegionDetails(regionNamed('taian')), taian, '');
	const term = (n: number): DatedValue[] => [
		{ ...draft.values['term.maxMonths']![0]!, value: { kind: 'number', value: n, bound: 'atMost' } }
	];
	const region = regionNamed('draft-d1');
	const row = (ps: RegionProfile[], id: string) =>
		buildComparison(DIMENSIONS, ps).find((r) => r.dimension.id === id)!;

	test('an unchanged clone agrees with its region on every row', () => {
		const rows = buildComparison(DIMENSIONS, [taian, draftProfile(draft, region)]);
		expect(rows.filter((r) => r.status === 'different')).toEqual([]);
		expect(rows[0]!.cells.map((c) => c.region)).toEqual(['taian', region]);
	});
	test('a changed term makes the row different, even beside its own region alone', () => {
		const changed = draftProfile(
			{ ...draft, values: { ...draft.values, 'term.maxMonths': term(24) } },
			region
		);
		const r = row([taian, changed], 'term.maxMonths');
		expect(r.status).toBe('different');
		expect(formatValue(r.dimension, r.cells[1]!.value!).zh).toBe('不超过24个月（一般）');
		// every region and the draft, the draft last and counted in the status
		const all = row([...profiles, changed], 'term.maxMonths');
		expect(all.cells).toHaveLength(profiles.length + 1);
		expect(all.cells.at(-1)!.region).toBe(region);
	});
	test('a draft silent where its region speaks makes the row partial, not the same', () => {
		const silent = draftProfile(
			{ ...draft, values: { ...draft.values, 'term.maxMonths': [{ ...NS }] } },
			region
		);
		expect(row([taian, silent], 'term.maxMonths').status).toBe('partial');
	});
	test('exports name the draft column by its draft region id and say it is a draft', async () => {
		const { comparisonToJson } = await import('./compare-export');
		const changed = draftProfile(
			{ ...draft, values: { ...draft.values, 'term.maxMonths': term(24) } },
			region
		);
		const rows = buildComparison(DIMENSIONS, [taian, changed], { topics: ['agreement'] });
		const sel = {
			regions: [regionNamed('taian')],
			topics: ['agreement' as const],
			differences: [],
			picked: [],
			onlyPicked: false,
			asOf: null,
			draft: 'd1',
			national: false
		};
		const json = JSON.parse(
			comparisonToJson(rows, sel, '2026-01-01T00:00:00Z', [
				{ region: regionNamed('taian'), name: { zh: '泰安', en: "Tai'an" }, draft: false },
				{ region, name: { zh: '某市', en: '某市' }, draft: true }
			])
		);
		expect(json.selection.draft).toBe('d1');
		expect(json.columns[1]).toMatchObject({ region, draft: true });
		const t = json.rows.find((r: { dimension: string }) => r.dimension === 'term.maxMonths');
		expect(t.status).toBe('different');
		expect(t.cells[1]).toMatchObject({ region, value: { kind: 'number', value: 24 } });
	});
});

describe('exports of the current comparison', async () => {
	const { comparisonToJson } = await import('./compare-export');
	const profiles = await loadAllProfiles();
	const rows = buildComparison(DIMENSIONS, profiles, { topics: ['renewal'] });
	test('JSON keeps typed values and the selection', () => {
		const sel = {
			regions: [...regionIds],
			topics: ['renewal' as const],
			differences: [],
			picked: [],
			onlyPicked: false,
			asOf: null,
			draft: null,
			national: false
		};
		const parsed = JSON.parse(comparisonToJson(rows, sel, '2026-11-23T00:00:00Z'));
		expect(parsed.selection.topics).toEqual(['renewal']);
		const deadline = parsed.rows.find(
			(r: { dimension: string }) => r.dimension === 'renewal.deadlineMonthsBeforeExpiry'
		);
		expect(deadline.cells[0]).toMatchObject({ region: 'quzhou', value: { kind: 'number', value: 3 } });
	});
});

describe('the JSON export with the national baseline and conformity marks', async () => {
	const { comparisonToJson } = await import('./compare-export');
	const { allRegionsConformity, indexMarks } = await import('./conformity');
	const { HAND_MARKS } = await import('$lib/regions/national/marks');
	const { regions } = await import('$lib/regions/registry');
	const profiles = await loadAllProfiles();
	const rows = buildComparison(DIMENSIONS, profiles, { topics: ['agreement'], national });
	const marks = indexMarks(allRegionsConformity(DIMENSIONS, regions, profiles, national, HAND_MARKS));
	test('JSON: a national cell per row and a conformity object per cell', () => {
		const sel = {
			regions: [...regionIds],
			topics: ['agreement' as const],
			differences: [],
			picked: [],
			onlyPicked: false,
			asOf: null,
			draft: null,
			national: true
		};
		const parsed = JSON.parse(
			comparisonToJson(rows, sel, '2026-12-05T00:00:00Z', undefined, { national: true, marks })
		);
		const term = parsed.rows.find((r: { dimension: string }) => r.dimension === 'term.maxMonths');
		expect(term.national).toMatchObject({ value: { kind: 'number', value: 60 }, qualifier: 'inPrinciple' });
		const jiangsu = term.cells.find((c: { region: string }) => c.region === 'jiangsu');
		expect(jiangsu.conformity).toMatchObject({ mark: 'stricter', basis: 'computed' });
		expect(jiangsu.conformity.nationalCitations).toEqual(['nationalSpec:art-14-2']);
	});
});

describe('the kind of difference', () => {
	const text = (zh: string) => dv({ kind: 'text', value: { zh, en: zh } });
	test.each([
		['numbers that differ', [n36, dv({ kind: 'number', value: 24, bound: 'atMost' })], 'value'],
		['a bound that differs', [n36, dv({ kind: 'number', value: 36, bound: 'atLeast' })], 'value'],
		['limited against unlimited', [n36, dv({ kind: 'unlimited' })], 'value'],
		['a number against words', [n36, text('三年')], 'value'],
		[
			'the same number, hedged differently',
			[n36, { ...n36, qualifier: 'inPrinciple' as const }],
			'qualifier'
		],
		['words that differ', [text('甲'), text('乙')], 'wording'],
		['one side silent', [n36, NS], 'silence'],
		['one side silent, the other absent', [n36, undefined], 'silence'],
		['all the same', [n36, { ...n36 }], 'none'],
		['none speaks', [NS, undefined], 'none']
	] as const)('%s → %s', (_, cells, kind) => {
		expect(diffKind(cells as readonly (DatedValue | undefined)[])).toBe(kind);
	});
	test('a value that differs outranks silence elsewhere', () => {
		expect(diffKind([n36, dv({ kind: 'number', value: 24, bound: 'atMost' }), NS])).toBe('value');
	});
});
