// One saved draft beside the regulations on a tool page (compare, simulate, eligibility, timeline): opened
// from `?draft=`, checked, and reported plainly when it is gone, damaged or has errors. The draft code and
// the validator load only when a draft is asked for.

import { errorText } from '$lib/rules/words';
import type { DraftIssue } from '$lib/drafts/types';
import type { RegionId } from '$lib/regions/types';
import { isDraftItemId } from '$lib/rules/draft-param';
import type { LoadedDraft } from './drafts.svelte';

export interface ReadyDraft {
	id: string;
	region: RegionId;
	loaded: LoadedDraft;
	/** Errors keep the draft out of the simulator and the timelines. */
	errors: DraftIssue[];
	warnings: DraftIssue[];
}

export type DraftSlot =
	| { status: 'none' }
	| { status: 'loading'; id: string }
	| ({ status: 'ready' } & ReadyDraft)
	/** Not in the library (deleted, or another browser's). */
	| { status: 'missing'; id: string }
	/** Stored, but not a readable draft. */
	| { status: 'invalid'; id: string; detail?: string }
	/** The URL's id could not be a library id at all. */
	| { status: 'badId' };

/** Open a saved draft and check it. Never throws: a storage failure reads as a missing draft. */
export async function openDraft(id: string): Promise<DraftSlot> {
	if (!isDraftItemId(id)) return { status: 'badId' };
	try {
		const [
			{ loadDraft, DRAFT_REGION_REFS },
			{ validateDraft },
			{ profile: nationalProfile },
			{ HAND_MARKS }
		] = await Promise.all([
			import('./drafts.svelte'),
			import('$lib/drafts/validate'),
			import('$lib/regions/national/profile'),
			import('$lib/regions/national/marks')
		]);
		const res = await loadDraft(id);
		if (!res.ok)
			return res.reason === 'notFound'
				? { status: 'missing', id }
				: { status: 'invalid', id, detail: res.detail };
		const { loaded } = res;
		const issues = validateDraft(loaded.draft, {
			corpus: loaded.corpus,
			parseError: loaded.parseError,
			regions: DRAFT_REGION_REFS,
			national: { profile: nationalProfile, handMarks: HAND_MARKS, base: loaded.base }
		});
		return {
			status: 'ready',
			id,
			region: loaded.region,
			loaded,
			errors: issues.filter((i) => i.severity === 'error'),
			warnings: issues.filter((i) => i.severity === 'warning')
		};
	} catch (e) {
		return { status: 'invalid', id, detail: errorText(e) };
	}
}

/** A saved draft as a picker lists it. */
export interface SavedDraftEntry {
	id: string;
	name: string;
	updatedAt: string;
}

/** The saved drafts, newest first; the drafts module loads only when a picker asks. */
export const listSavedDrafts = async (): Promise<SavedDraftEntry[]> =>
	(await import('./drafts.svelte')).listDrafts();

/** The page's draft: at most one, replaced as the URL or the picker changes it. */
export function createDraftSlot() {
	let slot = $state.raw<DraftSlot>({ status: 'none' });
	let asked: string | null = null;

	return {
		get slot(): DraftSlot {
			return slot;
		},
		/** The draft when it is open and readable (errors or not); null otherwise. */
		get ready(): ReadyDraft | null {
			return slot.status === 'ready' ? slot : null;
		},
		/** Open `id` (null: none; `bad`: the URL held something that is not an id). */
		async open(id: string | null, bad = false): Promise<DraftSlot> {
			asked = id;
			if (bad) return (slot = { status: 'badId' });
			if (!id) return (slot = { status: 'none' });
			if (slot.status !== 'none' && 'id' in slot && slot.id === id && slot.status !== 'loading') return slot;
			slot = { status: 'loading', id };
			const next = await openDraft(id);
			// a later request won while this one loaded
			if (asked === id) slot = next;
			return next;
		},
		clear() {
			asked = null;
			slot = { status: 'none' };
		},
		/** What the picker offers. */
		list: listSavedDrafts
	};
}
