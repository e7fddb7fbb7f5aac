// Side-by-side comparison of rule profiles: which value applies on a date, and whether regions agree.
// A saved draft is one more profile (its column after the regions), so nothing here treats it specially.

import { knownId } from '$lib/regions/ids';
import { draftRegionId } from './draft-ids';
import { DRAFT_PARAM, readDraftParam } from './draft-param';
import { valueInForce } from './in-force';
import type {
	DatedValue,
	Dimension,
	DimensionId,
	IsoDate,
	RegionId,
	RegionProfile,
	RuleValue,
	TopicId
} from '$lib/regions/types';

export type RowStatus = 'same' | 'different' | 'partial' | 'notSpecified';

/** A stable key for comparing values: kind, value, bound, and the qualifier the text puts on it. */
function key(v: DatedValue): string {
	const val: RuleValue = v.value;
	const core =
		val.kind === 'list'
			? { ...val, value: [...val.value].sort() }
			: (val as unknown as Record<string, unknown>);
	return JSON.stringify([core, v.qualifier ?? null]);
}

/**
 * same: every region specifies the same value; different: at least two specified values differ;
 * partial: the regions that specify agree but some are silent; notSpecified: all are silent.
 */
export function rowStatus(cells: readonly (DatedValue | undefined)[]): RowStatus {
	const specified = cells.filter((c): c is DatedValue => !!c && c.value.kind !== 'notSpecified');
	if (!specified.length) return 'notSpecified';
	const distinct = new Set(specified.map(key));
	if (distinct.size > 1) return 'different';
	return specified.length === cells.length ? 'same' : 'partial';
}

/**
 * What kind of difference a row shows, the most telling first: `value` — the texts set different values
 * (numbers, bounds, choices, lists, dates, limited vs unlimited); `qualifier` — the same value, hedged
 * differently (原则上, 一般…); `wording` — free-text values whose words differ (the catalogue cannot tell
 * whether the substance does); `silence` — those that speak agree, but at least one text is silent;
 * `none` — all say the same, or none speaks.
 */
export type DiffKind = 'value' | 'qualifier' | 'wording' | 'silence' | 'none';

export const DIFF_KINDS: readonly Exclude<DiffKind, 'none'>[] = ['value', 'qualifier', 'wording', 'silence'];

/** The kind of difference among the cells (the national baseline counts when it is one of them). */
export function diffKind(cells: readonly (DatedValue | undefined)[]): DiffKind {
	const specified = cells.filter((c): c is DatedValue => !!c && c.value.kind !== 'notSpecified');
	if (!specified.length) return 'none';
	const values = new Set(specified.map((v) => key({ ...v, qualifier: undefined } as DatedValue)));
	if (values.size > 1) {
		const typed = specified.filter((v) => v.value.kind !== 'text');
		// free text against free text is wording; a typed value against another, or against text, is a value
		const typedKeys = new Set(typed.map((v) => key({ ...v, qualifier: undefined } as DatedValue)));
		return typed.length && (typedKeys.size > 1 || typed.length < specified.length) ? 'value' : 'wording';
	}
	if (new Set(specified.map((v) => v.qualifier ?? null)).size > 1) return 'qualifier';
	return specified.length === cells.length ? 'none' : 'silence';
}

export interface ComparisonRow {
	dimension: Dimension;
	/** How the regions (and draft) compare among themselves; the national baseline does not count. */
	status: RowStatus;
	/** The kind of difference, the national baseline included where the comparison has it. */
	diff: DiffKind;
	cells: { region: RegionId; value: DatedValue | undefined }[];
	/** The national framework's value, where the comparison has the baseline (undefined: not in force). */
	national?: DatedValue | undefined;
}

export interface ComparisonOptions {
	/** Keep the rows of these topics (none or empty: every topic). */
	topics?: readonly TopicId[];
	/** Keep only these dimensions, hand-picked (none or empty: every row). */
	picked?: readonly DimensionId[];
	/**
	 * Keep only rows whose difference is one of these kinds (the national baseline counted, if given);
	 * none or empty: every row.
	 */
	differences?: readonly DiffKind[];
	asOf?: IsoDate | null;
	/** The national framework's profile: a baseline value on every row. */
	national?: RegionProfile | null;
}

export function buildComparison(
	dimensions: readonly Dimension[],
	profiles: readonly RegionProfile[],
	opts: ComparisonOptions = {}
): ComparisonRow[] {
	const rows: ComparisonRow[] = [];
	const topics = opts.topics?.length ? new Set(opts.topics) : null;
	const picked = opts.picked?.length ? new Set(opts.picked) : null;
	const kinds = opts.differences?.length ? new Set(opts.differences) : null;
	for (const dimension of dimensions) {
		if (topics && !topics.has(dimension.topic)) continue;
		if (picked && !picked.has(dimension.id)) continue;
		const cells = profiles.map((p) => ({
			region: p.region,
			value: valueInForce(p.values[dimension.id] ?? [], opts.asOf ?? null)
		}));
		const status = rowStatus(cells.map((c) => c.value));
		const national = opts.national
			? valueInForce(opts.national.values[dimension.id] ?? [], opts.asOf ?? null)
			: undefined;
		// differences count the baseline: regions agreeing with each other but not with it still differ
		const diff = diffKind(
			opts.national ? [...cells.map((c) => c.value), national] : cells.map((c) => c.value)
		);
		if (kinds && !kinds.has(diff)) continue;
		rows.push(
			opts.national ? { dimension, status, diff, cells, national } : { dimension, status, diff, cells }
		);
	}
	return rows;
}

