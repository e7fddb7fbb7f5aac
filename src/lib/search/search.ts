// Full-text search over the regions' clauses. Pure: no DOM, no Svelte, no storage, and no static
// import of the region registry, so pages that never search never load this module's dependencies.
//
// Match semantics:
//   - the query is cut into groups (see tokenize.ts); every token of every group must occur in the
//     clause's text or label (MiniSearch, combineWith 'AND'); one-character tokens are prefix searches,
//     which, with the index's trailing unigrams, find every occurrence of that character;
//   - a group that begins or ends with a digit matches whole numbers only ("3年" does not find
//     "2023年"): bigrams cannot tell, so such clauses are filtered after the index lookup;
//   - results whose text contains the whole query (folded, whitespace removed on both sides) are
//     `exact` and rank first; the rest rank by BM25 score (label matches boosted, document furniture
//     — title, notice, addressee, signature, date, footer — damped).

import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { ClauseId, Corpus, RegionId } from '$lib/regions/types';
import {
	foldCompact,
	fold,
	groupTokens,
	isPrefixToken,
	queryGroups,
	queryTokens,
	tokenize,
	type FoldedText
} from './tokenize.ts';
import { fastAndSupported, searchAnd, setTermData, type FastAndOptions, type TermData } from './fastand.ts';

export interface SearchDoc {
	/** `${region}:${clauseId}` */
	id: string;
	region: RegionId;
	clauseId: ClauseId;
	/** The clause's Chinese label, e.g. 第十四条（六）. */
	label: string;
	kind: string;
	/** The clause's own verbatim text. */
	text: string;
}

/** A piece of a snippet; the UI renders `text` as text, never as HTML. */
export interface Segment {
	text: string;
	match: boolean;
}

export interface SearchResult {
	id: string;
	region: RegionId;
	clauseId: ClauseId;
	label: string;
	kind: string;
	score: number;
	/** The clause's text contains the whole query (whitespace and case aside). */
	exact: boolean;
	snippet: Segment[];
}

export interface SearchOptions {
	/** Only these regions (all when absent). */
	regions?: readonly RegionId[];
	/** At most this many results (all when absent). */
	limit?: number;
}

export interface SearchIndex {
	/** Number of indexed clauses. */
	readonly size: number;
	search(query: string, opts?: SearchOptions): SearchResult[];
}

export interface RegionResults {
	region: RegionId;
	results: SearchResult[];
}

/** Characters of context either side of the first match in a snippet. */
export const SNIPPET_CONTEXT = 60;
export const ELLIPSIS = '…';

const FURNITURE = new Set(['title', 'notice', 'addressee', 'signature', 'date', 'footer']);
const FURNITURE_BOOST = 0.5;
const LABEL_BOOST = 2;

/** One search document per clause with any text. */
export function docsFromCorpus(corpus: Corpus): SearchDoc[] {
	return corpus.clauses
		.filter((c) => c.text.trim() !== '')
		.map((c) => ({
			id: `${corpus.region}:${c.id}`,
			region: corpus.region,
			clauseId: c.id,
			label: c.label.zh,
			kind: c.kind,
			text: c.text
		}));
}

const DIGIT = /^[0-9]$/;
const isDigitAt = (s: string, i: number) => DIGIT.test(s.charAt(i));
/** A query group whose first or last character is a digit: it must match whole numbers only. */
const hasDigitEdge = (g: string) => isDigitAt(g, 0) || isDigitAt(g, g.length - 1);

/**
 * Non-overlapping occurrences of `needle` in `haystack`, as [start, end) pairs. Numbers match whole:
 * a needle starting (ending) with a digit does not match right after (before) another digit, so
 * "3年" is not found in "2023年". `first`: stop at the first (whether there is one).
 */
