// The drafting editor's form fields and the typed values they stand for: what a drafter types is checked
// here and turned into a RuleValue, and back. Pure: no DOM, no Svelte, no storage.

import { isProvision } from '$lib/corpus/corpus';
import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import type {
	Clause,
	ClauseId,
	Corpus,
	DatedValue,
	Dimension,
	DimensionId,
	IsoDate,
	Localized,
	Qualifier,
	RegionId,
	RuleValue,
	TopicId
} from '$lib/regions/types';
import { parseIsoDate } from '$lib/rules/dates';
import { formatValue, qualifierQuoted } from '$lib/rules/format';
import type { Draft, DraftIssue } from './types';

/** What the kind selector offers: the text is silent, it sets a value, or (numbers only) it sets no bound. */
export type ValueChoice = 'notSpecified' | 'value' | 'unlimited';

export type Bound = 'atMost' | 'atLeast' | 'exactly';

/** Every field of the value editor, as typed; only the ones for the dimension's type are read. */
export interface ValueFields {
	choice: ValueChoice;
	number: string;
	bound: Bound;
	option: string;
	list: string[];
	/** A list dimension without coded options: one entry a line. */
	listText: string;
	yesNo: '' | 'yes' | 'no';
	text: Localized;
	/** '' stands for a date the text leaves blank. */
	date: string;
}

/** Why the fields do not make a value yet; the editor says so beside the field and keeps the last value. */
export type FieldProblem = 'numberEmpty' | 'numberInvalid' | 'optionEmpty' | 'yesNoEmpty' | 'dateInvalid';

export type FieldsResult = { ok: true; value: RuleValue } | { ok: false; problem: FieldProblem };

export const QUALIFIER_CHOICES: readonly Qualifier[] = [
	'inPrinciple',
	'generally',
	'provisional',
	'discretionary'
];

/** The qualifier as the texts write it, for the selector (rules/format.ts's one qualifier table). */
export const QUALIFIER_WORDS = Object.fromEntries(
	QUALIFIER_CHOICES.map((q) => [q, qualifierQuoted(q)])
) as Record<Qualifier, Localized>;

/** The kinds a dimension's selector offers: "unlimited" only where a number could be unbounded. */
export function choicesFor(dim: Dimension): ValueChoice[] {
	return dim.type === 'number' ? ['notSpecified', 'value', 'unlimited'] : ['notSpecified', 'value'];
}

const EMPTY_FIELDS: Omit<ValueFields, 'choice'> = {
	number: '',
	bound: 'atMost',
	option: '',
	list: [],
	listText: '',
	yesNo: '',
	text: { zh: '', en: '' },
	date: ''
};

/** The fields showing a value (a value of the wrong kind shows as its dimension's empty fields). */
export function fieldsFromValue(dim: Dimension, v: RuleValue): ValueFields {
	const f: ValueFields = { choice: 'value', ...EMPTY_FIELDS, list: [], text: { zh: '', en: '' } };
	switch (v.kind) {
		case 'notSpecified':
			return { ...f, choice: 'notSpecified' };
		case 'unlimited':
			return { ...f, choice: dim.type === 'number' ? 'unlimited' : 'value' };
		case 'number':
			return { ...f, number: String(v.value), bound: v.bound };
		case 'enum':
			return { ...f, option: v.value };
		case 'boolean':
			return { ...f, yesNo: v.value ? 'yes' : 'no' };
		case 'list':
			return { ...f, list: [...v.value], listText: v.value.join('\n') };
		case 'text':
			return { ...f, text: { ...v.value } };
		case 'date':
			return { ...f, date: v.value ?? '' };
	}
}

const FULL_WIDTH = /[０-９．－＋]/g;
const toHalfWidth = (s: string) =>
	s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[−–]/g, '-');

/** A number as typed ("24", "２４", "-3", "1.5"); null when it is not one. */
export function parseNumber(s: string): number | null {
	const t = toHalfWidth(s.trim());
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
	const n = Number(t);
	return Number.isFinite(n) ? n : null;
}

/**
 * The value the fields stand for. Impossible values that are still values (a negative term) are returned:
 * the validator names them against the rest of the draft.
 */
