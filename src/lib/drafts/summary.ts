// A value's summary in a draft: written again from the value when the value changes, keeping the text's
// hedge (原则上, 一般…), and checked against the value, so a 60-month term never keeps "不超过3年". Pure.
// Summaries are law-derived words (a rule's wording, stored in the draft): {zh, en} pairs.

import { parseNumeral } from '$lib/corpus/numerals';
import type { DatedValue, Dimension, Localized, Qualifier, Unit } from '$lib/regions/types';
import { formatRuleValue, formatValue, QUALIFIERS } from '$lib/rules/format';

/** The hedges a summary may carry in words, as the texts write them before the value. */
const HEDGE_ZH: Partial<Record<Qualifier, RegExp>> = {
	inPrinciple: /原则上/,
	generally: /一般(?=不|应|为|在|以|可|须|需|每|按|于|\d|[一二三四五六七八九十两])/
};

/** The hedge a summary's words carry (原则上, 一般 before a rule), if any. */
export function hedgeInSummary(summary: Localized): Qualifier | undefined {
	for (const [q, re] of Object.entries(HEDGE_ZH) as [Qualifier, RegExp][]) if (re.test(summary.zh)) return q;
	if (/\bin principle\b/i.test(summary.en)) return 'inPrinciple';
	if (/\bgenerally\b/i.test(summary.en)) return 'generally';
	return undefined;
}

/**
 * The summary written from the value, with its qualifier — the value's own, else the hedge the old summary
 * carried — so regenerating keeps 原则上: "原则上不超过60个月" / "in principle, at most 60 months".
 */
export function summaryFromValue(dim: Dimension, dv: DatedValue, previous?: Localized): Localized {
	const q = dv.qualifier ?? (previous ? hedgeInSummary(previous) : undefined);
	if (!q || dv.value.kind === 'notSpecified') return formatRuleValue(dim, dv.value);
	if (q === 'inPrinciple' || q === 'generally') {
		const base = formatRuleValue(dim, dv.value);
		return { zh: `${QUALIFIERS[q].zh}${base.zh}`, en: `${QUALIFIERS[q].en}, ${base.en}` };
	}
	return formatValue(dim, { ...dv, qualifier: q });
}

// ——— does the summary say another number than the value? ———

const NUM = String.raw`(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)`;
/** A quantity in Chinese: 3年, 三年, 6个月, 十五个工作日, 30日. */
const ZH_QTY = new RegExp(`${NUM}\\s*(?:个)?\\s*(工作日|年|月|日|天)`, 'g');
const EN_QTY = /(\d+(?:\.\d+)?)\s*(working days?|years?|months?|days?)\b/gi;

type Word = 'year' | 'month' | 'day' | 'workingDay';
const ZH_WORD: Record<string, Word> = { 年: 'year', 月: 'month', 日: 'day', 天: 'day', 工作日: 'workingDay' };

/** A quantity in the dimension's unit, or null where its word cannot be one (days against months). */
function inUnit(n: number, word: Word, unit: Unit): number | null {
	if (unit === 'months') return word === 'month' ? n : word === 'year' ? n * 12 : null;
	if (unit === 'years') return word === 'year' ? n : word === 'month' ? n / 12 : null;
	if (unit === 'days') return word === 'day' ? n : null;
	return word === 'workingDay' ? n : null;
}

const num = (s: string) => (/^\d/.test(s) ? Number(s) : parseNumeral(s));

/** The quantities a summary states, in the dimension's unit (both languages). */
export function summaryQuantities(summary: Localized, unit: Unit): number[] {
	const out: number[] = [];
	// calendar dates ("2026年11月30日", "2026-11-30") are not quantities
	const zh = summary.zh.replace(/\d{4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?|\d{4}-\d{2}(-\d{2})?/g, ' ');
	for (const m of zh.matchAll(ZH_QTY)) {
		const n = num(m[1]!);
		// "每年" or "年度" are not a count of years: a quantity needs a number
		const q = n === null ? null : inUnit(n, ZH_WORD[m[2]!]!, unit);
		if (q !== null) out.push(q);
	}
	for (const m of summary.en.matchAll(EN_QTY)) {
		const w = m[2]!.toLowerCase();
		const word: Word = w.startsWith('working')
			? 'workingDay'
			: w.startsWith('year')
				? 'year'
				: w.startsWith('month')
					? 'month'
					: 'day';
		const q = inUnit(Number(m[1]), word, unit);
		if (q !== null) out.push(q);
	}
	return out;
}

/**
 * Whether the summary states a quantity the value is not: a number value none of whose stated quantities
 * match it ("不超过3年" on 60 months), or an unlimited value whose summary gives a number. Words only
 * (no quantity) never contradict: the summary may say more than the value.
 */
export function summaryContradicts(dim: Dimension, dv: DatedValue): boolean {
	if (!dim.unit) return false;
	const unit = dim.unit;
	// each language on its own: an English summary that fits must not hide a Chinese one that does not
	return [
		{ zh: dv.summary.zh, en: '' },
		{ zh: '', en: dv.summary.en }
	].some((one) => {
		const stated = summaryQuantities(one, unit);
		if (!stated.length) return false;
		if (dv.value.kind === 'unlimited') return true;
		if (dv.value.kind !== 'number') return false;
		const value = dv.value.value;
		return !stated.some((q) => Math.abs(q - value) < 1e-9);
	});
}

/**
 * After an edit, the value with a summary that still fits: when the value changed and the old summary was
 * the generated one, empty, or now contradicts the value, it is written again (keeping the hedge); a
 * drafter's own summary that does not contradict stays.
 */
export function withFittingSummary(dim: Dimension, before: DatedValue, after: DatedValue): DatedValue {
	const valueChanged =
		JSON.stringify(before.value) !== JSON.stringify(after.value) || before.qualifier !== after.qualifier;
	if (!valueChanged || after.summary !== before.summary) return after;
	const generated = summaryFromValue(dim, before, before.summary);
	const plain = formatValue(dim, before);
	const wasGenerated = (s: Localized) =>
		(s.zh === generated.zh && s.en === generated.en) || (s.zh === plain.zh && s.en === plain.en);
	const empty = !after.summary.zh.trim() && !after.summary.en.trim();
	if (empty || wasGenerated(before.summary) || summaryContradicts(dim, after))
		return { ...after, summary: summaryFromValue(dim, after, before.summary) };
	return after;
}
