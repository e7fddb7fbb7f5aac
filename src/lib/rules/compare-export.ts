// The current comparison as CSV or JSON, for drafters to take into their own documents. A draft's column
// goes by its region id ("draft-…"), so it can never be read as one of the regulations. Each document's status
// on the date in view goes with it: a first CSV row "document.status", and `statusOn` + `columns[].document`
// in the JSON. With the national baseline, its value comes first, and each column's conformity mark follows
// the column's value.

import { NATIONAL_ID } from '$lib/regions/national/framework';
import type { DatedValue, Dimension, IsoDate, Localized, RegionId, RegionProfile } from '$lib/regions/types';
import type { ComparisonRow, CompareSelection } from './compare';
import { valueInForce } from './in-force';
import type { Conformity, ConformityLookup, ConformityMark } from './conformity';
import { qualifiedRef } from '$lib/regions/citation';
import { roleInfo } from '$lib/regions/roles';
import { toCsv } from './csv';
import { formatValue } from './format';
import type { DocStatus } from './status';

/** The pseudo-dimension of the CSV row that gives each column's document status. */
export const STATUS_ROW = 'document.status';

export interface ExportOptions {
	/** Whether the rows carry the national baseline (a first column). */
	national?: boolean;
	/** Each column's conformity marks against the national framework. */
	marks?: ConformityLookup;
	/**
	 * Each column's document status on one date (same order as `regions`); when given, the CSV's first row,
	 * `document.status`, gives them with their validity clauses.
	 */
	statuses?: readonly DocStatus[];
	/** The date the JSON export's `columns[].document` statuses are for. */
	statusOn?: IsoDate;
}

/** The tier a value binds, before the value (〔开发主体〕 / [development entity]); empty where it names none. */
function rolePrefix(region: RegionId, v: DatedValue<string>): Localized {
	const terms = (v.roles ?? []).map((id) => roleInfo(region, id)?.term ?? { zh: id, en: id });
	if (!terms.length) return { zh: '', en: '' };
	return {
		zh: `〔${terms.map((t) => t.zh).join('、')}〕`,
		en: `[${terms.map((t) => t.en).join(', ')}] `
	};
}

const cellCsv = (dim: Dimension, region: RegionId, v: DatedValue<string> | undefined): string[] => {
	if (!v) return ['', '', ''];
	const f = formatValue(dim, v);
	const role = rolePrefix(region, v);
	return [role.zh + f.zh, role.en + f.en, v.citations.map((id) => qualifiedRef(region, id)).join(' ')];
};

export function comparisonToCsv(
	rows: readonly ComparisonRow[],
	regions: readonly RegionId[],
	opts: ExportOptions = {}
): string {
	const { marks, statuses } = opts;
	const header = [
		'dimension',
		'topic',
		'label_zh',
		'label_en',
		'status',
		...(opts.national
			? [`${NATIONAL_ID}_value_zh`, `${NATIONAL_ID}_value_en`, `${NATIONAL_ID}_citations`]
			: []),
		...regions.flatMap((r) => [
			`${r}_value_zh`,
			`${r}_value_en`,
			`${r}_citations`,
			...(marks ? [`${r}_conformity`, `${r}_conformity_reason_zh`, `${r}_conformity_national_citations`] : [])
		])
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
					...(opts.national ? ['', '', ''] : []),
					...statuses.flatMap((st, i) => [
						st.label.zh,
						st.label.en,
						st.citations.map((id) => `${regions[i]}:${id}`).join(' '),
						...(marks ? ['', '', ''] : [])
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
			...(opts.national ? cellCsv(row.dimension, NATIONAL_ID, row.national) : []),
			...row.cells.flatMap((c) => {
				const m = marks?.get(c.region)?.get(row.dimension.id);
				return [
					...cellCsv(row.dimension, c.region, c.value),
					...(marks ? (m ? [m.mark, m.reason.zh, m.national.join(' ')] : ['', '', '']) : [])
				];
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

const cellJson = (dim: Dimension, v: DatedValue<string> | undefined) => ({
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
						...(m
							? {
									conformity: {
										mark: m.mark,
										relation: m.relation,
										basis: m.basis,
										reason: m.reason,
										regionalCitations: m.regional,
										nationalCitations: m.national
									}
								}
							: {})
					};
				})
			}))
		},
		null,
		2
	);
}

// ——— one region's conformity with the national framework ———

export const CONFORMITY_CSV_HEADER = [
	'region',
	'dimension',
	'topic',
	'label_zh',
	'label_en',
	'mark',
	'relation',
	'basis',
	'national_value_zh',
	'region_value_zh',
	'reason_zh',
	'reason_en',
	'regional_citations',
	'national_citations'
] as const;

/** One row per dimension: the mark, both values as read, the reason and both sides' clauses. */
export function conformityToCsv(
	marks: readonly Conformity[],
	dimensions: readonly Dimension[],
	values: { national: RegionProfile<string>; region: RegionProfile },
	asOf: string | null = null
): string {
	const dims = new Map(dimensions.map((d) => [d.id, d]));
	const shown = (dim: Dimension, v: readonly DatedValue<string>[] | undefined) => {
		const at = valueInForce(v ?? [], asOf);
		return at ? formatValue(dim, at).zh : '';
	};
	return toCsv(
		CONFORMITY_CSV_HEADER,
		marks.map((m) => {
			const dim = dims.get(m.dimension)!;
			return [
				m.region,
				m.dimension,
				dim.topic,
				dim.label.zh,
				dim.label.en,
				m.mark,
				m.relation,
				m.basis,
				shown(dim, values.national.values[m.dimension]),
				shown(dim, values.region.values[m.dimension]),
				m.reason.zh,
				m.reason.en,
				m.regional.join(' '),
				m.national.join(' ')
			];
		})
	);
}

export function conformityToJson(
	region: RegionId,
	marks: readonly Conformity[],
	counts: Record<ConformityMark, number>,
	generated: string,
	asOf: string | null
): string {
	return JSON.stringify({ generated, region, asOf, counts, marks }, null, 2);
}