export function valueFromFields(dim: Dimension, f: ValueFields): FieldsResult {
	if (f.choice === 'notSpecified') return { ok: true, value: { kind: 'notSpecified' } };
	if (f.choice === 'unlimited' && dim.type === 'number') return { ok: true, value: { kind: 'unlimited' } };
	switch (dim.type) {
		case 'number': {
			if (!f.number.trim()) return { ok: false, problem: 'numberEmpty' };
			const n = parseNumber(f.number);
			if (n === null) return { ok: false, problem: 'numberInvalid' };
			return { ok: true, value: { kind: 'number', value: n, bound: f.bound } };
		}
		case 'enum':
			if (!f.option) return { ok: false, problem: 'optionEmpty' };
			return { ok: true, value: { kind: 'enum', value: f.option } };
		case 'boolean':
			if (!f.yesNo) return { ok: false, problem: 'yesNoEmpty' };
			return { ok: true, value: { kind: 'boolean', value: f.yesNo === 'yes' } };
		case 'list': {
			if (dim.options) {
				// the catalogue's order, whatever order the boxes were ticked in
				const order = dim.options.map((o) => o.value);
				const known = order.filter((c) => f.list.includes(c));
				const unknown = f.list.filter((c) => !order.includes(c));
				return { ok: true, value: { kind: 'list', value: [...known, ...unknown] } };
			}
			const items = [
				...new Set(
					f.listText
						.split('\n')
						.map((s) => s.trim())
						.filter(Boolean)
				)
			];
			return { ok: true, value: { kind: 'list', value: items } };
		}
		case 'text':
			return { ok: true, value: { kind: 'text', value: { zh: f.text.zh, en: f.text.en } } };
		case 'date': {
			const d = f.date.trim();
			if (!d) return { ok: true, value: { kind: 'date', value: null } };
			if (!parseIsoDate(d)) return { ok: false, problem: 'dateInvalid' };
			return { ok: true, value: { kind: 'date', value: d } };
		}
	}
}

export interface DatedValuePatch {
	value?: RuleValue;
	/** '' clears it. */
	qualifier?: Qualifier | '';
	summary?: Localized;
	/** Both sides blank clears it. */
	note?: Localized;
	citations?: ClauseId[];
	from?: IsoDate | null;
}

/** A dated value with some fields changed; optional fields left empty are dropped, not stored blank. */
export function patchDatedValue(dv: DatedValue, patch: DatedValuePatch): DatedValue {
	const next: DatedValue = {
		from: patch.from !== undefined ? patch.from : dv.from,
		value: patch.value ?? dv.value,
		summary: patch.summary ?? dv.summary,
		citations: patch.citations ?? dv.citations
	};
	const qualifier = patch.qualifier !== undefined ? patch.qualifier : dv.qualifier;
	if (qualifier) next.qualifier = qualifier;
	const note = patch.note ?? dv.note;
	if (note && (note.zh.trim() || note.en.trim())) next.note = note;
	// the tier a value binds stays with it (issue 22, item 1): a clone of Henan or Jiangsu keeps its roles
	if (dv.roles?.length) next.roles = [...dv.roles];
	return next;
}

/** A further value from `from` on, starting as a copy of the last one (OpenFisca-style dated values). */
export function addDatedValue(values: readonly DatedValue[], from: IsoDate): DatedValue[] {
	const last = values.at(-1);
	const copy: DatedValue = last
		? { ...structuredClone(last), from }
		: { from, value: { kind: 'notSpecified' }, summary: { zh: '', en: '' }, citations: [] };
	return [...values, copy];
}

/** The list without the value at `index`; the last value is never removed (a dimension needs one). */
export function removeDatedValue(values: readonly DatedValue[], index: number): DatedValue[] {
	if (values.length <= 1) return [...values];
	return values.filter((_, i) => i !== index);
}

/** The first words of a clause, for a preview line. */
export function firstWords(text: string, max = 28): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export interface ClauseChoice {
	id: ClauseId;
	label: Localized;
	depth: number;
	kind: Clause['kind'];
	words: string;
}

/** The clauses a value may cite (provisions, in document order), each with its label and first words. */
export function clauseChoices(corpus: Corpus): ClauseChoice[] {
	return corpus.clauses.filter(isProvision).map((c) => ({
		id: c.id,
		label: c.label,
		depth: c.depth,
		kind: c.kind,
		words: firstWords(c.heading ? `${c.heading}` : c.text)
	}));
}

/** Choices whose id, label (either language) or first words contain every word of the query. */
export function filterChoices(choices: readonly ClauseChoice[], query: string): ClauseChoice[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return [...choices];
	return choices.filter((c) => {
		const hay = `${c.id} ${c.label.zh} ${c.label.en} ${c.words}`.toLowerCase();
		return words.every((w) => hay.includes(w));
	});
}

