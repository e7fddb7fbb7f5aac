import { describe, expect, test } from 'vitest';
import { parseCorpus } from '$lib/corpus/parse';
import { DIMENSIONS } from '$lib/regions/dimensions';
import type { DatedValue, Dimension, RuleValue } from '$lib/regions/types';
import { blankDraft } from './create';
import {
	addDatedValue,
	choicesFor,
	clauseChoices,
	compareRegions,
	dimensionOfRowId,
	draftFileName,
	fieldsFromValue,
	filterChoices,
	firstWords,
	issuesByDimension,
	journeyBlocker,
	parseNumber,
	parsePreview,
	patchDatedValue,
	removeDatedValue,
	rowId,
	sortIssues,
	valueDigest,
	valueFromFields,
	visibleRows,
	type ValueFields
} from './form';
import type { DraftIssue } from './types';
import { clause, region, regionList } from '$lib/regions/fixture-ids';

const dim = (id: string): Dimension => DIMENSIONS.find((d) => d.id === id)!;
const term = dim('term.maxMonths');
const cadence = dim('reporting.operatorCadence');
const materials = dim('application.materials');
const yesNo = DIMENSIONS.find((d) => d.type === 'boolean')!;
const textDim = DIMENSIONS.find((d) => d.type === 'text')!;
const validFrom = dim('regulation.validFrom');

const fields = (d: Dimension, v: RuleValue, patch: Partial<ValueFields> = {}): ValueFields => ({
	...fieldsFromValue(d, v),
	...patch
});

describe('parseNumber', () => {
	test.each([
		['24', 24],
		[' 24 ', 24],
		['２４', 24],
		['-3', -3],
		['－3', -3],
		['1.5', 1.5],
		['+6', 6],
		['', null],
		['abc', null],
		['1e3', null],
		['12个月', null],
		['--1', null]
	])('%j → %j', (s, n) => {
		expect(parseNumber(s)).toBe(n);
	});
});

describe('choicesFor', () => {
	test('only numbers can be unlimited', () => {
		expect(choicesFor(term)).toEqual(['notSpecified', 'value', 'unlimited']);
		expect(choicesFor(cadence)).toEqual(['notSpecified', 'value']);
		expect(choicesFor(yesNo)).toEqual(['notSpecified', 'value']);
	});
});

describe('fields ⇄ value round trip', () => {
	const cases: [Dimension, RuleValue][] = [
		[term, { kind: 'number', value: 36, bound: 'atMost' }],
		[term, { kind: 'number', value: 6, bound: 'atLeast' }],
		[term, { kind: 'unlimited' }],
		[term, { kind: 'notSpecified' }],
		[cadence, { kind: 'enum', value: cadence.options![0]!.value }],
		[materials, { kind: 'list', value: [materials.options![1]!.value, materials.options![0]!.value] }],
		[yesNo, { kind: 'boolean', value: true }],
		[yesNo, { kind: 'boolean', value: false }],
		[textDim, { kind: 'text', value: { zh: '中文', en: 'English' } }],
		[validFrom, { kind: 'date', value: '2025-01-01' }],
		[validFrom, { kind: 'date', value: null }]
	];
	test.each(cases)('%s: %j', (d, v) => {
		const back = valueFromFields(d, fieldsFromValue(d, v));
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		// lists come back in the catalogue's order
		if (v.kind === 'list') expect(back.value).toEqual({ kind: 'list', value: [...v.value].reverse() });
		else expect(back.value).toEqual(v);
	});
});

describe('valueFromFields', () => {
	test('a typed number with its bound', () => {
		const f = fields(
			term,
			{ kind: 'number', value: 36, bound: 'atMost' },
			{ number: '24', bound: 'exactly' }
		);
		expect(valueFromFields(term, f)).toEqual({
			ok: true,
			value: { kind: 'number', value: 24, bound: 'exactly' }
		});
	});
	test('a negative number is still a value (the validator flags it)', () => {
		const f = fields(term, { kind: 'notSpecified' }, { choice: 'value', number: '-3' });
		expect(valueFromFields(term, f)).toEqual({
			ok: true,
			value: { kind: 'number', value: -3, bound: 'atMost' }
		});
	});
	test.each([
		[term, { choice: 'value', number: '' }, 'numberEmpty'],
		[term, { choice: 'value', number: 'three' }, 'numberInvalid'],
		[cadence, { choice: 'value', option: '' }, 'optionEmpty'],
		[yesNo, { choice: 'value', yesNo: '' }, 'yesNoEmpty'],
		[validFrom, { choice: 'value', date: '2025-02-30' }, 'dateInvalid']
	] as [Dimension, Partial<ValueFields>, string][])('%s %j → %s', (d, patch, problem) => {
		expect(valueFromFields(d, fields(d, { kind: 'notSpecified' }, patch))).toEqual({ ok: false, problem });
	});
	test('"unlimited" on a dimension that is not a number falls back to the value fields', () => {
		const f = fields(yesNo, { kind: 'boolean', value: true }, { choice: 'unlimited' });
		expect(valueFromFields(yesNo, f)).toEqual({ ok: true, value: { kind: 'boolean', value: true } });
	});
	test('a blank date is a date the text leaves blank', () => {
		const f = fields(validFrom, { kind: 'notSpecified' }, { choice: 'value', date: '' });
		expect(valueFromFields(validFrom, f)).toEqual({ ok: true, value: { kind: 'date', value: null } });
	});
	test('a list without coded options reads one entry a line, without blanks or repeats', () => {
		const free: Dimension = { ...materials, options: undefined };
		const f = fields(free, { kind: 'notSpecified' }, { choice: 'value', listText: 'a\n\n b \na\nc' });
		expect(valueFromFields(free, f)).toEqual({ ok: true, value: { kind: 'list', value: ['a', 'b', 'c'] } });
	});
	test('a value of the wrong kind shows as empty fields of the dimension', () => {
		const f = fieldsFromValue(yesNo, { kind: 'unlimited' });
		expect(f.choice).toBe('value');
		expect(valueFromFields(yesNo, f)).toEqual({ ok: false, problem: 'yesNoEmpty' });
	});
});

