// MiniSearch's AND query, answered by intersecting first and scoring only the intersection. Pure: no DOM.
//
// MiniSearch 7.2.0 (pinned in package.json) answers a query combined with AND by scoring EVERY document of
// EVERY term (`termResults`) and only then intersecting the per-term maps (`combineResults`): for our index of
// character bigrams, a query made of frequent bigrams (授权运营协议: 授权, 权运, 运营, 营协, 协议) scores tens of
// thousands of postings to keep a few hundred documents. Here the terms' postings are intersected first, the
// rarest term first, and only the documents left are scored — with MiniSearch's own formula, parameters and
// order of operations, so the results are the same: the same documents, the same scores (the same floating-point
// sums, in the same order) and the same order among equal scores.
//
// What is reproduced from MiniSearch (node_modules/minisearch/dist/es/index.js, 7.2.0):
//   - executeQuerySpec: a query term's exact postings first, then — for a prefix term — every other indexed
//     term it prefixes (SearchableMap#atPrefix order) with weight prefix × len / (len + 0.3 × distance);
//     fuzzy search is not used by this app and not supported here (the adapter refuses it);
//   - termResults: per derived term, fields in `fields` order, the score termWeight × termBoost × fieldBoost ×
//     docBoost × BM25(tf, matching documents of the term in that field, document count, field length, average
//     field length), summed per document in that order;
//   - the AND combinator: per-term scores summed left to right in query order; the map it returns iterates in
//     the LAST term's insertion order (postings are iterated in ascending short id — loadJS reads them from
//     objects with integer keys and addAll adds documents in id order; the adapter checks it);
//   - search: score × (number of query terms matched, all of them under AND), sorted by score, stable.
//
// The internals read (MiniSearch's private fields) are listed in `Internals` (and the merge writes one:
// `setTermData`); `fastAndSupported` checks that
// they are there, and search.fastand.test.ts checks it against the installed MiniSearch and compares this path
// with MiniSearch's over many random queries.

import type MiniSearch from 'minisearch';

/** A term's postings per field id: field id → (short document id → term frequency). */
export type TermData = Map<number, Map<number, number>>;

/** MiniSearch's private state this module reads (7.2.0). */
interface Internals {
	_index: {
		get(term: string): TermData | undefined;
		atPrefix(prefix: string): Iterable<[string, TermData]>;
		set(term: string, data: TermData): unknown;
	};
	_fieldIds: Record<string, number>;
	_avgFieldLength: number[];
	_fieldLength: Map<number, number[]>;
	_documentIds: Map<number, unknown>;
	_storedFields: Map<number, Record<string, unknown> | undefined>;
	_documentCount: number;
	_options: { fields: string[] };
}

/** MiniSearch's defaults (defaultSearchOptions in 7.2.0) for what the app's options leave unset. */
export const MINISEARCH_DEFAULTS = {
	prefixWeight: 0.375,
	bm25: { k: 1.2, b: 0.7, d: 0.5 }
} as const;

/** The search options this path honours: the app's (search.ts miniOptions), nothing else. */
export interface FastAndOptions {
	/** Field boosts (missing or 0 → 1, as MiniSearch's `getOwnProperty(boost, field) || 1`). */
	boost?: Record<string, number>;
	/** Whether a query term is searched as a prefix. */
	prefix: (term: string) => boolean;
	/**
	 * Per-document boost (MiniSearch's boostDocument), from the document's stored fields; it must not depend on
	 * the term (the app's does not): it is asked once per document, MiniSearch asks it per term and field.
	 */
	boostDocument?: (id: unknown, term: string, stored: Record<string, unknown> | undefined) => number;
	/** Keep only these documents (MiniSearch's `filter`, applied to the stored fields and id). */
	filter?: (stored: Record<string, unknown>) => boolean;
}

/** A hit as MiniSearch#search returns it, reduced to what the app reads. */
export interface FastHit {
	id: unknown;
	score: number;
}