// ——— the selection in the URL, so a comparison can be shared ———

export interface CompareSelection {
	regions: RegionId[];
	/** The topics shown (empty: all). */
	topics: TopicId[];
	/** The kinds of difference kept (empty: every row, differing or not). */
	differences: Exclude<DiffKind, 'none'>[];
	/** The drafter's own rows ("my six themes"), in catalogue order when shown. */
	picked: DimensionId[];
	/** Show only the picked rows. */
	onlyPicked: boolean;
	asOf: IsoDate | null;
	/** A saved draft's library item id: one more column after the regions (null: none). */
	draft: string | null;
	/** The national framework as a first, baseline column (on unless the URL says nat=0). */
	national: boolean;
}

/** The URL parameter that hides the national baseline column ("nat=0"). */
export const NATIONAL_PARAM = 'nat';

export const MIN_REGIONS = 2;

/**
 * Without a choice in the URL, the comparison opens on the first this-many regions (every region while the
 * corpus has no more): with hundreds of regions, a default of "all" would be hundreds of columns.
 */
export const DEFAULT_REGIONS = 5;

/** The regulations a selection must keep: two, or one beside a draft (a draft against its base is the point). */
export function minRegions(s: Pick<CompareSelection, 'draft'>): number {
	return s.draft ? 1 : MIN_REGIONS;
}

/** The comparison's columns, in order: the chosen regions, then the draft under its region id. */
export function selectionColumns(s: Pick<CompareSelection, 'regions' | 'draft'>): RegionId[] {
	return s.draft ? [...s.regions, draftRegionId(s.draft)] : [...s.regions];
}

const list = (params: URLSearchParams, name: string): string[] => [
	...new Set((params.get(name) ?? '').split(',').filter(Boolean))
];

/** Read a selection from URL parameters, dropping unknown regions, topics, rows and duplicates. */
export function parseSelection(
	params: URLSearchParams,
	known: readonly RegionId[],
	topics: readonly TopicId[],
	dimensions: readonly DimensionId[] = []
): CompareSelection {
	const regions = list(params, 'r').flatMap((r) => knownId(r, known) ?? []);
	const asOf = params.get('asOf');
	// diff=1 (older links): every kind of difference
	const diff = params.get('diff') === '1' ? [...DIFF_KINDS] : list(params, 'diff');
	const picked = list(params, 'pick').filter((d): d is DimensionId =>
		(dimensions as readonly string[]).includes(d)
	);
	return {
		regions: regions.length ? regions : known.slice(0, DEFAULT_REGIONS),
		topics: list(params, 'topic').filter((t): t is TopicId => (topics as string[]).includes(t)),
		differences: DIFF_KINDS.filter((k) => diff.includes(k)),
		picked,
		onlyPicked: picked.length > 0 && params.get('mine') === '1',
		asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
		draft: readDraftParam(params).id,
		national: params.get(NATIONAL_PARAM) !== '0'
	};
}

export function selectionToParams(s: CompareSelection): URLSearchParams {
	const p = new URLSearchParams();
	p.set('r', s.regions.join(','));
	if (s.topics.length) p.set('topic', s.topics.join(','));
	if (s.differences.length) p.set('diff', s.differences.join(','));
	if (s.picked.length) p.set('pick', s.picked.join(','));
	if (s.onlyPicked && s.picked.length) p.set('mine', '1');
	if (s.asOf) p.set('asOf', s.asOf);
	if (s.draft) p.set(DRAFT_PARAM, s.draft);
	if (!s.national) p.set(NATIONAL_PARAM, '0');
	return p;
}

/** The comparison options a selection asks for. */
export function selectionOptions(s: CompareSelection, national: RegionProfile | null): ComparisonOptions {
	return {
		topics: s.topics,
		differences: s.differences,
		picked: s.onlyPicked ? s.picked : [],
		asOf: s.asOf,
		national
	};
}

/** How many rows show each kind of difference (before the difference filter), for the filter's counts. */
export function diffCounts(rows: readonly ComparisonRow[]): Record<DiffKind, number> {
	const counts: Record<DiffKind, number> = { value: 0, qualifier: 0, wording: 0, silence: 0, none: 0 };
	for (const r of rows) counts[r.diff]++;
	return counts;
}
