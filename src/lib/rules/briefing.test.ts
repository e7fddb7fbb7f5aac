import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import { profile as national } from '$lib/regions/national/profile';
import { HAND_MARKS } from '$lib/regions/national/marks';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { indexCorpus } from '$lib/corpus/corpus';
import { citedClause } from '$lib/regions/citation';
import type { Clause, ClauseId, RegionId } from '$lib/regions/types';
import { buildComparison, type DiffKind, type RowStatus } from './compare';
import { allRegionsConformity, indexMarks, type ConformityMark } from './conformity';
import {
	briefingCsv,
	briefingFileName,
	compareBriefing,
	conformityBriefing,
	type ClauseLabeler,
	type CompareWords
} from './briefing';
import { briefingDocx } from './briefing-docx';
import { clause, clauses, region as regionNamed } from '$lib/regions/fixture-ids';

const profiles = await loadAllProfiles();
const pair = profiles.filter((p) => ['quzhou', 'yingkou'].includes(p.region));
const indexes = new Map<RegionId, Map<ClauseId, Clause>>();
for (const id of [
	'quzhou',
	'yingkou',
	'nationalSpec',
	'nationalPricing',
	'nationalRegistration',
	'nationalCirculation'
])
	indexes.set(regionNamed(id), indexCorpus(await loadCorpus(regionNamed(id))));
const NAMES: Record<string, string> = { quzhou: '衢州', yingkou: '营口', nationalSpec: '实施规范' };
const label: ClauseLabeler = (region, citation) => {
	const c = citedClause(region, citation);
	const clause = indexes.get(c.region)?.get(c.id);
	return `${NAMES[c.region] ?? c.region} ${clause ? clause.label.zh : c.id}`;
};
const kinds = (xs: string[]) => Object.fromEntries(xs.map((k) => [k, `〈${k}〉`]));
const words: CompareWords = {
	dimension: '对照项',
	topic: '主题',
	status: '比较',
	difference: '差异类型',
	national: '国家框架',
	clauses: (n) => `${n} 条款`,
	mark: (n) => `${n} 对照国家框架`,
	documentStatus: '文件及其状态',
	rowStatus: kinds(['same', 'different', 'partial', 'notSpecified']) as Record<RowStatus, string>,
	diff: kinds(['value', 'qualifier', 'wording', 'silence', 'none']) as Record<DiffKind, string>,
	marks: kinds([
		'same',
		'stricter',
		'looser',
		'conflicts',
		'predates',
		'regionSilent',
		'nationalSilent',
		'notCompared',
		'unjudged'
	]) as Record<ConformityMark, string>
};
const topicLabel = (id: string) => TOPICS.find((t) => t.id === id)!.label.zh;
const columns = [
	{
		region: regionNamed('quzhou'),
		name: '衢州',
		status: '征求意见稿 · 效力未定',
		statusCitations: clauses('sec-30-p1')
	},
	{ region: regionNamed('yingkou'), name: '营口' }
];