function occurrences(haystack: string, needle: string, first = false): [number, number][] {
	const out: [number, number][] = [];
	if (!needle) return out;
	const digitStart = isDigitAt(needle, 0);
	const digitEnd = isDigitAt(needle, needle.length - 1);
	let i = haystack.indexOf(needle);
	while (i !== -1) {
		const end = i + needle.length;
		if ((digitStart && isDigitAt(haystack, i - 1)) || (digitEnd && isDigitAt(haystack, end))) {
			i = haystack.indexOf(needle, i + 1);
		} else {
			out.push([i, end]);
			if (first) break;
			i = haystack.indexOf(needle, end);
		}
	}
	return out;
}

/** Folded intervals mapped back to the source string, sorted, overlaps merged. */
function toSource(folded: FoldedText, intervals: [number, number][]): [number, number][] {
	const mapped = intervals
		.map(([a, b]): [number, number] => [folded.starts[a]!, folded.ends[b - 1]!])
		.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const merged: [number, number][] = [];
	for (const iv of mapped) {
		const last = merged[merged.length - 1];
		if (last && iv[0] < last[1]) last[1] = Math.max(last[1], iv[1]);
		else merged.push([iv[0], iv[1]]);
	}
	return merged;
}

function isLowSurrogate(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c >= 0xdc00 && c <= 0xdfff;
}

/** A window of `text` around the first marked interval, every interval in it marked. */
export function buildSnippet(text: string, marks: [number, number][]): Segment[] {
	const first = marks[0];
	let start = first ? Math.max(0, first[0] - SNIPPET_CONTEXT) : 0;
	let end = first
		? Math.min(text.length, first[1] + SNIPPET_CONTEXT)
		: Math.min(text.length, 2 * SNIPPET_CONTEXT);
	// never cut a mark in two, nor a surrogate pair
	for (const [a, b] of marks) if (a < end && b > end) end = b;
	if (start > 0 && isLowSurrogate(text, start)) start--;
	if (end < text.length && isLowSurrogate(text, end)) end++;

	const segments: Segment[] = [];
	const push = (s: string, match: boolean) => {
		if (s) segments.push({ text: s, match });
	};
	if (start > 0) push(ELLIPSIS, false);
	let at = start;
	for (const [a, b] of marks) {
		if (a >= end) break;
		if (b <= at) continue;
		push(text.slice(at, a), false);
		push(text.slice(Math.max(a, at), b), true);
		at = b;
	}
	push(text.slice(at, end), false);
	if (end < text.length) push(ELLIPSIS, false);
	return segments;
}

const boostDocument = (_id: unknown, _term: string, stored: Record<string, unknown> | undefined) =>
	FURNITURE.has(String(stored?.['kind'])) ? FURNITURE_BOOST : 1;

/** The MiniSearch options: the same when a shard is built (at build time) and when it is loaded. */
function miniOptions(): Options<SearchDoc> {
	return {
		fields: ['text', 'label'],
		storeFields: ['region', 'kind'],
		tokenize: (text: string) => tokenize(text),
		processTerm: (term: string) => term,
		searchOptions: {
			boost: { label: LABEL_BOOST },
			combineWith: 'AND',
			// queries arrive already tokenized, joined by spaces (tokens never contain whitespace)
			tokenize: (query: string) => query.split(' ').filter(Boolean),
			processTerm: (term: string) => term,
			prefix: (term: string) => isPrefixToken(term),
			fuzzy: false,
			boostDocument
		}
	};
}

/**
 * One region's search data, prebuilt at build time (the packs plugin, `source.txt?shard`): its clauses and
 * its MiniSearch index serialized (MiniSearch#toJSON). Loading one costs a JSON parse, not a tokenization.
 */
export interface SearchShard {
	region: RegionId;
	docs: SearchDoc[];
	index: AsPlainObject;
}

/** A region's shard from its documents (build time). */
export function buildShard(region: RegionId, docs: readonly SearchDoc[]): SearchShard {
	const mini = new MiniSearch<SearchDoc>(miniOptions());
	mini.addAll(docs as SearchDoc[]);
	return { region, docs: [...docs], index: mini.toJSON() };
}

