// Pure helpers over a parsed corpus: lookups, subtree text, and rebuilding the source for fidelity checks.

import type { Clause, ClauseId, ClauseKind, Corpus } from '$lib/regions/types';

export function indexCorpus(corpus: Corpus): Map<ClauseId, Clause> {
	return new Map(corpus.clauses.map((c) => [c.id, c]));
}

/** A clause's own text followed by all its descendants', in document order. */
export function subtreeText(index: Map<ClauseId, Clause>, id: ClauseId): string {
	const c = index.get(id);
	if (!c) return '';
	return [c.text, ...c.children.map((child) => subtreeText(index, child))].join('\n');
}

/** Ancestors from the top down, excluding the clause itself. */
export function ancestors(index: Map<ClauseId, Clause>, id: ClauseId): Clause[] {
	const out: Clause[] = [];
	let c = index.get(id);
	while (c?.parent) {
		c = index.get(c.parent);
		if (c) out.unshift(c);
	}
	return out;
}

/** Every clause's own lines in document order, as the source wrote them (list markers included). */
export function rebuildSource(corpus: Corpus): string {
	return corpus.clauses.map((c) => (c.prefix ?? '') + c.text).join('\n');
}

/** The kinds a reader cites as provisions (not the cover notice, title, addressee, signature, date or footer). */
export const PROVISION_KINDS: ReadonlySet<ClauseKind> = new Set([
	'preamble',
	'part',
	'chapter',
	'division',
	'article',
	'section',
	'subsection',
	'item',
	'subitem',
	'point',
	'subpoint',
	'paragraph',
	'closing'
]);

/** Provisions a reader would cite (not the cover notice, title, addressee line, signature, date or footer). */
export function isProvision(c: Clause): boolean {
	return PROVISION_KINDS.has(c.kind);
}
