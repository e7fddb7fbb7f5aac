// Branded ids (types.ts): a plain string read from outside — a URL, a user's file, a scenario script — becomes a
// RoleId, RegionId … only here, matched against what the data declares. The match returns the declared id
// itself, so no cast is needed: an unchecked string cannot reach an engine. Pure: no imports but types.

import type { ClauseId, Corpus, RoleId } from './types';

/** The role `id` names among a region's declared roles, or undefined when it declares no such role. */
export function declaredRole(id: string, declared: readonly RoleId[]): RoleId | undefined {
	return declared.find((r) => r === id);
}

/** Whether `id` names a clause of `corpus` (a loaded text's parsed clauses). */
export function isClauseId(id: string, corpus: Pick<Corpus, 'clauses'>): id is ClauseId {
	return corpus.clauses.some((c) => c.id === id);
}

/** The clause id `id` names in `corpus` — the corpus's own id, so no cast — or undefined when it has no such clause. */
export function asClauseId(id: string, corpus: Pick<Corpus, 'clauses'>): ClauseId | undefined {
	return corpus.clauses.find((c) => c.id === id)?.id;
}
