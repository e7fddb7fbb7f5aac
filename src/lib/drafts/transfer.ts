// A draft as a file: the open data's contract (README "Open data") with the draft as its one region, plus
// the complete draft under `draft` so that importing it back loses nothing, and the draft as a region pack
// under `pack` (src/lib/rules/pack: what `npm run region:new -- <id> --from <file>` drops into the source tree
// as a region folder). Open-data readers that ignore unknown fields read the file like /data/rules.json.
// Import takes such a file, or a region pack alone (a folder's files as one JSON object), as a draft.

import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import { parseCorpus } from '$lib/corpus/parse';
import { ASPECTS } from '$lib/eligibility/aspects';
import { eligibilityRegionIds } from '$lib/eligibility/catalogue';
import { loadEligibilityRules } from '$lib/eligibility/load';
import { toPack } from '$lib/eligibility/pack-convert';
import type { RegionEligibility } from '$lib/eligibility/types';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { unlistedRegion } from '$lib/regions/ids';
import { deepEqual } from '$lib/rules/equal';
import { PACK_FILES, PACK_FORMAT, parsePack, parsePart, type Pack } from '$lib/rules/pack';
import { checkPack } from '$lib/rules/pack/check';
import type { Localized, RegionId, RegionRules } from '$lib/regions/types';
import { formatRuleValue, NOT_SPECIFIED } from '$lib/rules/format';
import { parseJsonText, tooLargeMessage } from '$lib/rules/read-check';
import { said, type Words, errorText } from '$lib/rules/words';
import { buildOpenData, type OpenData } from '$lib/rules/opendata';
import { draftMeta, draftProfile } from './bundle';
import { blankDraft } from './create';
import { draftEligibility } from './eligibility';
import { parseDraftPayload, structuralProblems, type DraftProblem } from './schema';
import { DRAFT_FORMAT, type Draft } from './types';

/** Largest file accepted, in UTF-8 bytes. */
export const MAX_DRAFT_FILE_BYTES = 2 * 1024 * 1024;

export type DraftFile = OpenData & { draft: Draft; pack: Pack };

export type DraftFileResult = { ok: true; draft: Draft } | { ok: false; problems: DraftProblem[] };

// The open data requires non-empty text on both sides; a draft in progress may leave one blank. These pairs are
// the file's data (the open data's schema wants both languages in it), not words the interface shows.
function filled(l: Localized, fallback: Localized): Localized {
	return { zh: l.zh || l.en || fallback.zh, en: l.en || l.zh || fallback.en };
}

const EMPTY_TEXT: Localized = { zh: '（空）', en: '(empty)' };

/** The open-data values of a draft: buildOpenData's, with blank texts filled so the file meets the schema. */
function openDataValues(draft: Draft, region: RegionId, generated: string): OpenData['values'] {
	const meta = draftMeta(draft, region);
	const data = buildOpenData([meta], DIMENSIONS, [draftProfile(draft, region)], generated);
	const dims = new Map(DIMENSIONS.map((d) => [d.id, d]));
	return data.values.map((row) => {
		const value =
			row.value.kind === 'text' ? { ...row.value, value: filled(row.value.value, EMPTY_TEXT) } : row.value;
		const readable = filled(formatRuleValue(dims.get(row.dimension)!, value), NOT_SPECIFIED);
		const note = row.note && (row.note.zh || row.note.en) ? filled(row.note, EMPTY_TEXT) : null;
		return { ...row, value, summary: filled(row.summary, readable), note };
	});
}

/**
 * A cloned draft's base: the region's metadata and profile, and its eligibility criteria when it has any (they
 * seed the criteria a draft derives; see draftEligibility). Loaded by loadDraftBase, one region only.
 */
export interface DraftBase extends RegionRules {
	eligibility?: RegionEligibility;
}

/**
 * `base` with its region's eligibility criteria, loaded through the per-region cache (regions/lazy.ts via
 * eligibility/load.ts): only the base region's file, never every region's. A region without criteria comes
 * back as it is.
 */
export async function loadDraftBase(base: RegionRules): Promise<DraftBase> {
	const region = base.profile.region;
	return eligibilityRegionIds.includes(region)
		? { ...base, eligibility: await loadEligibilityRules(region) }
		: { ...base };
}

/**
 * The draft as a region pack: its metadata, values and text, and the eligibility rules derived from them where
 * they are complete enough to stand as a pack's (every criterion cited). It has no journey of its own: a draft
 * borrows its procedure's.
 */