describe('the comparison as a briefing table', () => {
	const rows = buildComparison(DIMENSIONS, pair, { topics: ['termination', 'renewal'] });
	const table = compareBriefing(rows, {
		lang: 'zh',
		title: '规则对照：衢州、营口',
		head: ['筛选：主题 终止、续期'],
		words,
		columns,
		clauseLabel: label,
		topicLabel
	});
	test('headers in the reader’s words; clauses by their labels, never by id', () => {
		expect(table.header).toEqual([
			'对照项',
			'主题',
			'比较',
			'差异类型',
			'衢州',
			'衢州 条款',
			'营口',
			'营口 条款'
		]);
		const csv = briefingCsv(table);
		expect(csv).not.toMatch(/quzhou:|sec-\d|art-\d/);
		const notice = table.rows.find(
			(r) => r[0] === DIMENSIONS.find((d) => d.id === 'exit.voluntaryNoticeMonths')!.label.zh
		)!;
		expect(notice[7]).toBe('营口 五（四）1');
		const renewal = table.rows.find(
			(r) => r[0] === DIMENSIONS.find((d) => d.id === 'renewal.deadlineMonthsBeforeExpiry')!.label.zh
		)!;
		expect(renewal[5]).toContain('衢州 十六第二段');
		expect(renewal[1]).toBe(topicLabel('renewal'));
		expect(['〈different〉', '〈partial〉', '〈same〉', '〈notSpecified〉']).toContain(renewal[2]);
	});
	test('a first row gives each document’s status where known', () => {
		expect(table.rows[0]).toEqual([
			'文件及其状态',
			'',
			'',
			'',
			'征求意见稿 · 效力未定',
			`衢州 ${indexes.get(regionNamed('quzhou'))!.get(clause('sec-30-p1'))!.label.zh}`,
			'',
			''
		]);
		expect(table.rows).toHaveLength(rows.length + 1);
	});
	test('English: values and labels in English', () => {
		const en = compareBriefing(rows, {
			lang: 'en',
			title: 't',
			head: [],
			words,
			columns,
			clauseLabel: label,
			topicLabel
		});
		expect(en.rows.flat().join('\n')).toMatch(/\d+ months?/);
		expect(en.rows.flat().join('')).not.toMatch(/个月/);
	});
	test('with the national baseline and marks: a value and clauses column for it, a mark column per document', async () => {
		const withNat = buildComparison(DIMENSIONS, pair, { topics: ['agreement'], national });
		const marks = indexMarks(
			allRegionsConformity(
				DIMENSIONS,
				regions.filter((r) => ['quzhou', 'yingkou'].includes(r.id)),
				pair,
				national,
				HAND_MARKS
			)
		);
		const t = compareBriefing(withNat, {
			lang: 'zh',
			title: 't',
			head: [],
			words,
			columns,
			clauseLabel: label,
			topicLabel,
			national: true,
			marks
		});
		expect(t.header.slice(4, 9)).toEqual([
			'国家框架',
			'国家框架 条款',
			'衢州',
			'衢州 条款',
			'衢州 对照国家框架'
		]);
		const term = t.rows.find((r) => r[0] === DIMENSIONS.find((d) => d.id === 'term.maxMonths')!.label.zh)!;
		expect(term[4]).toBe('不超过60个月（原则上）');
		expect(term[5]).toBe('实施规范 第十四条（二）');
		expect(term[8]).toMatch(/^〈\w+〉$/);
	});
});

describe('the Word file', () => {
	test('opens as a zip whose document holds the title block and the table text', async () => {
		const rows = buildComparison(DIMENSIONS, pair, { topics: ['termination'] });
		const table = compareBriefing(rows, {
			lang: 'zh',
			title: '规则对照：衢州、营口',
			head: ['取值为各文本所列的最新取值', '筛选：主题 终止'],
			words,
			columns,
			clauseLabel: label,
			topicLabel
		});
		const blob = await briefingDocx(table);
		const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		const xml = strFromU8(files['word/document.xml']!);
		expect(xml).toContain('规则对照：衢州、营口');
		expect(xml).toContain('筛选：主题 终止');
		expect(xml).toContain('营口 五（四）1');
		expect(xml).toContain('<w:tblHeader');
		// every body row is a table row: the header, the status row, one per dimension
		expect(xml.match(/<w:tr>|<w:tr /g)!.length).toBe(rows.length + 2);
	});
});

describe('the conformity view as a briefing table', () => {
	test('both values, the mark in words, both sides’ clauses by label', () => {
		const taian = profiles.find((p) => p.region === 'taian')!;
		const marks = allRegionsConformity(
			DIMENSIONS,
			regions.filter((r) => r.id === 'taian'),
			[taian],
			national,
			HAND_MARKS
		);
		const t = conformityBriefing(marks, {
			lang: 'zh',
			title: '泰安 对照国家框架',
			head: [],
			words: {
				dimension: '对照项',
				topic: '主题',
				mark: '对照结果',
				national: '国家规定',
				region: '泰安规定',
				reason: '理由',
				nationalClauses: '国家框架条款',
				regionClauses: '泰安条款',
				marks: words.marks
			},
			dimensions: DIMENSIONS,
			values: { national, region: taian },
			asOf: null,
			clauseLabel: (region, c) => {
				const at = citedClause(region, c);
				return `${at.region}/${at.id}`;
			},
			topicLabel
		});
		const term = t.rows.find((r) => r[0] === DIMENSIONS.find((d) => d.id === 'term.maxMonths')!.label.zh)!;
		expect(term[2]).toBe('〈stricter〉');
		expect(term[3]).toBe('不超过60个月（原则上）');
		expect(term[6]).toBe('nationalSpec/art-14-2');
		expect(term[7]).toContain('taian/art-14-4');
	});
});

test('the file name says what was filtered', () => {
	expect(briefingFileName({ base: 'compare', columns: ['quzhou', 'yingkou'] })).toBe(
		'compare-quzhou-yingkou'
	);
	expect(
		briefingFileName({
			base: 'compare',
			columns: ['taian', 'draft-d1'],
			topics: ['agreement', 'renewal'],
			differences: ['value'],
			picked: 6,
			asOf: '2026-01-01',
			noNational: true
		})
	).toBe('compare-taian-draft-d1-topic-agreement+renewal-diff-value-picked6-asof-2026-01-01-nonat');
});
