// Side-by-side comparison of rule profiles: which value applies on a date, and whether regions agree.
// A saved draft is one more profile (its column after the regions), so nothing here treats it specially.

import { draftRegionId } from './draft-ids';
import { DRAFT_PARAM, readDraftParam } from './draft-param';
import { valueInForce } from './in-force';
import type {
	DatedValue,
	Dimension,
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

export interface ComparisonRow {
	dimension: Dimension;
	/** How the regions (and draft) compare among themselves; the national baseline does not count. */
	status: RowStatus;
	cells: { region: RegionId; value: DatedValue | undefined }[];
	/** The national framework's value, where the comparison has the baseline (undefined: not in force). */
	national?: DatedValue<string> | undefined;
}

export interface ComparisonOptions {
	topic?: TopicId | null;
	/** Keep only rows where the columns (with the national baseline, if given) do not all say the same. */
	onlyDifferences?: boolean;
	asOf?: IsoDate | null;
	/** The national framework's profile: a baseline value on every row. */
	national?: RegionProfile<string> | null;
}

export function buildComparison(
	dimensions: readonly Dimension[],
	profiles: readonly RegionProfile[],
	opts: ComparisonOptions = {}
): ComparisonRow[] {
	const rows: ComparisonRow[] = [];
	for (const dimension of dimensions) {
		if (opts.topic && dimension.topic !== opts.topic) continue;
		const cells = profiles.map((p) => ({
			region: p.region,
			value: valueInForce(p.values[dimension.id] ?? [], opts.asOf ?? null)
		}));
		const status = rowStatus(cells.map((c) => c.value));
		const national = opts.national
			? valueInForce(opts.national.values[dimension.id] ?? [], opts.asOf ?? null)
			: undefined;
		// "only differences" keeps rows where the columns do not all say the same thing (the baseline included)
		const all = opts.national ? rowStatus([...cells.map((c) => c.value), national]) : status;
		if (opts.onlyDifferences && (all === 'same' || all === 'notSpecified')) continue;
		rows.push(opts.national ? { dimension, status, cells, national } : { dimension, status, cells });
	}
	return rows;
}

// ——— the selection in the URL, so a comparison can be shared ———

export interface CompareSelection {
	regions: RegionId[];
	topic: TopicId | null;
	onlyDifferences: boolean;
	asOf: IsoDate | null;
	/** A saved draft's library item id: one more column after the regions (null: none). */
	draft: string | null;
	/** The national framework as a first, baseline column (on unless the URL says nat=0). */
	national: boolean;
}

/** The URL parameter that hides the national baseline column ("nat=0"). */
export const NATIONAL_PARAM = 'nat';

export const MIN_REGIONS = 2;

/** The regulations a selection must keep: two, or one beside a draft (a draft against its base is the point). */
export function minRegions(s: Pick<CompareSelection, 'draft'>): number {
	return s.draft ? 1 : MIN_REGIONS;
}

/** The comparison's columns, in order: the chosen regions, then the draft under its region id. */
export function selectionColumns(s: Pick<CompareSelection, 'regions' | 'draft'>): RegionId[] {
	return s.draft ? [...s.regions, draftRegionId(s.draft)] : [...s.regions];
}

/** Read a selection from URL parameters, dropping unknown regions and duplicates; defaults where absent. */
export function parseSelection(
	params: URLSearchParams,
	known: readonly RegionId[],
	topics: readonly TopicId[]
): CompareSelection {
	const asked = (params.get('r') ?? '').split(',').filter(Boolean);
	const regions = [...new Set(asked)].filter((r) => known.includes(r));
	const topic = params.get('topic');
	const asOf = params.get('asOf');
	return {
		regions: regions.length ? regions : [...known],
		topic: topic && (topics as string[]).includes(topic) ? (topic as TopicId) : null,
		onlyDifferences: params.get('diff') === '1',
		asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
		draft: readDraftParam(params).id,
		national: params.get(NATIONAL_PARAM) !== '0'
	};
}

export function selectionToParams(s: CompareSelection): URLSearchParams {
	const p = new URLSearchParams();
	p.set('r', s.regions.join(','));
	if (s.topic) p.set('topic', s.topic);
	if (s.onlyDifferences) p.set('diff', '1');
	if (s.asOf) p.set('asOf', s.asOf);
	if (s.draft) p.set(DRAFT_PARAM, s.draft);
	if (!s.national) p.set(NATIONAL_PARAM, '0');
	return p;
}