export interface ParsePreview {
	/** Every clause the text splits into (furniture included). */
	count: number;
	/** Provisions only: articles, sections, items, paragraphs. */
	provisions: number;
	outline: ClauseChoice[];
}

/** The preview shown before a pasted text is applied: counts and the outline of ids and labels. */
export function parsePreview(corpus: Corpus): ParsePreview {
	const outline = corpus.clauses.map((c) => ({
		id: c.id,
		label: c.label,
		depth: c.depth,
		kind: c.kind,
		words: firstWords(c.heading ?? c.text)
	}));
	return {
		count: corpus.clauses.length,
		provisions: corpus.clauses.filter(isProvision).length,
		outline
	};
}

/** The draft's values read for a collapsed row: each dated value formatted, with its start date (law-derived
 * words: the rule's values, as rules/format.ts says them). */
export function valueDigest(dim: Dimension, values: readonly DatedValue[]): Localized {
	const parts = values.map((v) => {
		const f = formatValue(dim, v);
		return v.from === null ? f : { zh: `自 ${v.from} 起：${f.zh}`, en: `from ${v.from}: ${f.en}` };
	});
	return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}

export interface RowFilter {
	topic: TopicId | '';
	onlyChanged: boolean;
	/** Only dimensions with an error or a warning. */
	onlyIssues?: boolean;
	/** Words in the label (either language) or the id. */
	text?: string;
}

/** The dimensions the rules section shows, grouped by topic in catalogue order (empty topics left out). */
export function visibleRows(
	filter: RowFilter,
	changed: (id: DimensionId) => boolean,
	hasIssue: (id: DimensionId) => boolean = () => false
): { topic: (typeof TOPICS)[number]; dimensions: Dimension[] }[] {
	const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const shown = DIMENSIONS.filter((d) => {
		if (filter.topic && d.topic !== filter.topic) return false;
		if (filter.onlyChanged && !changed(d.id)) return false;
		if (filter.onlyIssues && !hasIssue(d.id)) return false;
		const hay = `${d.id} ${d.label.zh} ${d.label.en}`.toLowerCase();
		return words.every((w) => hay.includes(w));
	});
	return TOPICS.map((topic) => ({ topic, dimensions: shown.filter((d) => d.topic === topic.id) })).filter(
		(g) => g.dimensions.length > 0
	);
}

/** Issues with errors first (in their order), then warnings. */
export function sortIssues(issues: readonly DraftIssue[]): DraftIssue[] {
	return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
}

/** Issues by the dimension they are about (issues about the whole draft under ''). */
export function issuesByDimension(
	issues: readonly DraftIssue[]
): Map<NonNullable<DraftIssue['dimension']> | '', DraftIssue[]> {
	const out = new Map<NonNullable<DraftIssue['dimension']> | '', DraftIssue[]>();
	for (const i of sortIssues(issues)) {
		const key = i.dimension ?? '';
		out.set(key, [...(out.get(key) ?? []), i]);
	}
	return out;
}

/** The element id of a dimension's row in the editor ("dim-term-maxMonths"). */
export function rowId(dim: DimensionId): string {
	return `dim-${dim.replace(/\./g, '-')}`;
}

/** The dimension a row id names, if it is one. */
export function dimensionOfRowId(id: string): DimensionId | null {
	const found = DIMENSIONS.find((d) => rowId(d.id) === id);
	return found ? found.id : null;
}

/** The regions a comparison with the draft starts from: its base, or the first two regions for a blank one. */
export function compareRegions(draft: Pick<Draft, 'base'>, regionIds: readonly RegionId[]): RegionId[] {
	if (draft.base && regionIds.includes(draft.base)) return [draft.base];
	return regionIds.slice(0, 2);
}

/** Why the draft cannot be simulated or put on a timeline yet; null when it can. */
export function journeyBlocker(
	draft: Pick<Draft, 'procedure'>,
	issues: readonly DraftIssue[]
): 'errors' | 'noProcedure' | null {
	if (issues.some((i) => i.severity === 'error')) return 'errors';
	if (!draft.procedure) return 'noProcedure';
	return null;
}

/** A file name from the draft's name: characters file systems refuse become "-". */
export function draftFileName(draft: Pick<Draft, 'name' | 'title'>, ext: string): string {
	const raw = (draft.name.trim() || draft.title.trim() || 'draft')
		// eslint-disable-next-line no-control-regex -- controls are exactly what a file name must not hold
		.replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${raw || 'draft'}.${ext}`;
}
