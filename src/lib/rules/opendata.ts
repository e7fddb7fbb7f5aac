// The open-data file: every region's rule values with citations, in a documented, versioned shape
// (README "Open data"). The build writes it to /data/rules.json and /data/rules.csv.

import type {
	ClauseId,
	Dimension,
	DimensionType,
	IsoDate,
	Localized,
	Qualifier,
	RegionLevel,
	RegionMeta,
	RegionProfile,
	DocumentStatus,
	RuleValue,
	TopicId,
	Unit
} from '$lib/regions/types';
import { formatRuleValue } from './format';
import { validityWindow } from './validity';
import { toCsv } from './csv';

/** Semantic version of the file's shape: a breaking change bumps the major. */
export const OPEN_DATA_VERSION = '1.1.0';

export interface OpenData {
	version: string;
	generated: string;
	regions: {
		id: string;
		title: Localized;
		level: RegionLevel;
		status: DocumentStatus[];
		validFrom: IsoDate | null;
		validUntil: IsoDate | null;
	}[];
	dimensions: {
		id: string;
		topic: TopicId;
		label: Localized;
		type: DimensionType;
		unit: Unit | null;
		options: { value: string; label: Localized }[] | null;
	}[];
	values: {
		region: string;
		dimension: string;
		from: IsoDate | null;
		value: RuleValue;
		qualifier: Qualifier | null;
		summary: Localized;
		citations: ClauseId[];
		note: Localized | null;
	}[];
}

export function buildOpenData(
	regions: readonly RegionMeta[],
	dimensions: readonly Dimension[],
	profiles: readonly RegionProfile[],
	generated: string
): OpenData {
	return {
		version: OPEN_DATA_VERSION,
		generated,
		regions: regions.map((r) => {
			const w = validityWindow(r.validity);
			return {
				id: r.id,
				title: r.title,
				level: r.level,
				status: r.status,
				validFrom: w?.from ?? null,
				validUntil: w?.until ?? null
			};
		}),
		dimensions: dimensions.map((d) => ({
			id: d.id,
			topic: d.topic,
			label: d.label,
			type: d.type,
			unit: d.unit ?? null,
			options: d.options ?? null
		})),
		values: profiles.flatMap((p) =>
			dimensions.flatMap((d) =>
				(p.values[d.id] ?? []).map((v) => ({
					region: p.region,
					dimension: d.id,
					from: v.from,
					value: v.value,
					qualifier: v.qualifier ?? null,
					summary: v.summary,
					citations: v.citations,
					note: v.note ?? null
				}))
			)
		)
	};
}

export const OPEN_DATA_CSV_HEADER = [
	'region',
	'dimension',
	'topic',
	'from',
	'kind',
	'value',
	'bound',
	'qualifier',
	'value_zh',
	'value_en',
	'summary_zh',
	'summary_en',
	'citations'
] as const;

/** One row per value; `value` is machine-readable (numbers, codes joined by "|"), value_zh/en are readable. */
export function openDataToCsv(data: OpenData, dimensions: readonly Dimension[]): string {
	const dims = new Map(dimensions.map((d) => [d.id, d]));
	return toCsv(
		OPEN_DATA_CSV_HEADER,
		data.values.map((v) => {
			const dim = dims.get(v.dimension)!;
			const val = v.value;
			const raw =
				val.kind === 'number' || val.kind === 'enum' || val.kind === 'boolean' || val.kind === 'date'
					? val.value
					: val.kind === 'list'
						? val.value.join('|')
						: val.kind === 'text'
							? val.value.zh
							: '';
			const readable = formatRuleValue(dim, val);
			return [
				v.region,
				v.dimension,
				dim.topic,
				v.from ?? '',
				val.kind,
				raw,
				val.kind === 'number' ? val.bound : '',
				v.qualifier ?? '',
				readable.zh,
				readable.en,
				v.summary.zh,
				v.summary.en,
				v.citations.join(' ')
			];
		})
	);
}