/** True when `mini` has the private state this module reads, of the expected kinds. */
export function fastAndSupported<T>(mini: MiniSearch<T>): boolean {
	const m = mini as unknown as Partial<Internals>;
	return (
		typeof m._index?.get === 'function' &&
		typeof m._index?.atPrefix === 'function' &&
		typeof m._index?.set === 'function' &&
		typeof m._fieldIds === 'object' &&
		Array.isArray(m._avgFieldLength) &&
		m._fieldLength instanceof Map &&
		m._documentIds instanceof Map &&
		m._storedFields instanceof Map &&
		typeof m._documentCount === 'number' &&
		Array.isArray(m._options?.fields)
	);
}

/**
 * Adds a term's postings to `mini`'s index, as MiniSearch.loadJS does for each entry of a serialized index
 * (`miniSearch._index.set(term, dataMap)`): how search.ts's merge fills the merged index a step at a time
 * without building the serialized form first. Postings must be in ascending short id (see above).
 */
export function setTermData<T>(mini: MiniSearch<T>, term: string, data: TermData): void {
	(mini as unknown as Internals)._index.set(term, data);
}

/** MiniSearch's calcBM25Score, operation for operation, its document-frequency factor computed once per term. */
const invDocFreq = (matchingCount: number, totalCount: number) =>
	Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
const bm25 = (idf: number, termFreq: number, fieldLength: number, avgFieldLength: number) => {
	const { k, b, d } = MINISEARCH_DEFAULTS.bm25;
	return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
};

/** One term of the index a query term stands for: itself, or (prefix search) a longer term it begins. */
interface Derived {
	term: string;
	weight: number;
	/** Per field, in `fields` order: its postings (absent when the term is not in that field). */
	postings: (Map<number, number> | undefined)[];
}

interface QueryTerm {
	derived: Derived[];
	/** Postings to walk to list its documents. */
	cost: number;
}

function queryTerm(m: Internals, term: string, prefix: boolean, fieldIds: number[]): QueryTerm {
	const derived: Derived[] = [];
	const add = (t: string, weight: number, data: TermData | undefined) => {
		if (!data) return;
		derived.push({ term: t, weight, postings: fieldIds.map((f) => data.get(f)) });
	};
	add(term, 1, m._index.get(term));
	if (prefix) {
		for (const [t, data] of m._index.atPrefix(term)) {
			const distance = t.length - term.length;
			if (!distance) continue;
			add(t, (MINISEARCH_DEFAULTS.prefixWeight * t.length) / (t.length + 0.3 * distance), data);
		}
	}
	let cost = 0;
	for (const d of derived) for (const p of d.postings) cost += p?.size ?? 0;
	return { derived, cost };
}

/** Whether `doc` has any posting of the query term. */
function has(q: QueryTerm, doc: number): boolean {
	for (const d of q.derived) for (const p of d.postings) if (p?.has(doc)) return true;
	return false;
}

/**
 * MiniSearch#search(terms joined by spaces, { combineWith: 'AND', … }) for the index `mini` — the same hits,
 * scores and order — computed over the intersection of the terms' postings only. `terms`: the query's terms,
 * already tokenized and processed, distinct.
 */
