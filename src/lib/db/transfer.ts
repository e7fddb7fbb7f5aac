// Library files: export to `{ format: 'pdao-library', version: 1, … }`, and a defensive import that
// validates everything before anything is written, then writes all of it or none of it.
import * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import { said, type Words, errorText } from '$lib/rules/words';
import {
	canonical,
	isDamaged,
	type DamagedItem,
	type ListEntry,
	type Problem,
	type SavedItem
} from './model';
import type { ClashPolicy, ImportResult, Repository } from './repository';
import {
	LIMITS,
	faultMessage,
	formatPath,
	isTimestamp,
	issuesToProblems,
	itemSchema,
	jsonFaults
} from './validate';
import { parseJsonText, tooLargeMessage, utf8Length } from '$lib/rules/read-check';

/** Re-exported: the byte count the export's file splitting and the import's limit share. */
export { utf8Length };

export const EXPORT_FORMAT = 'pdao-library';
export const EXPORT_VERSION = 1;
/** Largest file accepted, in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportDocument {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	/** When the file was written (UTC). */
	exported: string;
	items: SavedItem[];
}

export type ParseResult = { ok: true; items: SavedItem[] } | { ok: false; problems: Problem[] };

export interface ImportPlan {
	/** Items whose id is already stored: the user chooses keep both or replace. */
	clashes: { index: number; id: string; name: string; stored: ListEntry }[];
	/** Items that will be added as they are. */
	fresh: number;
}

/** Exports the given items (all outside the trash when omitted). Damaged records cannot be exported. */
export async function exportItems(
	repo: Repository,
	ids?: string[],
	now: Date = new Date()
): Promise<{ document: ExportDocument; skipped: DamagedItem[] }> {
	const entries = await repo.getItems(ids);
	const skipped = entries.filter(isDamaged);
	const items = entries.filter((e): e is SavedItem => !isDamaged(e)).map(canonical);
	return {
		document: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), items },
		skipped
	};
}

