import { describe, expect, test } from 'vitest';
import { loadProfile, loadRegionDetails, loadSource, regionIds } from '$lib/regions/registry';
import { blankDraft, cloneRegion } from './create';
import { DRAFT_LIMITS, formatPath, hasControlChars, parseDraftPayload } from './schema';
import type { RuleValue } from '$lib/regions/types';
import type { Draft } from './types';
import { asDimensionId } from '$lib/regions/dimensions';
import { clauses, region } from '$lib/regions/fixture-ids';
import { wordsIn } from '$lib/rules/words';

const blank = () => blankDraft('某市公共数据授权运营管理办法（草案）', '某市', region('taian'));

const DELETE = Symbol('delete');

/** A JSON copy of the draft (as a stored or imported payload would be) with the value at `path` replaced. */
function edited(path: (string | number)[], value: unknown, draft: Draft = blank()): unknown {
	const copy = JSON.parse(JSON.stringify(draft)) as unknown;
	let at = copy as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (value === DELETE) delete at[last];
	else at[last] = value;
	return copy;
}

function problems(x: unknown) {
	const r = parseDraftPayload(x);
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.problems;
}

describe('parseDraftPayload accepts', () => {
	test('a blank draft, returning a copy', () => {
		const d = blank();
		const r = parseDraftPayload(d);
		expect(r).toEqual({ ok: true, draft: d });
		if (r.ok) expect(r.draft).not.toBe(d);
	});
	test.each(regionIds)('a clone of %s, text and all', async (id) => {
		const d = cloneRegion(await loadRegionDetails(id), await loadProfile(id), await loadSource(id));
		expect(parseDraftPayload(d)).toEqual({ ok: true, draft: d });
	});
	test('every value kind, dated values, qualifiers and notes', () => {
		const d = blank();
		const dv = (value: RuleValue) => ({
			from: null,
			value,
			summary: { zh: '摘要', en: 's' },
			citations: clauses('art-1')
		});
		d.values['term.maxMonths'] = [
			{ ...dv({ kind: 'number', value: 24, bound: 'atMost' }), qualifier: 'generally' },
			{
				...dv({ kind: 'number', value: 36, bound: 'atMost' }),
				from: '2028-01-01',
				note: { zh: '注', en: 'n' }
			}
		];
		d.values['selection.method'] = [dv({ kind: 'enum', value: 'competitiveConsultation' })];
		d.values['eligibility.domesticCapitalOnly'] = [dv({ kind: 'boolean', value: true })];
		d.values['regulation.status'] = [dv({ kind: 'list', value: ['draft', 'trial'] })];
		d.values['scope.activities'] = [dv({ kind: 'text', value: { zh: '第一行\n第二行', en: 'a\tb' } })];
		d.values['regulation.validFrom'] = [dv({ kind: 'date', value: null })];
		d.values['regulation.validUntil'] = [dv({ kind: 'date', value: '2028-02-29' })];
		d.values['eligibility.incidentLookbackYears'] = [dv({ kind: 'unlimited' })];
		d.clauseTexts['term.maxMonths'] = '授权运营协议有效期一般不超过2年。\n期满可续约。';
		d.notes = '多行\n备注';
		d.parse = {
			scheme: 'articles',
			noticeEndsBefore: '某市办法',
			footerStartsWith: '抄送：',
			joinPageBreaks: true
		};
		expect(parseDraftPayload(d)).toEqual({ ok: true, draft: d });
	});
	test('a source with tabs, any line ends and full-width spaces, kept byte for byte', () => {
		const d = { ...blank(), source: '第一条\u3000甲\r\n\t第二条 乙\r第三条' };
		const r = parseDraftPayload(d);
		expect(r.ok && r.draft.source).toBe(d.source);
	});
	test('strings at their limits', () => {
		const d = {
			...blank(),
			title: 'x'.repeat(DRAFT_LIMITS.line),
			notes: 'x'.repeat(DRAFT_LIMITS.long),
			source: '第'.repeat(DRAFT_LIMITS.source)
		};
		expect(parseDraftPayload(d).ok).toBe(true);
	});
});

