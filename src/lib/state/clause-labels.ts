// Cited clauses as a reader names them ("衢州 十六第一段", "实施规范 第十四条第二款") for exports: loads the
// texts the citations point to, then labels from them; a clause not found keeps its id after the name.

import { citedClause } from '$lib/regions/citation';
import { getDocument } from '$lib/regions/registry';
import type { ClauseId, Localized, RegionId } from '$lib/regions/types';
import type { ClauseLabeler, Lang } from '$lib/rules/briefing';
import { getClause, loadCorpora } from './corpora.svelte';
import { citedRegion } from './cited-region';
import { regionMeta } from './draft-regions.svelte';

/** A labeler for the citations `refs` (each as made by its region), once their texts are loaded. */
export async function clauseLabeler(
	refs: Iterable<{ region: RegionId; citation: ClauseId }>,
	lang: Lang
): Promise<ClauseLabeler> {
	const at = (region: RegionId, citation: ClauseId) => {
		const c = citedClause(region, citation);
		return { region: citedRegion(c.region, c.id), id: c.id };
	};
	const targets = [...refs].map((r) => at(r.region, r.citation).region);
	await loadCorpora(targets);
	const pick = (s: Localized) => (lang === 'en' ? s.en : s.zh);
	return (region: RegionId, citation: ClauseId) => {
		const c = at(region, citation);
		const meta = regionMeta(c.region) ?? getDocument(c.region);
		const name = meta ? pick(meta.name) : c.region;
		const clause = getClause(c.region, c.id);
		return `${name} ${clause ? pick(clause.label) : c.id}`;
	};
}
