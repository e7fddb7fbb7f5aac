import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { profile as national } from '$lib/regions/national/profile';
import type { DatedValue } from '$lib/regions/types';
import {
	hedgeInSummary,
	summaryContradicts,
	summaryFromValue,
	summaryQuantities,
	withFittingSummary
} from './summary';
import { clause } from '$lib/regions/fixture-ids';

const term = DIMENSIONS.find((d) => d.id === 'term.maxMonths')!;
const months = (n: number, extra: Partial<DatedValue> = {}): DatedValue => ({
	from: null,
	value: { kind: 'number', value: n, bound: 'atMost' },
	summary: { zh: '运营协议有效期一般不超过3年', en: 'The agreement generally runs at most 3 years' },
	citations: [clause('art-14-4')],
	...extra
});

describe('the quantities a summary states', () => {
	test.each([
		['不超过3年', 'months', [36]],
		['最长不超过三年', 'months', [36]],
		['届满前6个月内', 'months', [6]],
		['十五个工作日内', 'workingDays', [15]],
		['有效期至2026年11月30日', 'months', []],
		['每年报告一次', 'months', []],
		['30日内', 'months', []]
	] as const)('%s (%s) → %j', (zh, unit, expected) => {
		expect(summaryQuantities({ zh, en: '' }, unit)).toEqual(expected);
	});
	test('English too', () => {
		expect(summaryQuantities({ zh: '', en: 'at most 3 years, notice 6 months' }, 'months')).toEqual([36, 6]);
	});
});

describe('a summary that contradicts its value', () => {
	test('a 60-month term with "不超过3年" contradicts; 36 months does not', () => {
		expect(summaryContradicts(term, months(60))).toBe(true);
		expect(summaryContradicts(term, months(36))).toBe(false);
	});
	test('each language is checked on its own: a fitting English summary does not hide a stale Chinese one', () => {
		const mixed = months(60, { summary: { zh: '一般不超过3年', en: 'generally, at most 60 months' } });
		expect(summaryContradicts(term, mixed)).toBe(true);
	});
	test('words without a number never contradict; unlimited with a number does', () => {
		expect(summaryContradicts(term, months(60, { summary: { zh: '由协议约定', en: 'as agreed' } }))).toBe(
			false
		);
		expect(summaryContradicts(term, { ...months(0), value: { kind: 'unlimited' } })).toBe(true);
	});
	test('no summary in the five regulations or the national framework contradicts its own value', () => {
		return loadAllProfiles().then((profiles) => {
			const bad: string[] = [];
			for (const p of [...profiles, national])
				for (const dim of DIMENSIONS)
					for (const dv of p.values[dim.id] ?? [])
						if (summaryContradicts(dim, dv as DatedValue))
							bad.push(`${p.region} ${dim.id}: ${dv.summary.zh}`);
			expect(bad).toEqual([]);
		});
	});
});

describe('the summary written again when the value changes', () => {
	test('a 60-month term does not keep "不超过3年"; the hedge 一般 stays', () => {
		const before = months(36, { qualifier: 'generally' });
		const after = withFittingSummary(term, before, {
			...before,
			value: { kind: 'number', value: 60, bound: 'atMost' }
		});
		expect(after.summary).toEqual({ zh: '一般不超过60个月', en: 'generally, at most 60 months' });
	});
	test('regenerating keeps 原则上 even where only the old summary said it', () => {
		const before = months(36, { summary: { zh: '原则上不超过3年', en: 'in principle at most 3 years' } });
		expect(hedgeInSummary(before.summary)).toBe('inPrinciple');
		const after = withFittingSummary(term, before, {
			...before,
			value: { kind: 'number', value: 60, bound: 'atMost' }
		});
		expect(after.summary.zh).toBe('原则上不超过60个月');
		expect(summaryFromValue(term, months(60, { qualifier: 'inPrinciple' })).zh).toBe('原则上不超过60个月');
	});
	test('a drafter’s own summary that fits the new value stays; a summary edit is never overwritten', () => {
		const own = months(36, { summary: { zh: '由协议约定期限', en: 'as the agreement says' } });
		const changed = { ...own, value: { kind: 'number' as const, value: 48, bound: 'atMost' as const } };
		expect(withFittingSummary(term, own, changed).summary).toEqual(own.summary);
		const typed = { ...own, summary: { zh: '不超过3年', en: '' } };
		expect(withFittingSummary(term, own, typed)).toBe(typed);
	});
	test('a generated summary follows its value', () => {
		const before = months(24, { summary: summaryFromValue(term, months(24)) });
		const after = withFittingSummary(term, before, {
			...before,
			value: { kind: 'number', value: 12, bound: 'atMost' }
		});
		expect(after.summary.zh).toBe('不超过12个月');
	});
});