describe('patchDatedValue', () => {
	const dv: DatedValue = {
		from: null,
		value: { kind: 'number', value: 36, bound: 'atMost' },
		qualifier: 'generally',
		summary: { zh: '一般不超过3年', en: 'Generally at most 3 years' },
		citations: [clause('art-14-4')],
		note: { zh: '说明', en: 'note' }
	};
	test('changes what it is given and keeps the rest', () => {
		const next = patchDatedValue(dv, { value: { kind: 'number', value: 24, bound: 'atMost' } });
		expect(next).toEqual({ ...dv, value: { kind: 'number', value: 24, bound: 'atMost' } });
		expect(dv.value).toEqual({ kind: 'number', value: 36, bound: 'atMost' });
	});
	test('an empty qualifier and a blank note are dropped, not stored blank', () => {
		const next = patchDatedValue(dv, { qualifier: '', note: { zh: ' ', en: '' } });
		expect(next).not.toHaveProperty('qualifier');
		expect(next).not.toHaveProperty('note');
	});
	test('a start date can be set and cleared', () => {
		expect(patchDatedValue(dv, { from: '2026-01-01' }).from).toBe('2026-01-01');
		expect(patchDatedValue({ ...dv, from: '2026-01-01' }, { from: null }).from).toBeNull();
	});
});

describe('dated values', () => {
	const one: DatedValue[] = [
		{
			from: null,
			value: { kind: 'number', value: 36, bound: 'atMost' },
			summary: { zh: 'a', en: 'a' },
			citations: [clause('x')]
		}
	];
	test('a further value starts as a copy of the last, from the given date', () => {
		const two = addDatedValue(one, '2027-01-01');
		expect(two).toHaveLength(2);
		expect(two[1]).toEqual({ ...one[0], from: '2027-01-01' });
		expect(two[1]!.citations).not.toBe(one[0]!.citations);
	});
	test('the last value cannot be removed', () => {
		expect(removeDatedValue(one, 0)).toEqual(one);
		expect(removeDatedValue(addDatedValue(one, '2027-01-01'), 0)).toEqual([
			{ ...one[0], from: '2027-01-01' }
		]);
	});
});

const SOURCE = [
	'某市公共数据授权运营管理办法',
	'第一章 总则',
	'第一条 为了规范公共数据授权运营，制定本办法。',
	'第二条 授权运营协议期限一般不超过2年。',
	'（一）第一项内容；',
	'（二）第二项内容。'
].join('\n');

describe('clauses', () => {
	const corpus = parseCorpus(region('draft-x'), SOURCE, { scheme: 'articles' });
	test('choices are provisions in document order, with labels and first words', () => {
		const choices = clauseChoices(corpus);
		expect(choices.map((c) => c.id)).toEqual(['ch-1', 'art-1', 'art-2', 'art-2-1', 'art-2-2']);
		expect(choices.find((c) => c.id === 'art-2')!.label.zh).toBe('第二条');
		expect(choices.find((c) => c.id === 'ch-1')!.words).toContain('总则');
	});
	test('a filter matches ids, labels and words, all words needed', () => {
		const choices = clauseChoices(corpus);
		expect(filterChoices(choices, '第二条（二）').map((c) => c.id)).toEqual(['art-2-2']);
		expect(filterChoices(choices, 'art-2').map((c) => c.id)).toEqual(['art-2', 'art-2-1', 'art-2-2']);
		expect(filterChoices(choices, '期限 2年').map((c) => c.id)).toEqual(['art-2']);
		expect(filterChoices(choices, '  ')).toHaveLength(choices.length);
	});
	test('the preview counts every clause and the provisions among them', () => {
		const p = parsePreview(corpus);
		expect(p.count).toBe(6);
		expect(p.provisions).toBe(5);
		expect(p.outline[0]!.kind).toBe('title');
	});
	test('first words are cut with an ellipsis and flattened', () => {
		expect(firstWords('一二三\n四五', 4)).toBe('一二三 …');
		expect(firstWords('短', 4)).toBe('短');
	});
});

