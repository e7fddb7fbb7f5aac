// Drafts as regions for the pages: a saved draft is read from the library, validated, parsed, and its
// metadata, profile and clauses are registered in the shared caches so citations, comparison cells and
// timelines treat it like one of the regulations. The one place drafts meet the library.

import {
	draftItemId,
	draftMeta,
	draftProfile,
	draftRegionId,
	isDraftRegion,
	parseDraft
} from '$lib/drafts/bundle';
import type { Draft } from '$lib/drafts/types';
import { documentIds, getRegion, loadProfile } from '$lib/regions/registry';
import { journeyRegionIds } from '$lib/machines/roles';
import type { Corpus, RegionId, RegionMeta, RegionProfile } from '$lib/regions/types';
import type { SavedItem } from '$lib/db';
import { wordsIn } from '$lib/rules/words';
import { replaceCorpus } from './corpora.svelte';
import { library } from './library.svelte';
import { seedProfile } from './profiles.svelte';
import { setDraftRegion } from './draft-regions.svelte';

export interface LoadedDraft {
	itemId: string;
	/** "draft-" + itemId: the id the draft goes by as a region. */
	region: RegionId;
	item: SavedItem;
	draft: Draft;
	meta: RegionMeta;
	profile: RegionProfile;
	corpus: Corpus;
	/** Why the draft's text does not split into clauses, if it does not. */
	parseError: string | null;
	/** The region it was cloned from, loaded: the "before" of what changed. */
	base: { meta: RegionMeta; profile: RegionProfile } | null;
}

export type DraftLoad =
	{ ok: true; loaded: LoadedDraft } | { ok: false; reason: 'notFound' | 'invalid'; detail?: string };

export {
	draftItemId,
	draftProcedure,
	draftRegionId,
	isDraftRegion,
	regionMeta
} from './draft-regions.svelte';

/** What a draft's base and procedure are checked against (validateDraft's `regions`). */
export const DRAFT_REGION_REFS = { known: documentIds, withJourney: journeyRegionIds } as const;

async function loadBase(draft: Draft) {
	const meta = draft.base ? getRegion(draft.base) : undefined;
	if (!meta) return null;
	return { meta, profile: await loadProfile(meta.id) };
}

/** Build the region view of a draft and register it in the shared caches. */
export async function registerDraft(item: SavedItem, draft: Draft): Promise<LoadedDraft> {
	const region = draftRegionId(item.id);
	const base = await loadBase(draft);
	const parsed = parseDraft(draft, region);
	const loaded: LoadedDraft = {
		itemId: item.id,
		region,
		item,
		draft,
		meta: draftMeta(draft, region, base ?? undefined),
		profile: draftProfile(draft, region),
		corpus: parsed.corpus,
		parseError: parsed.ok ? null : parsed.error,
		base
	};
	setDraftRegion(loaded.meta, draft.procedure);
	replaceCorpus(loaded.corpus);
	seedProfile(loaded.profile);
	return loaded;
}

/** Open a saved draft by its library item id (or its draft region id). */
export async function loadDraft(idOrRegion: string): Promise<DraftLoad> {
	const itemId = isDraftRegion(idOrRegion) ? draftItemId(idOrRegion) : idOrRegion;
	const item = await library.getSaved(itemId, 'draft');
	if (!item) return { ok: false, reason: 'notFound' };
	// the schema (valibot) loads only when a draft is opened: Cite imports this module on every page
	const { parseDraftPayload } = await import('$lib/drafts/schema');
	const parsed = parseDraftPayload(item.payload);
	if (!parsed.ok)
		return {
			ok: false,
			reason: 'invalid',
			detail: parsed.problems.map((p) => `${p.field}: ${wordsIn(p.message, 'en')}`).join('; ')
		};
	return { ok: true, loaded: await registerDraft(item, parsed.draft) };
}

/** Every saved draft's summary (not in the trash), newest first: for the pages' "add a draft" pickers. */
export async function listDrafts(): Promise<{ id: string; name: string; updatedAt: string }[]> {
	const { repo, db } = await library.open();
	const entries = await repo.listItems({ kind: 'draft' });
	return entries.flatMap((e) =>
		db.isDamaged(e) ? [] : [{ id: e.id, name: e.name, updatedAt: e.updatedAt }]
	);
}
