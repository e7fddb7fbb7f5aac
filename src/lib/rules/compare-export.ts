// The current comparison as CSV or JSON, for drafters to take into their own documents. A draft's column
// goes by its region id ("draft-…"), so it can never be read as one of the regulations.

import type { Localized, RegionId } from '$lib/regions/types';
import type { ComparisonRow, CompareSelection } from './compare';
import { toCsv } from './csv';
import { formatValue } from './format';

export function comparisonToCsv(rows: readonly ComparisonRow[], regions: readonly RegionId[]): string {
	const header = [
		'dimension',
		'topic',
		'label_zh',
		'label_en',
		'status',
		...regions.flatMap((r) => [`${r}_value_zh`, `${r}_value_en`, `${r}_citations`])
	];
	return toCsv(
		header,
		rows.map((row) => [
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
	);
}

/** A column as the export names it: a regulation, or a user's draft (not a regulation in force). */
export interface ExportColumn {
	region: RegionId;
	name: Localized;
	draft: boolean;
}

export function comparisonToJson(
	rows: readonly ComparisonRow[],
	selection: CompareSelection,
	generated: string,
	columns?: readonly ExportColumn[]
): string {
	return JSON.stringify(
		{
			generated,
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