describe('parseDraftPayload refuses, naming the path', () => {
	test.each([
		['a bidi override', '第一条 甲\u202e乙'],
		['a NUL', '第一条 甲\u0000'],
		['a form feed', '第一条 甲\f第二条'],
		['a C1 control', '第一条\u0090甲']
	])('a source holding %s (the control/bidi check every prose string gets)', (_, source) => {
		const r = parseDraftPayload({ ...blank(), source });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.problems.map((p) => p.field)).toEqual(['source']);
			expect(wordsIn(r.problems[0]!.message, 'en')).toMatch(/control/);
		}
	});
	const cases: [string, unknown, string, RegExp][] = [
		[
			'an unknown value kind',
			edited(['values', 'term.maxMonths', 0, 'value'], { kind: 'forever' }),
			'values.term.maxMonths[0].value.kind',
			/unknown value kind/
		],
		[
			'a number that is not finite (from a non-JSON source)',
			{
				...blank(),
				values: {
					...blank().values,
					'term.maxMonths': [
						{
							from: null,
							value: { kind: 'number', value: Infinity, bound: 'atMost' },
							summary: { zh: '', en: '' },
							citations: []
						}
					]
				}
			},
			'values.term.maxMonths[0].value.value',
			/finite/
		],
		[
			'a number written as text',
			edited(['values', 'term.maxMonths', 0, 'value'], { kind: 'number', value: '36', bound: 'atMost' }),
			'values.term.maxMonths[0].value.value',
			/must be a number/
		],
		[
			'an unknown bound',
			edited(['values', 'term.maxMonths', 0, 'value'], { kind: 'number', value: 3, bound: 'about' }),
			'values.term.maxMonths[0].value.bound',
			/bound must be/
		],
		[
			'an extra field in a value',
			edited(['values', 'term.maxMonths', 0, 'value'], { kind: 'unlimited', value: 3 }),
			'values.term.maxMonths[0].value.value',
			/unknown field/
		],
		[
			'a malformed dimension id',
			edited(['values', 'Term.max months'], []),
			'values["Term.max months"]',
			/dimension id/
		],
		[
			'a single-segment dimension id',
			edited(['clauseTexts', 'term'], 'x'),
			'clauseTexts.term',
			/dimension id/
		],
		[
			'an impossible date',
			edited(['values', 'term.maxMonths', 0, 'from'], '2027-02-30'),
			'values.term.maxMonths[0].from',
			/real date/
		],
		[
			'a bad qualifier',
			edited(['values', 'term.maxMonths', 0, 'qualifier'], 'maybe'),
			'values.term.maxMonths[0].qualifier',
			/qualifier/
		],
		[
			'a bad citation',
			edited(['values', 'term.maxMonths', 0, 'citations'], ['<script>']),
			'values.term.maxMonths[0].citations[0]',
			/clause id/
		],
		['a control character in the title', edited(['title'], 'a\u0007b'), 'title', /control/],
		['a line break in the name', edited(['name'], 'a\nb'), 'name', /control/],
		[
			'a bidi override in a summary',
			edited(['values', 'term.maxMonths', 0, 'summary', 'zh'], 'a\u202eb'),
			'values.term.maxMonths[0].summary.zh',
			/bidirectional/
		],
		['a bidi isolate in the notes', edited(['notes'], 'x\u2066y'), 'notes', /bidirectional/],
		['an over-long title', edited(['title'], 'x'.repeat(201)), 'title', /at most 200/],
		['an over-long name', edited(['name'], '名'.repeat(201)), 'name', /at most 200/],
		['over-long notes', edited(['notes'], 'x'.repeat(20_001)), 'notes', /at most 20000/],
		[
			'an over-long clause wording',
			edited(['clauseTexts', 'term.maxMonths'], 'x'.repeat(20_001)),
			'clauseTexts.term.maxMonths',
			/at most 20000/
		],
		['an over-long source', edited(['source'], 'x'.repeat(500_001)), 'source', /at most 500000/],
		['a wrong format', edited(['format'], 'pdao-draft/2'), 'format', /not a draft/],
		['a missing field', edited(['parse'], DELETE), 'parse', /missing/],
		['an unknown top-level field', edited(['extra'], 1), 'extra', /unknown field/],
		['a wrong type', edited(['status'], 'draft'), 'status', /must be a list/],
		['a duplicated status', edited(['status'], ['draft', 'draft']), 'status', /twice/],
		['an unknown status', edited(['status'], ['final']), 'status[0]', /status must be/],
		['an unknown scheme', edited(['parse', 'scheme'], 'chapters'), 'parse.scheme', /scheme must be/],
		['a bad base region id', edited(['base'], '../taian'), 'base', /region id/],
		[
			'values not a list',
			edited(['values', 'term.maxMonths'], {}),
			'values.term.maxMonths',
			/must be a list/
		],
		[
			'a list where an object belongs',
			edited(['values', 'term.maxMonths', 0, 'summary'], []),
			'values.term.maxMonths[0].summary',
			/must be an object/
		],
		[
			'too many dimensions',
			edited(['clauseTexts'], Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`a.b${i}`, '']))),
			'clauseTexts',
			/at most 500 dimensions/
		],
		[
			'too many values for one dimension',
			edited(['values', 'term.maxMonths'], Array(101).fill(blank().values['term.maxMonths']![0])),
			'values.term.maxMonths',
			/at most 100 values/
		]
	];
	test.each(cases)('%s', (_, input, field, message) => {
		const found = problems(input);
		const p = found.find((x) => x.field === field);
		expect(p, JSON.stringify(found)).toBeDefined();
		expect(wordsIn(p!.message, 'en')).toMatch(message);
		expect(wordsIn(p!.message, 'zh-CN')).not.toBe('');
	});

	test.each(['__proto__', 'constructor', 'prototype'])('a %s key at any depth', (key) => {
		// Built as JSON text: JSON.parse makes "__proto__" an own key, as a hostile file would.
		const json = JSON.stringify(blank());
		const inject = (marker: string, extra: string) => {
			const at = json.indexOf(marker) + marker.length;
			return JSON.parse(json.slice(0, at) + extra + json.slice(at)) as unknown;
		};
		const top = problems(inject('{', `"${key}":{"polluted":true},`));
		expect(top.map((p) => p.field)).toEqual([key]);
		expect(wordsIn(top[0]!.message, 'zh-CN')).toBe(`不允许的键名“${key}”`);
		expect(wordsIn(top[0]!.message, 'en')).toBe(`forbidden key "${key}"`);
		const deep = inject('"term.maxMonths":[{"from":null,', `"${key}":1,`);
		expect(problems(deep).map((p) => p.field)).toEqual([`values.term.maxMonths[0].${key}`]);
		const asDimension = inject('"values":{', `"${key}":[],`);
		expect(problems(asDimension).map((p) => p.field)).toEqual([`values.${key}`]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('not an object at all', () => {
		for (const x of [null, 42, 'draft', [], undefined]) {
			expect(problems(x)[0]!.field).toBe('');
			expect(wordsIn(problems(x)[0]!.message, 'en')).toBe('must be an object');
		}
	});

	test('values JSON cannot carry', () => {
		expect(problems(edited(['notes'], new Date()))[0]!.field).toBe('notes');
		expect(problems(edited(['notes'], () => 1))[0]!.field).toBe('notes');
	});

	test('absurd nesting, without overflowing the stack', () => {
		let deep: unknown = 'x';
		for (let i = 0; i < 100_000; i++) deep = [deep];
		const found = problems({ ...blank(), notes: deep });
		expect(wordsIn(found[0]!.message, 'en')).toMatch(/nested more than/);
	});

	test('reports many problems, but a bounded number', () => {
		const d = blank();
		for (const k of Object.keys(d.values).map(asDimensionId))
			d.values[k]![0]!.value = { kind: 'nope' } as never;
		expect(problems(d)).toHaveLength(DRAFT_LIMITS.problems);
	});
});

describe('helpers', () => {
	test('formatPath keeps dotted dimension ids readable and quotes the rest', () => {
		expect(formatPath(['values', 'term.maxMonths', 0, 'value', 'kind'])).toBe(
			'values.term.maxMonths[0].value.kind'
		);
		expect(formatPath(['values', 'a b'])).toBe('values["a b"]');
		expect(formatPath(['values', 'x'.repeat(100)])).toBe(`values["${'x'.repeat(64)}…"]`);
	});
	test('hasControlChars', () => {
		expect(hasControlChars('泰安市 Tai’an')).toBe(false);
		for (const c of ['\n', '\t', '\u0000', '\u0085', '\u2028', '\u202d', '\u2067'])
			expect(hasControlChars(`a${c}b`), JSON.stringify(c)).toBe(true);
	});
});