/** Compact JSON with one item per line: small enough to import back, and diffable item by item. */
export function serializeExport(document: ExportDocument): string {
	const { items, ...head } = document;
	const lines = items.map((item) => JSON.stringify(item));
	const list = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`;
	return `${JSON.stringify(head).slice(0, -1)},"items":${list}}\n`;
}

/**
 * Splits a document into files that each stay within the import limit, so "export all" can always
 * be imported back. An item too large on its own is named in `oversized` and left out.
 */
export function splitExport(
	document: ExportDocument,
	maxBytes: number = MAX_IMPORT_BYTES
): { documents: ExportDocument[]; oversized: string[] } {
	const overhead = utf8Length(serializeExport({ ...document, items: [] })) + 16;
	const documents: ExportDocument[] = [];
	const oversized: string[] = [];
	let current: SavedItem[] = [];
	let size = overhead;
	for (const item of document.items) {
		const bytes = utf8Length(JSON.stringify(item)) + 2;
		if (overhead + bytes > maxBytes) {
			oversized.push(item.id);
			continue;
		}
		if (size + bytes > maxBytes) {
			documents.push({ ...document, items: current });
			current = [];
			size = overhead;
		}
		current.push(item);
		size += bytes;
	}
	if (current.length > 0 || documents.length === 0) documents.push({ ...document, items: current });
	return { documents, oversized };
}

/** "pdao-library-2025-03-01.json", or "…-part-2-of-3.json" for one of several files. */
export function exportFileName(document: ExportDocument, part?: number, of?: number): string {
	const suffix = part !== undefined && of !== undefined && of > 1 ? `-part-${part}-of-${of}` : '';
	return `pdao-library-${document.exported.slice(0, 10)}${suffix}.json`;
}

// ——— Import ———

const fail = (...problems: Problem[]): ParseResult => ({ ok: false, problems });
const problem = (message: Words, field?: string, item?: number): Problem => ({
	...(item !== undefined && { item }),
	...(field !== undefined && { field }),
	message
});

const envelopeSchema = v.strictObject({
	format: v.literal(EXPORT_FORMAT),
	version: v.literal(EXPORT_VERSION),
	exported: v.pipe(v.string(), v.check(isTimestamp, 'time.format')),
	items: v.array(v.unknown())
});

/** The problem of a library file over MAX_IMPORT_BYTES (`bytes` long): said before reading it, or after. */
export function tooLargeProblems(bytes: number): Problem[] {
	return [problem(tooLargeMessage(MAX_IMPORT_BYTES, bytes))];
}

function tooLarge(bytes: number): ParseResult {
	return fail(...tooLargeProblems(bytes));
}

function checkEnvelope(doc: unknown): Problem[] {
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
		return [problem(said(m.db_not_library_object))];
	const { format, version } = doc as Record<string, unknown>;
	if (format !== EXPORT_FORMAT) return [problem(said(m.db_not_library_export), 'format')];
	if (version !== EXPORT_VERSION)
		return [
			problem(
				typeof version === 'number' && version > EXPORT_VERSION
					? said(m.db_newer_version, { version })
					: said(m.db_unsupported_version),
				'version'
			)
		];
	const result = v.safeParse(envelopeSchema, doc, { abortEarly: false });
	return result.success ? [] : issuesToProblems(result.issues);
}

function capped(problems: Problem[]): Problem[] {
	if (problems.length <= LIMITS.problems) return problems;
	const more = problems.length - LIMITS.problems;
	return [...problems.slice(0, LIMITS.problems), problem(said(m.db_more_problems, { count: more }))];
}

function parseUnsafe(text: string): ParseResult {
	if (typeof text !== 'string') return fail(problem(said(m.db_not_text)));
	const read = parseJsonText(text, MAX_IMPORT_BYTES);
	if (!read.ok && read.reason === 'tooLarge') return tooLarge(read.bytes ?? text.length);
	if (!read.ok) {
		const { detail } = read;
		return fail(problem(said(m.db_not_json, { detail })));
	}
	const doc = read.value;

	// Hostile keys and depth anywhere in the file, before any schema looks at it.
	const faults = jsonFaults(doc);
	if (faults.length > 0)
		return fail(
			...faults.map((fault) => {
				const [head, index, ...rest] = fault.path;
				return head === 'items' && typeof index === 'number'
					? problem(faultMessage(fault), rest.length ? formatPath(rest) : undefined, index)
					: problem(faultMessage(fault), fault.path.length ? formatPath(fault.path) : undefined);
			})
		);

	const envelope = checkEnvelope(doc);
	if (envelope.length > 0) return fail(...capped(envelope));

	const raw = (doc as { items: unknown[] }).items;
	const problems: Problem[] = [];
	const items: SavedItem[] = [];
	const seen = new Map<string, number>();
	raw.forEach((value, index) => {
		const result = v.safeParse(itemSchema, value, { abortEarly: false });
		if (!result.success) {
			problems.push(...issuesToProblems(result.issues, index));
			return;
		}
		const item = result.output as SavedItem;
		const first = seen.get(item.id);
		if (first !== undefined) problems.push(problem(said(m.db_same_id, { item: first + 1 }), 'id', index));
		else seen.set(item.id, index);
		items.push(canonical(item));
	});
	return problems.length > 0 ? fail(...capped(problems)) : { ok: true, items };
}

/** Validates a library file. Never throws: every failure comes back as problems. */
export function parseImport(text: string): ParseResult {
	try {
		return parseUnsafe(text);
	} catch (e) {
		const detail = errorText(e);
		return fail(problem(said(m.db_unreadable, { detail })));
	}
}

/** Which imported ids are already stored. */
export async function planImport(repo: Repository, items: SavedItem[]): Promise<ImportPlan> {
	const stored = new Map((await repo.findExisting(items.map((i) => i.id))).map((e) => [e.id, e]));
	const clashes: ImportPlan['clashes'] = [];
	items.forEach((item, index) => {
		const entry = stored.get(item.id);
		if (entry) clashes.push({ index, id: item.id, name: item.name, stored: entry });
	});
	return { clashes, fresh: items.length - clashes.length };
}

/**
 * Writes items from `parseImport` in one transaction: if any write fails, nothing is written.
 * On a clash, 'replace' overwrites the stored item; 'keepBoth' stores the import under a new id.
 */
export function applyImport(
	repo: Repository,
	items: SavedItem[],
	onClash: ClashPolicy
): Promise<ImportResult> {
	return repo.importItems(items, onClash);
}
