// Rule values as readable text in both languages. Pure: the UI, the CSV export and the open data share it.
// Words: everything here is law-derived and stays a {zh, en} pair — a rule value as the text states it: its
// number, unit and bound (不超过 3 年), the qualifier quoted from the text (原则上, 一般, 暂, 可), an option's label
// from the pack, yes/no, none, "未规定 / not specified" where the text is silent (GLOSSARY, the project's fixed
// wording). These are data, not the app talking: the CSV export and the open data write both halves side by
// side, so they are pairs to be said in either language, not Paraglide messages of the interface.

import type { DatedValue, Dimension, Localized, Qualifier, RuleValue, Unit } from '$lib/regions/types';

const UNITS: Record<Unit, { zh: string; en: (n: number) => string }> = {
	months: { zh: '个月', en: (n) => (n === 1 ? 'month' : 'months') },
	years: { zh: '年', en: (n) => (n === 1 ? 'year' : 'years') },
	days: { zh: '天', en: (n) => (n === 1 ? 'day' : 'days') },
	workingDays: { zh: '个工作日', en: (n) => (n === 1 ? 'working day' : 'working days') }
};

const BOUNDS = {
	atMost: { zh: '不超过', en: 'at most' },
	atLeast: { zh: '不少于', en: 'at least' },
	exactly: { zh: '', en: '' }
} as const;

/**
 * The one table of how the texts hedge a value: `word` is what the text writes (原则上, 一般, 暂, 可) with
 * its English, `meaning` what that does to the value, as shown after a value ("不超过 36 个月（非强制）").
 */
export const QUALIFIER_LABELS: Record<Qualifier, { word: Localized; meaning: Localized }> = {
	inPrinciple: { word: { zh: '原则上', en: 'in principle' }, meaning: { zh: '原则上', en: 'in principle' } },
	generally: { word: { zh: '一般', en: 'generally' }, meaning: { zh: '一般', en: 'generally' } },
	provisional: { word: { zh: '暂', en: 'for now' }, meaning: { zh: '暂行/试点期间', en: 'for now' } },
	discretionary: { word: { zh: '可', en: 'may' }, meaning: { zh: '非强制', en: 'not mandatory' } }
};

/** What a qualifier does to a value (shown after it). */
export const QUALIFIERS = Object.fromEntries(
	Object.entries(QUALIFIER_LABELS).map(([q, x]) => [q, x.meaning])
) as Record<Qualifier, Localized>;

/** The text's own word for a qualifier: 原则上 / in principle. */
export const qualifierWord = (q: Qualifier): Localized => QUALIFIER_LABELS[q].word;

/** The word with the Chinese quoted in English, for a selector: 原则上 / in principle (原则上). */
export const qualifierQuoted = (q: Qualifier): Localized => {
	const w = QUALIFIER_LABELS[q].word;
	return { zh: w.zh, en: `${w.en} (${w.zh})` };
};

export const NOT_SPECIFIED: Localized = { zh: '未规定', en: 'Not specified' };

function optionLabel(dim: Dimension, value: string): Localized {
	return dim.options?.find((o) => o.value === value)?.label ?? { zh: value, en: value };
}

/** The value alone, without qualifier: "不超过 36 个月" / "at most 36 months". */
export function formatRuleValue(dim: Dimension, v: RuleValue): Localized {
	switch (v.kind) {
		case 'notSpecified':
			return NOT_SPECIFIED;
		case 'unlimited':
			return dim.unit === 'years'
				? { zh: '不限期（任何时候）', en: 'no time limit (ever)' }
				: { zh: '不限', en: 'no limit' };
		case 'number': {
			const unit = dim.unit ? UNITS[dim.unit] : { zh: '', en: () => '' };
			const b = BOUNDS[v.bound];
			return {
				zh: `${b.zh}${v.value}${unit.zh}`,
				en: `${b.en ? b.en + ' ' : ''}${v.value} ${unit.en(v.value)}`.trim()
			};
		}
		case 'enum':
			return optionLabel(dim, v.value);
		case 'boolean':
			return v.value ? { zh: '是', en: 'Yes' } : { zh: '否', en: 'No' };
		case 'list': {
			if (!v.value.length) return { zh: '（无）', en: '(none)' };
			const labels = v.value.map((x) => optionLabel(dim, x));
			return { zh: labels.map((l) => l.zh).join('；'), en: labels.map((l) => l.en).join('; ') };
		}
		case 'text':
			return v.value;
		case 'date':
			return v.value === null ? { zh: '日期未确定', en: 'date not set' } : { zh: v.value, en: v.value };
	}
}

/** The value with its qualifier: "不超过 36 个月（一般）". */
export function formatValue(dim: Dimension, dv: DatedValue): Localized {
	const base = formatRuleValue(dim, dv.value);
	if (!dv.qualifier) return base;
	const q = QUALIFIERS[dv.qualifier];
	return { zh: `${base.zh}（${q.zh}）`, en: `${base.en} (${q.en})` };
}