/** The same search options, for the intersect-first AND path (fastand.ts). */
const FAST_OPTIONS: FastAndOptions = {
	boost: { label: LABEL_BOOST },
	prefix: isPrefixToken,
	boostDocument
};

/**
 * How a query runs in each MiniSearch: 'fast' (the default) intersects the terms' postings first and scores
 * only the documents left (fastand.ts: MiniSearch's own formula, same results); 'minisearch' calls
 * MiniSearch#search, which scores every document of every term — kept as the reference the fast path is
 * tested against.
 */
export type Engine = 'fast' | 'minisearch';

/** A piece of an index: one MiniSearch and the documents it indexes. */
interface Part {
	mini: MiniSearch<SearchDoc>;
	byId: Map<string, SearchDoc>;
	/** The regions it holds (a shard: one). */
	regions: ReadonlySet<RegionId>;
}

/** One index over the given documents, built here. */
export function createSearchIndex(docs: readonly SearchDoc[], engine: Engine = 'fast'): SearchIndex {
	const mini = new MiniSearch<SearchDoc>(miniOptions());
	mini.addAll(docs as SearchDoc[]);
	return indexOver(
		[{ mini, byId: new Map(docs.map((d) => [d.id, d])), regions: new Set(docs.map((d) => d.region)) }],
		engine
	);
}

/** Each shard's loaded MiniSearch, kept: a growing set of shards (results shown as they arrive) reuses it. */
const loadedParts = new WeakMap<SearchShard, Part>();
function partOf(s: SearchShard): Part {
	let part = loadedParts.get(s);
	if (!part) {
		part = {
			mini: MiniSearch.loadJS<SearchDoc>(s.index, miniOptions()),
			byId: new Map(s.docs.map((d) => [d.id, d])),
			regions: new Set([s.region])
		};
		loadedParts.set(s, part);
	}
	return part;
}

/**
 * An index over prebuilt shards (each loaded with MiniSearch.loadJS, once per shard): a query runs in every
 * shard (or only the regions asked for) and the hits are ranked together — exact matches first, then by
 * score. Each shard scores with its own statistics (BM25's document count and average length), so the order
 * among inexact hits of different regions can differ from one index's: this is the index used while shards
 * are still arriving; mergeShards gives the single index's ranking once all are in.
 */
export function createShardedIndex(shards: readonly SearchShard[], engine: Engine = 'fast'): SearchIndex {
	return indexOver(shards.map(partOf), engine);
}

/**
 * One index from prebuilt shards, merged without re-tokenizing: the serialized indexes are concatenated (each
 * shard's documents renumbered after the previous ones', term postings joined, the document count summed and
 * the average field lengths recomputed over all documents). The result is the index MiniSearch builds from all
 * the shards' documents added in shard order — same terms, postings, statistics and therefore the same scores
 * and ranking as one index over every text (up to floating-point rounding of the averages) — and a query costs
 * one lookup per term instead of one per shard.
 */
export function mergeShards(shards: readonly SearchShard[], engine: Engine = 'fast'): SearchIndex {
	const steps = mergeSteps(shards);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return mergedIndex(shards, step.value, engine);
}

/** Yields to the event loop: input and painting run before the next slice of work. */
export type Yielder = () => Promise<void>;

const yieldToMain: Yielder = () => {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
};

/** Work between two yields, at most (ms): well under a frame, so the page keeps answering while it merges. */
export const MERGE_SLICE_MS = 8;

/**
 * mergeShards in slices: the same merge (the same steps, so the same index), but the work yields to the page
 * every MERGE_SLICE_MS or so (between steps of MERGE_STEP terms) instead of blocking it for seconds at 300
 * regions. `yielder`, `sliceMs` (tests): how to yield, and after how long.
 */
