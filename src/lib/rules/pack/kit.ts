// The building blocks every data schema shares (region packs, drafts, the open data's values): bounded
// one-line and prose strings without control or bidi characters, real calendar dates, ids, and problems
// reported as a field path with the app's own words (Paraglide messages). Strict: unknown keys are refused, nothing is
// stripped or repaired. Runtime imports stay relative: the build's pack plugin (scripts/packs/plugin.ts)
// loads this file outside SvelteKit.

import * as v from 'valibot';
import type { ClauseId, DimensionId, RegionId, RoleId } from '../../regions/types';
import { m as say } from '../../paraglide/messages.js';
import { parseIsoDate } from '../dates.ts';
import { said, wordsIn, type Words } from '../words.ts';
import {
	faultMessage,
	formatPath,
	hasControlChars,
	hasProseControlChars,
	issuePath,
	jsonFaults,
	localizeIssue as localizeWith,
	type Path
} from '../read-check.ts';

export { formatPath, hasControlChars, hasProseControlChars, issuePath, type Path };

export const LIMITS = {
	/** Characters (UTF-16 code units) in a one-line string: a title, a name, an id, a code. */
	line: 200,
	/** A summary, a note, a quote, a label. */
	prose: 2_000,
	/** Notes on a whole document, a clause wording. */
	long: 20_000,
	/** A document's text. */
	source: 500_000,
	/** Dimensions of a profile (and other id-keyed maps). */
	dimensions: 500,
	valuesPerDimension: 100,
	/** Entries of any list (citations, criteria, stages, steps …). */
	itemsPerList: 200,
	/** Nesting depth (a real pack is about 10 deep). */
	depth: 32,
	/** Values visited by the key walk; bounds the work on a hostile structure. */
	nodes: 1_000_000,
	/** Problems reported for one file, so a badly broken one still gets a readable answer. */
	problems: 50
} as const;

export const DIMENSION_ID = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;
/**
 * A clause id as the parser makes it ("art-14-6", "sec-5-4-1"), or a national document's clause by a qualified
 * ref ("nationalSpec:art-14-2", what a draft started from the national values cites). Whether the clause exists
 * is the pack check's (a region pack cites its own text).
 */
export const CLAUSE_ID = /^(national[A-Z][A-Za-z]{1,30}:)?[a-z0-9-]{1,64}$/;
export const REGION_ID = /^[a-z][A-Za-z0-9-]{0,63}$/;
/** Ids a pack gives its own things (facts, roles, criteria, stages, events' payload keys): camelCase or kebab. */
export const LOCAL_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** Event types of the journey machines: PUBLISH_CALL. */
export const EVENT_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

export const MESSAGES = {
	'line.long': said(say.read_chars_at_most, { max: LIMITS.line }),
	'prose.long': said(say.read_chars_at_most, { max: LIMITS.prose }),
	'long.long': said(say.read_chars_at_most, { max: LIMITS.long }),
	'source.long': said(say.read_source_long, { max: LIMITS.source }),
	control: said(say.read_control),
	'dimension.format': said(say.read_dimension_format),
	'dimensions.many': said(say.read_dimensions_many, { max: LIMITS.dimensions }),
	'values.many': said(say.read_values_many, { max: LIMITS.valuesPerDimension }),
	'list.many': said(say.read_list_many, { max: LIMITS.itemsPerList }),
	'list.empty': said(say.read_not_empty),
	'clause.format': said(say.read_clause_format),
	'region.format': said(say.read_region_format),
	'id.format': said(say.read_id_format),
	'event.format': said(say.read_event_format),
	date: said(say.read_date),
	finite: said(say.read_finite),
	'status.duplicate': said(say.read_status_duplicate),
	kind: said(say.read_kind),
	bound: said(say.read_bound),
	qualifier: said(say.read_qualifier),
	level: said(say.read_level),
	documentLevel: said(say.read_document_level),
	fact: said(say.read_fact),
	status: said(say.read_status),
	scheme: said(say.read_scheme),
	object: said(say.read_object),
	condition: said(say.read_condition),
	'condition.one': said(say.read_condition_one)
} satisfies Record<string, Words>;
export type MessageKey = keyof typeof MESSAGES;
/** A message key as a valibot message: localized when the issue is reported. */
export const m = (key: MessageKey) => key;

/** A string of at most `max` characters, refused if `hasControl` finds a control or bidi character in it. */
const text = (max: number, tooLong: MessageKey, hasControl: (s: string) => boolean) =>
	v.pipe(
		v.string(),
		v.maxLength(max, m(tooLong)),
		v.check((s) => !hasControl(s), m('control'))
	);
/** One line: a title, a name, an id, a code. */
export const line = text(LIMITS.line, 'line.long', hasControlChars);
/** Prose (tabs and line breaks allowed): a summary, a note, a quote, a label. */
export const prose = text(LIMITS.prose, 'prose.long', hasProseControlChars);
/** Longer prose: notes on a whole document, a clause wording. */
export const long = text(LIMITS.long, 'long.long', hasProseControlChars);
export const isoDate = v.pipe(
	v.string(),
	v.check((s) => parseIsoDate(s) !== null, m('date'))
);
/**
 * A region id in data: its shape here; that it names a pack folder is checked after — by the pack check for a
 * pack's files (a cited region's clauses are looked up in its folder), by the draft validator against the registry
 * for a draft's base and procedure (drafts/validate.ts), by the import for a pack file (a folder's own name wins).
 * Typed as a region from here on, like roleId.
 */
