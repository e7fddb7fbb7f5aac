// The open-data file: every region's rule values with citations, in a documented, versioned shape
// (README "Open data"). The build writes it to /data/rules.json and /data/rules.csv.

import type {
	ClauseId,
	DatedValue,
	Dimension,
	DimensionId,
	DimensionType,
	IsoDate,
	Localized,
	Qualifier,
	RegionLevel,
	RegionMeta,
	RegionId,
	RegionProfile,
	RoleId,
	DocumentStatus,
	RuleValue,
	Strictness,
	TopicId,
	Unit
} from '$lib/regions/types';
import { conformityJson, type Conformity, type ConformityMark } from './conformity';
import { formatRuleValue } from './format';
import { validityWindow } from './validity';
import { toCsv } from './csv';
import { REGION_ROLES, roleInfo } from '$lib/regions/roles';
import { OPEN_DATA_VERSION } from './opendata-version';

/** The file's shape's version (its own module, so the /data/ page shows it without the builder). */
export { OPEN_DATA_VERSION };

/** A region's role in the open data: the glossary's id and word, the text's own word, the defining clauses. */
export interface OpenDataRole {
	id: RoleId;
	label: Localized;
	term: Localized;
	citations: ClauseId[];
}

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
		/** The roles the text defines (its tiers). Since 1.3. */
		roles?: OpenDataRole[];
	}[];
	dimensions: {
		id: string;
		topic: TopicId;
		label: Localized;
		type: DimensionType;
		unit: Unit | null;
		options: { value: string; label: Localized }[] | null;
		/** Which way a value is stricter (conformity); null where it is judged by hand. Since 1.2. */
		strictness?: Strictness | null;
		/** A free-text dimension compared through a typed one. Since 1.2. */
		comparedAs?: string | null;
		/** A two-tier text answers it tier by tier: its values there name their roles. Since 1.3. */
		perRole?: boolean;
	}[];
	values: {
		region: string;
		dimension: DimensionId;
		from: IsoDate | null;
		value: RuleValue;
		qualifier: Qualifier | null;
		summary: Localized;
		citations: ClauseId[];
		note: Localized | null;
		/** The role(s) of the region's `roles` the value binds; null where not about one tier. Since 1.3. */
		roles?: RoleId[] | null;
	}[];
	/** The national framework's values; citations name their document ("nationalSpec:art-14-2"). Since 1.2. */
	national?: {
		id: string;
		name: Localized;
		validFrom: IsoDate;
		documents: { id: string; name: Localized }[];
		values: {
			dimension: DimensionId;
			from: IsoDate | null;
			value: RuleValue;
			qualifier: Qualifier | null;
			summary: Localized;
			citations: string[];
			note: Localized | null;
		}[];
	};
	/** Every region's mark against the national value, with both sides' clauses. Since 1.2. */
	conformity?: {
		region: string;
		dimension: DimensionId;
		mark: ConformityMark;
		relation: ConformityMark;
		basis: Conformity['basis'];
		reason: Localized;
		regionalCitations: string[];
		nationalCitations: string[];
	}[];
}

/** The national baseline and the marks, for the full open-data file (a draft's export leaves them out). */
export interface NationalOpenData {
	id: string;
	name: Localized;
	validFrom: IsoDate;
	documents: { id: string; name: Localized }[];
	profile: RegionProfile;
	marks: readonly Conformity[];
}

/**
 * A region's roles as its eligibility.yaml declares them; for a region that declares none (a draft), the
 * roles its values name, read as any region defines them (the ids are the glossary's).
 */
function regionRoles(region: RegionId, profile: RegionProfile | undefined): OpenDataRole[] {
	const own = REGION_ROLES[region];
	const ids = own?.length
		? own.map((r) => r.role)
		: [...new Set(Object.values(profile?.values ?? {}).flatMap((vs) => vs.flatMap((v) => v.roles ?? [])))];
	return ids.flatMap((id) => {
		const r = roleInfo(region, id);
		return r ? [{ id, label: r.label, term: r.term, citations: own?.length ? r.citations : [] }] : [];
	});
}

/** `roles` where the region has any (a draft whose values name none leaves the field out). */
const withRoles = (roles: OpenDataRole[]) => (roles.length ? { roles } : {});

/** One dated value as a row of the open data (regional rows add their region in front). */
const valueRow = (dimension: DimensionId, v: DatedValue) => ({
	dimension,
	from: v.from,
	value: v.value,
	qualifier: v.qualifier ?? null,
	summary: v.summary,
	citations: v.citations,
	note: v.note ?? null
});

export function buildOpenData(
	regions: readonly RegionMeta[],
	dimensions: readonly Dimension[],
	profiles: readonly RegionProfile[],
	generated: string,
	national?: NationalOpenData
): OpenData {
	const data: OpenData = {
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
				validUntil: w?.until ?? null,
				...withRoles(
					regionRoles(
						r.id,
						profiles.find((p) => p.region === r.id)
					)
				)
			};
		}),
		dimensions: dimensions.map((d) => ({
			id: d.id,
			topic: d.topic,
			label: d.label,
			type: d.type,
			unit: d.unit ?? null,
			options: d.options ?? null,
			strictness: d.strictness ?? null,
			comparedAs: d.comparedAs ?? null,
			perRole: d.perRole ?? false
		})),
		values: profiles.flatMap((p) =>
			dimensions.flatMap((d) =>
				(p.values[d.id] ?? []).map((v) => ({
					region: p.region,
					...valueRow(d.id, v),
					roles: v.roles?.length ? v.roles : null
				}))
			)
		)
	};
	if (!national) return data;
	return {
		...data,
		national: {
			id: national.id,
			name: national.name,
			validFrom: national.validFrom,
			documents: national.documents,
			values: dimensions.flatMap((d) => (national.profile.values[d.id] ?? []).map((v) => valueRow(d.id, v)))
		},
		conformity: national.marks.map((m) => ({
			region: m.region,
			dimension: m.dimension,
			...conformityJson(m)
		}))
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
	'citations',
	'roles',
	'conformity',
	'national_citations'
] as const;

/** One row per value; `value` is machine-readable (numbers, codes joined by "|"), value_zh/en are readable. */
export function openDataToCsv(data: OpenData, dimensions: readonly Dimension[]): string {
	const dims = new Map(dimensions.map((d) => [d.id, d]));
	// one mark per region × dimension (the value in force when the national framework applied), on each of its rows
	const marks = new Map((data.conformity ?? []).map((c) => [`${c.region} ${c.dimension}`, c]));
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
				v.citations.join(' '),
				(v.roles ?? []).join('|'),
				marks.get(`${v.region} ${v.dimension}`)?.mark ?? '',
				marks.get(`${v.region} ${v.dimension}`)?.nationalCitations.join(' ') ?? ''
			];
		})
	);
}
