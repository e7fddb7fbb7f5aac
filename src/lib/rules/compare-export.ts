// The current comparison as JSON: the typed values, for reuse (the briefing CSV and Word file are
// briefing.ts's). A draft's column goes by its region id ("draft-…"), so it can never be read as one of the
// regulations. Each document's status on the date in view goes with it (`statusOn` + `columns[].document`).
// With the national baseline, its value comes first, and each column's conformity mark follows the column's.

import type { DatedValue, Dimension, IsoDate, Localized, RegionId } from '$lib/regions/types';
import { wordsInBoth } from './words';
import type { ComparisonRow, CompareSelection } from './compare';
import { conformityJson, type Conformity, type ConformityLookup, type ConformityMark } from './conformity';
import { formatValue } from './format';
import type { DocStatus } from './status';

export interface ExportOptions {
	/** Whether the rows carry the national baseline (a first column). */
	national?: boolean;
	/** Each column's conformity marks against the national framework. */
	marks?: ConformityLookup;
	/** The date the JSON export's `columns[].document` statuses are for. */
	statusOn?: IsoDate;
}

/** A column as the export names it: a regulation, or a user's draft (not a regulation in force). */
export interface ExportColumn {
	region: RegionId;
	name: Localized;
	draft: boolean;
	/** The document's status on the export's `statusOn`. */
	document?: ExportedStatus;
}

export interface ExportedStatus {
	title: Localized;
	state: DocStatus['state'];
	from: IsoDate | null;
	until: IsoDate | null;
	lapsedOn: IsoDate | null;
	kinds: DocStatus['kinds'];
	supersededBy: DocStatus['supersededBy'];
	label: Localized;
	citations: string[];
}

/** A document status as the JSON export gives it (citations qualified by region). */
export function exportStatus(region: RegionId, s: DocStatus): ExportedStatus {
	return {
		title: s.title,
		state: s.state,
		from: s.from,
		until: s.until,
		lapsedOn: s.lapsedOn,
		kinds: s.kinds,
		supersededBy: s.supersededBy,
		// the JSON export says the status line in both languages
		label: wordsInBoth(s.label),
		citations: s.citations.map((id) => `${region}:${id}`)
	};
}

const cellJson = (dim: Dimension, v: DatedValue | undefined) => ({
	value: v?.value ?? null,
	qualifier: v?.qualifier ?? null,
	display: v ? formatValue(dim, v) : null,
	summary: v?.summary ?? null,
	citations: v?.citations ?? [],
	/** The role(s) the value binds (ids of the region's roles), null where it names none. */
	roles: v?.roles?.length ? v.roles : null
});

export function comparisonToJson(
	rows: readonly ComparisonRow[],
	selection: CompareSelection,
	generated: string,
	columns?: readonly ExportColumn[],
	opts: ExportOptions = {}
): string {
	return JSON.stringify(
		{
			generated,
			...(opts.statusOn ? { statusOn: opts.statusOn } : {}),
			selection,
			...(columns ? { columns } : {}),
			rows: rows.map((row) => ({
				dimension: row.dimension.id,
				label: row.dimension.label,
				status: row.status,
				...(opts.national ? { national: cellJson(row.dimension, row.national) } : {}),
				cells: row.cells.map((c) => {
					const m = opts.marks?.get(c.region)?.get(row.dimension.id);
					return {
						region: c.region,
						...cellJson(row.dimension, c.value),
						...(m ? { conformity: conformityJson(m) } : {})
					};
				})
			}))
		},
		null,
		2
	);
}

// ——— one region's conformity with the national framework ———

export function conformityToJson(
	region: RegionId,
	marks: readonly Conformity[],
	counts: Record<ConformityMark, number>,
	generated: string,
	asOf: string | null
): string {
	return JSON.stringify({ generated, region, asOf, counts, marks }, null, 2);
}
