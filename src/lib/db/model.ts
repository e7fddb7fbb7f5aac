// The saved-item model shared by both backends: types, errors, the cheap read check and list filtering.
// No Dexie here, so the memory fallback behaves exactly like IndexedDB by construction.
import type { RegionId } from '$lib/regions/types';
import { wordsIn, type Words } from '$lib/rules/words';

export const ITEM_KINDS = ['simulation', 'applicant', 'timeline', 'comparison', 'training', 'draft'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A UTC instant as `Date.prototype.toISOString` writes it: sortable as a string. */
export type IsoTimestamp = string;

/** Everything about a saved item except its payload: what lists show. */
export interface ItemSummary {
	id: string;
	kind: ItemKind;
	name: string;
	tags: string[];
	/**
	 * The regions the item is about, as the app wrote them (a region's or a draft's id). Read back from storage as
	 * RegionIds once the row's shape is checked (toSummary): a region removed since stays one, and every lookup
	 * (getRegion, getDocument) answers undefined for it; the payload's own region is checked when it is opened.
	 */
	regions: RegionId[];
	createdAt: IsoTimestamp;
	updatedAt: IsoTimestamp;
	/** Bumped by every write; a save must name the revision it started from. */
	revision: number;
	/** Set while the item is in the trash (soft delete), until restored or purged. */
	deletedAt?: IsoTimestamp;
	/** Version of the kind-specific payload format, for the payload's owner to migrate. */
	schemaVersion: number;
}

export interface SavedItem extends ItemSummary {
	/** Kind-specific JSON; the storage layer never interprets it. */
	payload: unknown;
}

/** A stored record that failed validation when read. Listed, never thrown, never hiding the rest. */
export interface DamagedItem {
	damaged: true;
	id: string;
	reason: string;
	deletedAt?: IsoTimestamp;
}

export type ListEntry = ItemSummary | DamagedItem;
export type ItemEntry = SavedItem | DamagedItem;

export function isDamaged(entry: ListEntry | ItemEntry): entry is DamagedItem {
	return 'damaged' in entry && entry.damaged === true;
}

export interface NewItem {
	kind: ItemKind;
	name: string;
	payload: unknown;
	tags?: string[];
	regions?: RegionId[];
	/** Defaults to 1. */
	schemaVersion?: number;
}

export type SortKey = 'updated' | 'name' | 'created';

export interface ListQuery {
	kind?: ItemKind;
	/** Items tagged with this region: a filter matched against the stored tags (as a URL or a picker gives it). */
	region?: string;
	tag?: string;
	/** Words matched, case- and width-insensitively, against the name and the tags; all must match. */
	text?: string;
	/** Defaults to 'updated' (newest first); 'created' is newest first; 'name' is A→Z, pinyin order. */
	sort?: SortKey;
	includeDeleted?: boolean;
}

/** One problem with one field, in the app's own words (said in the interface language when shown). */
export interface Problem {
	/** Index into the imported `items` array (0-based), when the problem belongs to one item. */
	item?: number;
	/** Path inside the item (or the document, without `item`): "name", "tags[2]", "payload.a.b". */
	field?: string;
	message: Words;
}

export class StaleWriteError extends Error {
	override name = 'StaleWriteError';
	constructor(
		readonly id: string,
		readonly expectedRevision: number,
		/** What is stored now, payload included, so the caller can merge or save a copy. */
		readonly stored: ItemEntry
	) {
		super(`Item ${id} changed elsewhere (expected revision ${expectedRevision})`);
	}
}

export class ItemNotFoundError extends Error {
	override name = 'ItemNotFoundError';
	constructor(readonly id: string) {
		super(`No saved item ${id}`);
	}
}

export class DamagedItemError extends Error {
	override name = 'DamagedItemError';
	constructor(readonly item: DamagedItem) {
		super(`Saved item ${item.id} is damaged: ${item.reason}`);
	}
}

export class InvalidItemError extends Error {
	override name = 'InvalidItemError';
	constructor(readonly problems: Problem[]) {
		super(problems.map((p) => (p.field ? `${p.field}: ` : '') + wordsIn(p.message, 'en')).join('; '));
	}
}

// ——— Reading stored rows ———
// A hand-written structural check: valibot's full import schema costs too much per row for 10,000-row lists.

const KIND_SET: ReadonlySet<string> = new Set(ITEM_KINDS);
const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: unknown): x is string[] =>
	Array.isArray(x) && x.every((s) => typeof s === 'string');
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 1;

function rowId(raw: unknown): string {
	const id = isRecord(raw) ? raw.id : undefined;
	return typeof id === 'string' ? id : String(id);
}

/** Why a stored metadata row is unusable, or undefined when it is sound. */
function rowFault(raw: unknown): string | undefined {
	if (!isRecord(raw)) return 'not an object';
	if (typeof raw.id !== 'string' || raw.id === '') return 'id: not a string';
	if (typeof raw.kind !== 'string' || !KIND_SET.has(raw.kind)) return `kind: unknown (${String(raw.kind)})`;
	if (typeof raw.name !== 'string') return 'name: missing or not text';
	if (!isStringArray(raw.tags)) return 'tags: missing or not a list of text';
	if (!isStringArray(raw.regions)) return 'regions: missing or not a list of text';
	if (typeof raw.createdAt !== 'string') return 'createdAt: missing or not text';
	if (typeof raw.updatedAt !== 'string') return 'updatedAt: missing or not text';
	if (!isCount(raw.revision)) return 'revision: missing or not a positive integer';
	if (raw.deletedAt !== undefined && typeof raw.deletedAt !== 'string') return 'deletedAt: not text';
	if (!isCount(raw.schemaVersion)) return 'schemaVersion: missing or not a positive integer';
	return undefined;
}

