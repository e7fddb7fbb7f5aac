// The current comparison as CSV or JSON, for drafters to take into their own documents. A draft's column
// goes by its region id ("draft-…"), so it can never be read as one of the regulations. Each document's status
// on the date in view goes with it: a first CSV row "document.status", and `statusOn` + `columns[].document`
// in the JSON.

import type { IsoDate, Localized, RegionId } from '$lib/regions/types';
import type { ComparisonRow, CompareSelection } from './compare';
import { toCsv } from './csv';
import { formatValue } from './format';
import type { DocStatus } from './status';

/** The pseudo-dimension of the CSV row that gives each column's document status. */
export const STATUS_ROW = 'document.status';

/**
 * @param statuses each column's document status on one date (same order as `regions`); when given, the first
 *   row, `document.status`, gives them with their validity clauses.
 */
export function comparisonToCsv(
	rows: readonly ComparisonRow[],
	regions: readonly RegionId[],
	statuses?: readonly DocStatus[]
): string {
	const header = [
		'dimension',
		'topic',
		'label_zh',
		'label_en',
		'status',
		...regions.flatMap((r) => [`${r}_value_zh`, `${r}_value_en`, `${r}_citations`])
	];
	const on = statuses?.[0]?.on;
	const statusRow = statuses
		? [
				[
					STATUS_ROW,
					'document',
					`文件状态（按 ${on}）`,
					`Document status on ${on}`,
					'',
					...statuses.flatMap((st, i) => [
						st.label.zh,
						st.label.en,
						st.citations.map((id) => `${regions[i]}:${id}`).join(' ')
					])
				]
			]
		: [];
	return toCsv(header, [
		...statusRow,
		...rows.map((row) => [
			row.dimension.id,
			row.dimension.topic,
			row.dimension.label.zh,
			row.dimension.label.en,
			row.status,
			...row.cells.flatMap((c) => {
				if (!c.value) return ['', '', ''];
				const f = formatValue(row.dimension, c.value);
				return [f.zh, f.en, c.value.citations.map((id) => `${c.region}:${id}`).join(' ')];
			})
		])
	]);
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
		label: s.label,
		citations: s.citations.map((id) => `${region}:${id}`)
	};
}

export function comparisonToJson(
	rows: readonly ComparisonRow[],
	selection: CompareSelection,
	generated: string,
	columns?: readonly ExportColumn[],
	statusOn?: IsoDate
): string {
	return JSON.stringify(
		{
			generated,
			...(statusOn ? { statusOn } : {}),
			selection,
			...(columns ? { columns } : {}),
			rows: rows.map((row) => ({
				dimension: row.dimension.id,
				label: row.dimension.label,
				status: row.status,
				cells: row.cells.map((c) => ({
					region: c.region,
					value: c.value?.value ?? null,
					qualifier: c.value?.qualifier ?? null,
					display: c.value ? formatValue(row.dimension, c.value) : null,
					summary: c.value?.summary ?? null,
					citations: c.value?.citations ?? []
				}))
			}))
		},
		null,
		2
	);
}