export function draftToPack(draft: Draft, region: RegionId, base?: DraftBase): Pack {
	const { id: _id, ...meta } = draftMeta(draft, region, base);
	const baseRules = base?.eligibility;
	const rules = draftEligibility(
		draft,
		region,
		base && baseRules ? { eligibility: baseRules, profile: base.profile } : undefined
	);
	const eligibility = parsePart('eligibility', toPack(rules));
	return {
		format: PACK_FORMAT,
		id: region
			.toLowerCase()
			.replace(/[^a-z0-9-]/g, '-')
			.slice(0, 64),
		source: draft.source,
		meta: structuredClone(meta),
		profile: { values: structuredClone(draft.values) },
		...(eligibility.ok ? { eligibility: eligibility.value } : {})
	};
}

/**
 * The draft as an open-data file under `region` (a lower-case id, as the open data's schema asks).
 * `base`, when the draft was cloned, lets its validity keep the base's own rule while unchanged (draftMeta).
 */
export function draftToOpenData(
	draft: Draft,
	region: RegionId,
	generated: string,
	base?: DraftBase
): DraftFile {
	const meta = draftMeta(draft, region, base);
	const title = draft.title.trim() ? meta.title : meta.name;
	const data = buildOpenData([{ ...meta, title }], DIMENSIONS, [], generated);
	return {
		...data,
		values: openDataValues(draft, region, generated),
		draft: structuredClone(draft),
		pack: draftToPack(draft, region, base)
	};
}

// ——— import ———

const problem = (field: string, message: Words): DraftProblem => ({ field, message });
const fail = (...problems: DraftProblem[]): DraftFileResult => ({ ok: false, problems });

/** A draft file over MAX_DRAFT_FILE_BYTES (`bytes` long, when known): said before reading it, or after. */
export function draftTooLarge(bytes: number | null): DraftFileResult {
	return fail({ field: '', message: tooLargeMessage(MAX_DRAFT_FILE_BYTES, bytes) });
}

const envelopeSchema = v.strictObject({
	version: v.pipe(v.string(), v.regex(/^1\.\d+\.\d+$/)),
	generated: v.string(),
	// the id the file's values were generated under (a draft's): used only to regenerate them for comparison
	regions: v.pipe(
		v.array(
			v.object({
				id: v.pipe(
					v.string(),
					v.regex(/^[a-z0-9-]{1,100}$/),
					v.transform((s) => s as RegionId)
				)
			})
		),
		v.length(1)
	),
	dimensions: v.array(v.unknown()),
	values: v.array(v.unknown()),
	draft: v.unknown(),
	pack: v.optional(v.unknown())
});

