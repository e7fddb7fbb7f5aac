// A document's clause labels without its text: every clause id with its label in the document's own numbering
// ("第二十七条", "十六第一段", "第十四条（六）"), as the parser gives them. The packs plugin builds one per document at
// build time (source.txt?labels, the same parser and options as the reader's), so that a citation can show its
// label — in the prerendered HTML, and in the browser without loading and parsing the whole text — and the text
// loads only when a reader asks for it (a citation's preview, the reader, the clause comparison).

import type { ClauseId, Corpus, Localized } from '$lib/regions/types';

/** Clause id → [zh, en] label: a plain object, so the module is JSON-shaped and small. */
export type ClauseLabelMap = Readonly<Record<string, readonly [zh: string, en: string]>>;

/** The label map of a parsed corpus (every clause, in document order). */
export function labelMapOf(corpus: Corpus): ClauseLabelMap {
	return Object.fromEntries(corpus.clauses.map((c) => [c.id, [c.label.zh, c.label.en] as const]));
}

/** The clause's label from a label map; undefined for an id the document has not got. */
export function labelIn(map: ClauseLabelMap, id: ClauseId): Localized | undefined {
	const l = Object.hasOwn(map, id) ? map[id] : undefined;
	return l && { zh: l[0], en: l[1] };
}