export async function mergeShardsAsync(
	shards: readonly SearchShard[],
	{
		engine = 'fast',
		yielder = yieldToMain,
		sliceMs = MERGE_SLICE_MS
	}: { engine?: Engine; yielder?: Yielder; sliceMs?: number } = {}
): Promise<SearchIndex> {
	const steps = mergeSteps(shards);
	let sliceStart = performance.now();
	let step = steps.next();
	while (!step.done) {
		if (performance.now() - sliceStart >= sliceMs) {
			await yielder();
			sliceStart = performance.now();
		}
		step = steps.next();
	}
	return mergedIndex(shards, step.value, engine);
}

/** Terms handled between two steps of the merge (a step is well under a millisecond). */
const MERGE_STEP = 200;

/**
 * The merge, in small steps (a `yield` every MERGE_STEP terms and after each shard); returns the merged
 * MiniSearch.
 * The postings go straight into the maps MiniSearch searches (`setTermData`, fastand.ts: no intermediate
 * objects), in the order MiniSearch.loadJS would put them there from the merged serialized index: terms in
 * order of first appearance over the shards in shard order, each term's documents in ascending short id.
 */
function* mergeSteps(shards: readonly SearchShard[]): Generator<void, MiniSearch<SearchDoc>> {
	const documentIds: Record<string, unknown> = {};
	const fieldLength: Record<string, number[]> = {};
	const storedFields: Record<string, unknown> = {};
	const terms = new Map<string, TermData>();
	const fieldIds = shards[0]?.index.fieldIds ?? {};
	const nFields = Object.keys(fieldIds).length;
	const lengthSums = new Array<number>(nFields).fill(0);
	let next = 0;
	let count = 0;
	let work = 0;
	for (const s of shards) {
		const js = s.index;
		const offset = next;
		for (const [short, id] of Object.entries(js.documentIds)) {
			const n = Number(short) + offset;
			documentIds[n] = id;
			const lengths = js.fieldLength[short]!;
			fieldLength[n] = lengths;
			for (let f = 0; f < nFields; f++) lengthSums[f]! += lengths[f] ?? 0;
			if (js.storedFields[short] !== undefined) storedFields[n] = js.storedFields[short];
		}
		for (const [term, data] of js.index) {
			let merged = terms.get(term);
			if (!merged) terms.set(term, (merged = new Map()));
			for (const field of Object.keys(data)) {
				const fieldId = parseInt(field, 10);
				let into = merged.get(fieldId);
				if (!into) merged.set(fieldId, (into = new Map()));
				const postings = data[field] as Record<string, number>;
				for (const short of Object.keys(postings)) into.set(parseInt(short, 10) + offset, postings[short]!);
			}
			if (++work % MERGE_STEP === 0) yield;
		}
		next += js.nextId;
		count += js.documentCount;
		yield;
	}
	// the documents' maps and statistics through the public API; the terms after, a step at a time
	const mini = MiniSearch.loadJS<SearchDoc>(
		{
			documentCount: count,
			nextId: next,
			documentIds,
			fieldIds,
			fieldLength,
			averageFieldLength: lengthSums.map((sum) => (count ? sum / count : 0)),
			storedFields,
			dirtCount: 0,
			index: [],
			serializationVersion: 2
		},
		miniOptions()
	);
	yield;
	for (const [term, data] of terms) {
		setTermData(mini, term, data);
		if (++work % MERGE_STEP === 0) yield;
	}
	return mini;
}

function mergedIndex(
	shards: readonly SearchShard[],
	mini: MiniSearch<SearchDoc>,
	engine: Engine
): SearchIndex {
	const byId = new Map<string, SearchDoc>();
	for (const s of shards) for (const d of s.docs) byId.set(d.id, d);
	return indexOver([{ mini, byId, regions: new Set(shards.map((s) => s.region)) }], engine);
}