/** JSON with object keys sorted, so a file whose keys a tool reordered still compares equal. */
function canonical(x: unknown): string {
	if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
	if (x && typeof x === 'object') {
		const o = x as Record<string, unknown>;
		return `{${Object.keys(o)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(x) ?? 'null';
}

function byDimension(rows: readonly unknown[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const row of rows) {
		const dim =
			row && typeof row === 'object' && typeof (row as { dimension?: unknown }).dimension === 'string'
				? (row as { dimension: string }).dimension
				: '';
		out.set(dim, [...(out.get(dim) ?? []), canonical(row)]);
	}
	return out;
}

/** The first dimension (catalogue order, then the file's others) whose values differ between the two. */
function firstDisagreement(expected: readonly unknown[], actual: readonly unknown[]): string | null {
	const a = byDimension(expected);
	const b = byDimension(actual);
	const ids = [...new Set([...DIMENSIONS.map((d) => d.id), ...a.keys(), ...b.keys()])];
	for (const id of ids) {
		const x = a.get(id) ?? [];
		const y = b.get(id) ?? [];
		if (x.length !== y.length || x.some((s, i) => s !== y[i])) return id;
	}
	return null;
}

/**
 * Read a draft file back. The `draft` half is the draft; the open-data half must still be exactly what that
 * draft exports to, so a file edited in one half only is refused rather than silently half-applied.
 */
export function draftFromFile(text: string): DraftFileResult {
	const read = parseJsonText(text, MAX_DRAFT_FILE_BYTES);
	if (!read.ok && read.reason === 'tooLarge') return draftTooLarge(read.bytes);
	if (!read.ok) {
		const why = read.detail;
		return fail(problem('', said(m.draftcheck_not_json_file, { detail: why })));
	}
	const json = read.value;
	if (!json || typeof json !== 'object' || Array.isArray(json))
		return fail(problem('', said(m.draftcheck_not_object)));

	const faults = structuralProblems(json);
	if (faults.length) return { ok: false, problems: faults };

	if (!('draft' in json) && (json as { format?: unknown }).format === PACK_FORMAT) return draftFromPack(json);

	if (!('draft' in json)) {
		const openData = 'values' in json && 'regions' in json;
		return fail(
			openData
				? problem('draft', said(m.draftcheck_open_data_only))
				: problem('draft', said(m.draftcheck_no_draft_field))
		);
	}

	const envelope = v.safeParse(envelopeSchema, json);
	if (!envelope.success)
		return fail(
			...envelope.issues
				.slice(0, 10)
				.map((i) => problem(v.getDotPath(i) ?? '', said(m.draftcheck_not_open_data)))
		);

	const parsed = parseDraftPayload(envelope.output.draft);
	if (!parsed.ok)
		return fail(...parsed.problems.map((p) => ({ ...p, field: p.field ? `draft.${p.field}` : 'draft' })));

	const region = envelope.output.regions[0]!.id;
	const expected = openDataValues(parsed.draft, region, envelope.output.generated);
	const found = firstDisagreement(expected, envelope.output.values);
	// A hand-written dimension name is shown quoted and cut short: it may be anything.
	const differs =
		found === null ? null : JSON.stringify(found.length > 64 ? `${found.slice(0, 64)}…` : found);
	if (differs !== null)
		return fail(problem('values', said(m.draftcheck_values_disagree, { dimension: differs })));
	// The pack half is derived from the draft too: its text and values must be the draft's.
	const pack = envelope.output.pack as { source?: unknown; profile?: { values?: unknown } } | undefined;
	if (
		pack !== undefined &&
		(pack?.source !== parsed.draft.source || !deepEqual(pack?.profile?.values, parsed.draft.values))
	)
		return fail(problem('pack', said(m.draftcheck_pack_disagrees)));
	return { ok: true, draft: parsed.draft };
}

/**
 * A region pack alone (format pdao-pack/1: a folder's files as one object) as a new draft: validated as the
 * build validates a folder — its shape, then its citations against its own text, its dimensions and aspects
 * against the catalogues, its facts and roles — and refused with every problem named. The draft takes its
 * metadata, text and values; its eligibility rules, journey and walkthroughs stay behind (a draft derives its
 * conditions from its values and borrows a region's procedure), and its notes say so.
 */
export function draftFromPack(json: unknown): DraftFileResult {
	const r = parsePack(json);
	if (!r.ok) return { ok: false, problems: r.problems };
	const pack = r.pack;
	let clauses: Set<string>;
	try {
		clauses = new Set(
			parseCorpus(unlistedRegion('import'), pack.source, pack.meta.parse).clauses.map((c) => c.id)
		);
	} catch (e) {
		const why = errorText(e);
		return fail(problem('meta.parse', said(m.draftcheck_text_split, { detail: why })));
	}
	const found = checkPack(pack, {
		region: pack.id,
		clauses: (id) => (id === pack.id ? clauses : undefined),
		dimensions: DIMENSIONS,
		aspects: new Set<string>(ASPECTS.map((a) => a.id))
	});
	if (found.length)
		return {
			ok: false,
			problems: found.slice(0, 50).map((p) => ({
				field: `${p.file.replace(/\.yaml$/, '')}${p.field ? `.${p.field}` : ''}`,
				message: p.message
			}))
		};
	// A draft is a regional text with rules: a national document (a text only) cannot be one.
	const { level, operatorTerm } = pack.meta;
	if (level === 'national') return fail(problem('meta.level', said(m.draftcheck_national_level)));
	if (!operatorTerm) return fail(problem('meta.operatorTerm', said(m.draftcheck_no_operator_term)));
	const left = (['eligibility', 'journey', 'walkthroughs'] as const).filter((k) => pack[k] !== undefined);
	const draft: Draft = {
		...blankDraft(pack.meta.title.zh, pack.meta.name.zh),
		format: DRAFT_FORMAT,
		level,
		status: [...pack.meta.status],
		source: pack.source,
		parse: structuredClone(pack.meta.parse),
		operatorTerm: { ...operatorTerm },
		notes: [
			`从区域包“${pack.id}”导入。`,
			left.length
				? `未导入：${left.map((k) => PACK_FILES[k]).join('、')}（草案由取值推出申请条件，并借用一个地区的程序）。`
				: '',
			`Imported from the region pack "${pack.id}".`,
			left.length
				? `Not imported: ${left.map((k) => PACK_FILES[k]).join(', ')} (a draft derives its conditions from its values and borrows a region's procedure).`
				: ''
		]
			.filter(Boolean)
			.join('\n')
	};
	if (pack.profile) draft.values = structuredClone(pack.profile.values);
	const parsed = parseDraftPayload(draft);
	return parsed.ok ? { ok: true, draft: parsed.draft } : { ok: false, problems: parsed.problems };
}