export const regionId = v.pipe(
	v.string(),
	v.regex(REGION_ID, m('region.format')),
	v.transform((s) => s as RegionId)
);
/** A folder name a pack file suggests for itself: a region id's shape, not yet a region (no folder holds it). */
export const folderName = v.pipe(v.string(), v.regex(REGION_ID, m('region.format')));
/**
 * A dimension id: its shape here, its place in the catalogue in the pack check (checkPack: "dimension … is not in
 * the catalogue"), which every pack passes before an engine reads it — the build for a folder, the import for a
 * file. Typed as the catalogue's id from here on: the one cast, at the data boundary.
 */
export const dimensionId = v.pipe(
	v.string(),
	v.regex(DIMENSION_ID, m('dimension.format')),
	v.transform((s) => s as DimensionId)
);
/**
 * A role id in a pack: its shape here; that the pack's eligibility.yaml (or journey.yaml) declares it is the pack
 * check's, which every pack passes before an engine reads it. Typed as a role from here on, like dimensionId.
 */
export const roleId = v.pipe(
	v.string(),
	v.regex(LOCAL_ID, m('id.format')),
	v.transform((s) => s as RoleId)
);
/** A dimension a journey reads: any one-line string here (the pack check names one the catalogue lacks). */
export const dimensionRef = v.pipe(
	line,
	v.transform((s) => s as DimensionId)
);
/**
 * A cited clause id: its shape here; that it names a clause of the cited text is the pack check's (every cited
 * clause is in source.txt). Typed as a clause id from here on, like roleId.
 */
export const clauseId = v.pipe(
	v.string(),
	v.regex(CLAUSE_ID, m('clause.format')),
	v.transform((s) => s as ClauseId)
);
export const localId = v.pipe(v.string(), v.regex(LOCAL_ID, m('id.format')));
export const eventType = v.pipe(v.string(), v.regex(EVENT_TYPE, m('event.format')));
export const finite = v.pipe(v.number(), v.finite(m('finite')));

/** A bounded list. */
export const list = <S extends v.GenericSchema>(item: S) =>
	v.pipe(v.array(item), v.maxLength(LIMITS.itemsPerList, m('list.many')));
/** A bounded list with at least one entry. */
export const nonEmpty = <S extends v.GenericSchema>(item: S) =>
	v.pipe(v.array(item), v.minLength(1, m('list.empty')), v.maxLength(LIMITS.itemsPerList, m('list.many')));
export const codes = list(line);
export const citations = list(clauseId);

// valibot's object and record schemas take an array for an object; a list where an object belongs is refused.
export const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
export const obj = <S extends v.GenericSchema>(schema: S) =>
	v.pipe(v.custom<unknown>(isObject, m('object')), schema);
const fewKeys = (o: unknown) => Object.keys(o as object).length <= LIMITS.dimensions;
/** An object keyed by ids, bounded. */
export const keyed = <K extends v.GenericSchema<string, string>, S extends v.GenericSchema>(
	key: K,
	value: S
) =>
	v.pipe(
		v.custom<unknown>(isObject, m('object')),
		v.check(fewKeys, m('dimensions.many')),
		v.record(key, value)
	);

export const localizedOf = <S extends typeof line | typeof prose>(s: S) =>
	obj(v.strictObject({ zh: s, en: s }));
/** A one-line zh/en pair: a title, a name, a term. */
export const LocalizedSchema = localizedOf(line);
/** A zh/en pair of prose: a label, a summary, a note. */
export const LocalizedProse = localizedOf(prose);

// ——— problems ———

/** One problem with a file: where (a path into it, '' for the whole) and what, said in the language shown. */
export interface Problem {
	field: string;
	message: Words;
}

/** An issue's message as words; `extra` adds messages of the caller's own keys. */
export const localizeIssue = (issue: v.BaseIssue<unknown>, extra: Record<string, Words> = {}): Words =>
	localizeWith(issue, { ...extra, ...MESSAGES });

/** The problems of a failed parse, de-duplicated and bounded. */
export function issueProblems(
	issues: readonly v.BaseIssue<unknown>[],
	extra: Record<string, Words> = {},
	prefix: Path = []
): Problem[] {
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const issue of issues) {
		const p = { field: formatPath([...prefix, ...issuePath(issue)]), message: localizeIssue(issue, extra) };
		const k = `${p.field}\n${wordsIn(p.message, 'en')}`;
		if (seen.has(k)) continue;
		seen.add(k);
		problems.push(p);
		if (problems.length >= LIMITS.problems) break;
	}
	return problems;
}

/**
 * The walk of read-check.ts before any schema sees the value (forbidden keys, depth, what JSON cannot carry),
 * at the packs' limits; `undefined` is left to the schema, which accepts it only where a field is optional.
 */
export function structuralProblems(value: unknown, prefix: Path = []): Problem[] {
	const limits = { depth: LIMITS.depth, nodes: LIMITS.nodes, faults: LIMITS.problems, undefinedOk: true };
	return jsonFaults(value, limits, prefix).map((f) => ({
		field: formatPath(f.path),
		message: faultMessage(f, LIMITS.depth)
	}));
}

/** Structure first, then the schema: a fresh, typed copy, or the problems. */
export function parseWith<S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	extra: Record<string, Words> = {}
): { ok: true; value: v.InferOutput<S> } | { ok: false; problems: Problem[] } {
	const faults = structuralProblems(value);
	if (faults.length) return { ok: false, problems: faults };
	const r = v.safeParse(schema, value, { abortEarly: false });
	if (r.success) return { ok: true, value: r.output };
	return { ok: false, problems: issueProblems(r.issues, extra) };
}
