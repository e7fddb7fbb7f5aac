// Branded ids (types.ts): a plain string read from outside — a URL, a user's file, a scenario script — becomes a
// RoleId, RegionId … only here, matched against what the data declares. The match returns the declared id
// itself, so no cast is needed: an unchecked string cannot reach an engine. Pure: no imports but types.

import type { ClauseId, Corpus, RegionId, RoleId } from './types';

/** The id among `known` that `id` names — the list's own element, so no cast — or undefined when none does. */
export function knownId<T extends string>(id: string, known: readonly T[]): T | undefined {
	return known.find((k) => k === id);
}

/**
 * The region id of a pack file's path as import.meta.glob names it ("./taian/meta.yaml",
 * "/src/lib/regions/taian/journey.yaml?roles" → "taian"): the folder holding the file. A build-time boundary: the
 * packs plugin validated every file the glob finds, so the folder is a pack's id.
 */
export function packRegionOf(path: string): RegionId {
	const parts = path.split('?')[0]!.split('/');
	return parts[parts.length - 2]! as RegionId;
}

/** The role `id` names among a region's declared roles, or undefined when it declares no such role. */
export function declaredRole(id: string, declared: readonly RoleId[]): RoleId | undefined {
	return knownId(id, declared);
}

/** Whether `id` names a clause of `corpus` (a loaded text's parsed clauses). */
export function isClauseId(id: string, corpus: Pick<Corpus, 'clauses'>): id is ClauseId {
	return corpus.clauses.some((c) => c.id === id);
}

/** The clause id `id` names in `corpus` — the corpus's own id, so no cast — or undefined when it has no such clause. */
export function asClauseId(id: string, corpus: Pick<Corpus, 'clauses'>): ClauseId | undefined {
	return corpus.clauses.find((c) => c.id === id)?.id;
}

/**
 * The id of a text that is no document of the registry and is never looked up in it: '' for the empty corpus
 * before a draft is open, 'import' for a text being analysed before it is imported. Made here, the one place.
 */
export function unlistedRegion(name: '' | 'import'): RegionId {
	return name as RegionId;
}