describe('rows and issues', () => {
	const issues: DraftIssue[] = [
		{ severity: 'warning', code: 'uncited', dimension: 'term.maxMonths', message: { zh: 'w', en: 'w' } },
		{ severity: 'error', code: 'negativeNumber', dimension: 'term.maxMonths', message: { zh: 'e', en: 'e' } },
		{ severity: 'error', code: 'emptyTitle', message: { zh: 't', en: 't' } }
	];
	test('errors come first, in their order', () => {
		expect(sortIssues(issues).map((i) => i.code)).toEqual(['negativeNumber', 'emptyTitle', 'uncited']);
	});
	test('issues by dimension, whole-draft ones under ""', () => {
		const by = issuesByDimension(issues);
		expect(by.get('term.maxMonths')!.map((i) => i.code)).toEqual(['negativeNumber', 'uncited']);
		expect(by.get('')!.map((i) => i.code)).toEqual(['emptyTitle']);
	});
	test('every dimension is shown once, grouped by topic', () => {
		const groups = visibleRows({ topic: '', onlyChanged: false }, () => false);
		expect(groups.flatMap((g) => g.dimensions)).toHaveLength(DIMENSIONS.length);
	});
	test('topic, changed, issues and text filters', () => {
		expect(visibleRows({ topic: 'renewal', onlyChanged: false }, () => false).map((g) => g.topic.id)).toEqual(
			['renewal']
		);
		const changed = visibleRows({ topic: '', onlyChanged: true }, (id) => id === 'term.maxMonths');
		expect(changed.flatMap((g) => g.dimensions.map((d) => d.id))).toEqual(['term.maxMonths']);
		const withIssues = visibleRows(
			{ topic: '', onlyChanged: false, onlyIssues: true },
			() => false,
			(id) => id === 'exit.voluntaryNoticeMonths'
		);
		expect(withIssues.flatMap((g) => g.dimensions.map((d) => d.id))).toEqual(['exit.voluntaryNoticeMonths']);
		const text = visibleRows({ topic: '', onlyChanged: false, text: '授权期限' }, () => false);
		expect(text.flatMap((g) => g.dimensions.map((d) => d.id))).toContain('term.maxMonths');
		expect(visibleRows({ topic: 'renewal', onlyChanged: true }, () => false)).toEqual([]);
	});
	test('row ids round-trip to their dimension', () => {
		expect(rowId('term.maxMonths')).toBe('dim-term-maxMonths');
		expect(dimensionOfRowId('dim-term-maxMonths')).toBe('term.maxMonths');
		expect(dimensionOfRowId('dim-nothing')).toBeNull();
	});
	test('a digest names each dated value', () => {
		const d = valueDigest(term, [
			{
				from: null,
				value: { kind: 'number', value: 36, bound: 'atMost' },
				summary: { zh: '', en: '' },
				citations: []
			},
			{
				from: '2027-01-01',
				value: { kind: 'number', value: 24, bound: 'atMost' },
				summary: { zh: '', en: '' },
				citations: []
			}
		]);
		expect(d.zh).toBe('不超过36个月；自 2027-01-01 起：不超过24个月');
		expect(d.en).toBe('at most 36 months; from 2027-01-01: at most 24 months');
	});
});

describe('use and export', () => {
	const ids = regionList('quzhou', 'yingkou', 'taian', 'henan', 'jiangsu');
	test('a comparison starts from the base, or two regions for a blank draft', () => {
		expect(compareRegions({ base: region('taian') }, ids)).toEqual(['taian']);
		expect(compareRegions({ base: null }, ids)).toEqual(['quzhou', 'yingkou']);
		expect(compareRegions({ base: region('gone') }, ids)).toEqual(['quzhou', 'yingkou']);
	});
	test('errors, then a missing procedure, keep a draft off the simulator', () => {
		const draft = blankDraft('t', 'n', null);
		const error: DraftIssue = { severity: 'error', code: 'zeroTerm', message: { zh: '', en: '' } };
		const warning: DraftIssue = { ...error, severity: 'warning' };
		expect(journeyBlocker(draft, [error])).toBe('errors');
		expect(journeyBlocker(draft, [warning])).toBe('noProcedure');
		expect(journeyBlocker({ procedure: region('taian') }, [warning])).toBeNull();
	});
	test('file names keep Chinese and lose what file systems refuse', () => {
		expect(draftFileName({ name: '某市', title: '' }, 'json')).toBe('某市.json');
		expect(draftFileName({ name: ' a/b:c*d ', title: '' }, 'md')).toBe('a-b-c-d.md');
		expect(draftFileName({ name: '', title: '' }, 'json')).toBe('draft.json');
		expect(draftFileName({ name: '///', title: '' }, 'json')).toBe('draft.json');
		expect(draftFileName({ name: '', title: '某市办法\u0007（草案）' }, 'json')).toBe(
			'某市办法-（草案）.json'
		);
	});
});