/** Reads a stored metadata row into a summary, or a damaged entry naming the first fault. */
export function readRow(raw: unknown): ListEntry {
	const fault = rowFault(raw);
	const r = raw as Record<string, unknown>;
	if (fault !== undefined) {
		const damaged: DamagedItem = { damaged: true, id: rowId(raw), reason: fault };
		if (isRecord(raw) && typeof r.deletedAt === 'string') damaged.deletedAt = r.deletedAt;
		return damaged;
	}
	const summary: ItemSummary = {
		id: r.id as string,
		kind: r.kind as ItemKind,
		name: r.name as string,
		tags: [...(r.tags as string[])],
		regions: [...(r.regions as RegionId[])],
		createdAt: r.createdAt as string,
		updatedAt: r.updatedAt as string,
		revision: r.revision as number,
		schemaVersion: r.schemaVersion as number
	};
	if (typeof r.deletedAt === 'string') summary.deletedAt = r.deletedAt;
	return summary;
}

/** Joins a metadata row and its payload row into a full item (or a damaged entry). */
export function readItem(raw: unknown, payloadRow: unknown): ItemEntry {
	const entry = readRow(raw);
	if (isDamaged(entry)) return entry;
	if (!isRecord(payloadRow) || payloadRow.payload === undefined) {
		const damaged: DamagedItem = { damaged: true, id: entry.id, reason: 'payload: missing' };
		if (entry.deletedAt !== undefined) damaged.deletedAt = entry.deletedAt;
		return damaged;
	}
	return { ...entry, payload: payloadRow.payload };
}

/** The revision a stored row claims, damaged or not (0 when it has none). */
export function rawRevision(raw: unknown): number {
	return isRecord(raw) && isCount(raw.revision) ? raw.revision : 0;
}

/** Puts the fields in the documented order, so exported files diff cleanly. */
export function canonical(item: SavedItem): SavedItem {
	return {
		id: item.id,
		kind: item.kind,
		name: item.name,
		tags: item.tags,
		regions: item.regions,
		createdAt: item.createdAt,
		updatedAt: item.updatedAt,
		revision: item.revision,
		...(item.deletedAt !== undefined && { deletedAt: item.deletedAt }),
		schemaVersion: item.schemaVersion,
		payload: item.payload
	};
}

export function summaryOf(item: SavedItem): ItemSummary {
	const { payload: _payload, ...summary } = item;
	return summary;
}

// ——— Filtering and sorting lists ———

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const collator = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true, sensitivity: 'base' });

function matches(item: ItemSummary, query: ListQuery, words: string[]): boolean {
	if (query.kind !== undefined && item.kind !== query.kind) return false;
	if (query.region !== undefined && !item.regions.some((r) => r === query.region)) return false;
	if (query.tag !== undefined && !item.tags.includes(query.tag)) return false;
	if (words.length > 0) {
		const haystack = fold([item.name, ...item.tags].join('\n'));
		if (!words.every((w) => haystack.includes(w))) return false;
	}
	return true;
}

const byId = (a: ItemSummary, b: ItemSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newest = (key: 'updatedAt' | 'createdAt') => (a: ItemSummary, b: ItemSummary) =>
	a[key] < b[key] ? 1 : a[key] > b[key] ? -1 : byId(a, b);

const indexed = (value: unknown, key: string) =>
	value === key || (Array.isArray(value) && value.includes(key));

/**
 * Whether a raw row matches the kind, tag and region filters as IndexedDB's indexes see it (a
 * multi-entry index also files a lone string). Decides which damaged rows a filtered list shows.
 */
export function rawMatches(
	raw: unknown,
	{ kind, tag, region }: Pick<ListQuery, 'kind' | 'tag' | 'region'>
): boolean {
	const r = raw as Record<string, unknown>;
	return (
		(kind === undefined || r.kind === kind) &&
		(tag === undefined || indexed(r.tags, tag)) &&
		(region === undefined || indexed(r.regions, region))
	);
}

/**
 * Filters and sorts raw rows (all rows, or a superset an index returned). Damaged rows come after
 * the sound ones whenever their raw kind/tag/region match; text search cannot judge a damaged
 * name, so it never hides one: a damaged field must not hide the record from its owner.
 */
export function selectEntries(rows: unknown[], query: ListQuery = {}): ListEntry[] {
	const words = fold(query.text ?? '')
		.split(/\s+/)
		.filter((w) => w !== '');
	const sound: ItemSummary[] = [];
	const damaged: DamagedItem[] = [];
	for (const raw of rows) {
		const entry = readRow(raw);
		if (entry.deletedAt !== undefined && !query.includeDeleted) continue;
		if (isDamaged(entry)) {
			if (rawMatches(raw, query)) damaged.push(entry);
		} else if (matches(entry, query, words)) sound.push(entry);
	}
	const sort = query.sort ?? 'updated';
	if (sort === 'name') sound.sort((a, b) => collator.compare(a.name, b.name) || byId(a, b));
	else sound.sort(newest(sort === 'created' ? 'createdAt' : 'updatedAt'));
	damaged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return [...sound, ...damaged];
}
