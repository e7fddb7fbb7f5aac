// The content rules for a saved item, shared by create/save and by import (valibot), with problems in the app's
// own words (Paraglide messages).
import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import {
	faultMessage as faultWords,
	formatPath,
	hasControlChars,
	issuePath,
	jsonFaults as walk,
	localizeIssue,
	type JsonFault,
	type Path
} from '$lib/rules/read-check';
import { said, type Said } from '$lib/rules/words';
import { ITEM_KINDS, type Problem, type SavedItem } from './model';

export { FORBIDDEN_KEYS } from '$lib/rules/read-check';
export { formatPath, hasControlChars, type JsonFault };

export const LIMITS = {
	/** Characters (UTF-16 code units) in a name or a tag. */
	text: 200,
	tagsPerItem: 50,
	regionsPerItem: 50,
	/** Nesting depth of any JSON value we store or import. */
	depth: 100,
	/** Values visited when checking one JSON value; bounds the work on shared or hostile structures. */
	nodes: 2_000_000,
	/** Problems reported for one import, so a file with 10,000 bad items still gets a readable answer. */
	problems: 50
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const REGION = /^[a-z][a-z0-9-]{0,63}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isTimestamp(s: string): boolean {
	if (!TIMESTAMP.test(s)) return false;
	const t = Date.parse(s);
	return !Number.isNaN(t) && new Date(t).toISOString() === s;
}

const MESSAGES = {
	'text.empty': said(m.read_not_empty),
	'text.long': said(m.read_chars_at_most, { max: LIMITS.text }),
	'text.control': said(m.db_text_control),
	'id.format': said(m.db_id_format),
	'region.format': said(m.read_region_format),
	'time.format': said(m.db_time_format),
	count: said(m.db_count),
	'tags.many': said(m.db_tags_many, { max: LIMITS.tagsPerItem }),
	'regions.many': said(m.db_regions_many, { max: LIMITS.regionsPerItem }),
	// the message names every kind (ITEM_KINDS), in each language's list style; validate.test.ts holds it to them
	'kind.unknown': said(m.db_kind_unknown)
} satisfies Record<string, Said>;
type MessageKey = keyof typeof MESSAGES;

const text = v.pipe(
	v.string(),
	v.check((s) => s.trim() !== '', 'text.empty' satisfies MessageKey),
	v.maxLength(LIMITS.text, 'text.long' satisfies MessageKey),
	v.check((s) => !hasControlChars(s), 'text.control' satisfies MessageKey)
);
const timestamp = v.pipe(v.string(), v.check(isTimestamp, 'time.format' satisfies MessageKey));
const count = v.pipe(
	v.number(),
	v.safeInteger('count' satisfies MessageKey),
	v.minValue(1, 'count' satisfies MessageKey)
);

/** One saved item as stored and as exported. The payload is checked by `jsonFaults`, not here. */
export const itemSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(ID, 'id.format' satisfies MessageKey)),
	kind: v.picklist(ITEM_KINDS, 'kind.unknown' satisfies MessageKey),
	name: text,
	tags: v.pipe(v.array(text), v.maxLength(LIMITS.tagsPerItem, 'tags.many' satisfies MessageKey)),
	regions: v.pipe(
		v.array(v.pipe(v.string(), v.regex(REGION, 'region.format' satisfies MessageKey))),
		v.maxLength(LIMITS.regionsPerItem, 'regions.many' satisfies MessageKey)
	),
	createdAt: timestamp,
	updatedAt: timestamp,
	revision: count,
	deletedAt: v.optional(timestamp),
	schemaVersion: count,
	payload: v.unknown()
});

// ——— Problems ———

export function issuesToProblems(
	issues: readonly v.BaseIssue<unknown>[],
	item?: number,
	prefix: Path = []
): Problem[] {
	return issues.map((issue) => {
		const field = formatPath([...prefix, ...issuePath(issue)]);
		return {
			...(item !== undefined && { item }),
			...(field !== '' && { field }),
			message: localizeIssue(issue, MESSAGES)
		};
	});
}

// ——— JSON values: forbidden keys, depth, non-JSON values (read-check's walk at the library's limits) ———

export function jsonFaults(value: unknown, limit: number = LIMITS.problems): JsonFault[] {
	return walk(value, { depth: LIMITS.depth, nodes: LIMITS.nodes, faults: limit });
}

export const faultMessage = (fault: JsonFault): Said => faultWords(fault, LIMITS.depth);

/** Every problem with an item about to be written: the schema and a JSON-only payload. */
export function checkItem(item: SavedItem): Problem[] {
	const result = v.safeParse(itemSchema, item, { abortEarly: false });
	const problems = result.success ? [] : issuesToProblems(result.issues);
	for (const fault of jsonFaults(item.payload))
		problems.push({ field: formatPath(['payload', ...fault.path]), message: faultMessage(fault) });
	return problems;
}