function indexOver(parts: readonly Part[], engine: Engine = 'fast'): SearchIndex {
	const foldedCache = new Map<string, FoldedText>();
	const foldedText = (doc: SearchDoc): FoldedText => {
		let f = foldedCache.get(doc.id);
		if (!f) {
			f = foldCompact(doc.text);
			foldedCache.set(doc.id, f);
		}
		return f;
	};

	function search(query: string, opts: SearchOptions = {}): SearchResult[] {
		const tokens = queryTokens(query);
		const whole = fold(query).replace(/\s+/gu, '');
		if (tokens.length === 0 || whole === '') return [];
		const only = opts.regions ? new Set<string>(opts.regions) : undefined;
		const groups = queryGroups(query);
		const numeric = groups.filter(hasDigitEdge);
		const ranked: { doc: SearchDoc; folded: FoldedText; score: number; exact: boolean }[] = [];
		for (const part of parts) {
			if (only && ![...part.regions].some((r) => only.has(r))) continue;
			const filter = only ? (r: Record<string, unknown>) => only.has(String(r['region'])) : undefined;
			const hits =
				// one term: nothing to intersect, MiniSearch's own search does the same work
				engine === 'fast' && tokens.length > 1 && fastAndSupported(part.mini)
					? searchAnd(part.mini, tokens, { ...FAST_OPTIONS, filter })
					: part.mini.search(tokens.join(' '), { filter });
			for (const hit of hits) {
				const doc = part.byId.get(hit.id as string);
				if (!doc) continue;
				const folded = foldedText(doc);
				// bigrams cannot see number boundaries: drop clauses where a number only occurs inside a longer one
				const label = numeric.length > 0 ? fold(doc.label) : '';
				if (
					numeric.some(
						(g) => occurrences(folded.text, g, true).length + occurrences(label, g, true).length === 0
					)
				) {
					continue;
				}
				ranked.push({
					doc,
					folded,
					score: hit.score,
					exact: occurrences(folded.text, whole, true).length > 0
				});
			}
		}
		// Array.prototype.sort is stable: ties keep MiniSearch's order
		ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
		const kept = opts.limit !== undefined ? ranked.slice(0, Math.max(0, opts.limit)) : ranked;

		// snippets only for the results returned
		return kept.map(({ doc, folded, score, exact }) => {
			const marks = exact
				? occurrences(folded.text, whole)
				: groups.flatMap((g) => {
						const found = occurrences(folded.text, g);
						return found.length > 0 ? found : groupTokens(g).flatMap((t) => occurrences(folded.text, t));
					});
			return {
				id: doc.id,
				region: doc.region,
				clauseId: doc.clauseId,
				label: doc.label,
				kind: doc.kind,
				score,
				exact,
				snippet: buildSnippet(doc.text, toSource(folded, marks))
			};
		});
	}

	return { size: parts.reduce((n, p) => n + p.byId.size, 0), search };
}

/**
 * Results grouped by region, regions in the given order (empty regions omitted), results in their
 * ranked order. Regions missing from `regionOrder` follow, in order of first appearance.
 */
export function groupByRegion(
	results: readonly SearchResult[],
	regionOrder: readonly RegionId[]
): RegionResults[] {
	const byRegion = new Map<RegionId, SearchResult[]>();
	for (const r of results) {
		const list = byRegion.get(r.region);
		if (list) list.push(r);
		else byRegion.set(r.region, [r]);
	}
	const order = [...new Set([...regionOrder, ...byRegion.keys()])];
	return order.flatMap((region) => {
		const list = byRegion.get(region);
		return list ? [{ region, results: list }] : [];
	});
}

/**
 * Builds the index over the given regions. The caller passes the loader ($lib/corpus/load's
 * `loadCorpus`) so this module stays free of static imports of the corpus.
 */
export async function loadSearchIndex(
	load: (id: RegionId) => Promise<Corpus>,
	ids: readonly RegionId[]
): Promise<SearchIndex> {
	const corpora = await Promise.all(ids.map((id) => load(id)));
	return createSearchIndex(corpora.flatMap(docsFromCorpus));
}