export function searchAnd<T>(mini: MiniSearch<T>, terms: readonly string[], opts: FastAndOptions): FastHit[] {
	const m = mini as unknown as Internals;
	if (terms.length === 0) return [];
	if (new Set(terms).size !== terms.length) throw new Error('searchAnd: query terms must be distinct');
	const fields = m._options.fields;
	const fieldIds = fields.map((f) => m._fieldIds[f]!);
	const fieldBoosts = fields.map((f) => (Object.hasOwn(opts.boost ?? {}, f) ? opts.boost![f] : 0) || 1);
	const queries = terms.map((t) => queryTerm(m, t, opts.prefix(t), fieldIds));
	if (queries.some((q) => q.cost === 0)) return [];

	// intersect, rarest term first
	const byCost = queries.map((q, i) => i).sort((a, b) => queries[a]!.cost - queries[b]!.cost);
	const rarest = queries[byCost[0]!]!;
	let docs = new Set<number>();
	for (const d of rarest.derived)
		for (const p of d.postings) if (p) for (const doc of p.keys()) docs.add(doc);
	for (const i of byCost.slice(1)) {
		const q = queries[i]!;
		let lookups = 0;
		for (const d of q.derived) for (const p of d.postings) if (p) lookups++;
		if (docs.size * lookups <= q.cost) {
			for (const doc of docs) if (!has(q, doc)) docs.delete(doc);
		} else {
			const seen = new Set<number>();
			for (const d of q.derived)
				for (const p of d.postings) if (p) for (const doc of p.keys()) if (docs.has(doc)) seen.add(doc);
			docs = seen;
		}
		if (docs.size === 0) return [];
	}

	// MiniSearch filters after scoring; filtering first changes nothing (a filter drops whole documents)
	if (opts.filter) {
		for (const doc of docs) {
			const stored = { id: m._documentIds.get(doc), ...m._storedFields.get(doc) };
			if (!opts.filter(stored)) docs.delete(doc);
		}
	}

	// score the intersection, term by term in query order, as termResults and the AND combinator do
	const boosts = new Map<number, number>();
	const boostOf = (doc: number, term: string) => {
		if (!opts.boostDocument) return 1;
		let boost = boosts.get(doc);
		if (boost === undefined) {
			boost = opts.boostDocument(m._documentIds.get(doc), term, m._storedFields.get(doc));
			boosts.set(doc, boost);
		}
		return boost;
	};
	const total = new Map<number, number>();
	/** The order of the LAST term's result map: (derived term, field) where the document first appears. */
	const firstSeen = new Map<number, number>();
	const last = queries.length - 1;
	queries.forEach((q, qi) => {
		const termScore = new Map<number, number>();
		let slot = 0;
		for (const d of q.derived) {
			for (let f = 0; f < fieldIds.length; f++, slot++) {
				const postings = d.postings[f];
				if (!postings) continue;
				const fieldId = fieldIds[f]!;
				const idf = invDocFreq(postings.size, m._documentCount);
				const avgFieldLength = m._avgFieldLength[fieldId]!;
				const visit = (doc: number, termFreq: number) => {
					const docBoost = boostOf(doc, d.term);
					if (!docBoost) return;
					const fieldLength = m._fieldLength.get(doc)![fieldId]!;
					const rawScore = bm25(idf, termFreq, fieldLength, avgFieldLength);
					const weightedScore = d.weight * 1 * fieldBoosts[f]! * docBoost * rawScore;
					const prev = termScore.get(doc);
					termScore.set(doc, prev === undefined ? weightedScore : prev + weightedScore);
					if (qi === last && !firstSeen.has(doc)) firstSeen.set(doc, slot);
				};
				if (docs.size <= postings.size) {
					for (const doc of docs) {
						const tf = postings.get(doc);
						if (tf !== undefined) visit(doc, tf);
					}
				} else {
					for (const [doc, tf] of postings) if (docs.has(doc)) visit(doc, tf);
				}
			}
		}
		for (const doc of docs) {
			const s = termScore.get(doc);
			// a document whose every match had a zero boost is not in MiniSearch's map for this term
			if (s === undefined) docs.delete(doc);
			else total.set(doc, qi === 0 ? s : total.get(doc)! + s);
		}
	});

	const quality = terms.length;
	const hits = [...docs].map((doc) => ({
		doc,
		id: m._documentIds.get(doc),
		score: total.get(doc)! * quality
	}));
	// MiniSearch: the last term's map order (first (derived term, field) slot, then ascending id), then a
	// stable sort by score
	hits.sort((a, b) => firstSeen.get(a.doc)! - firstSeen.get(b.doc)! || a.doc - b.doc);
	hits.sort((a, b) => b.score - a.score);
	return hits.map(({ id, score }) => ({ id, score }));
}
