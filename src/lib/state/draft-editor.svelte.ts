// The draft being edited, as runes: opened from the library, changed field by field, written back after a
// pause without overwriting another tab's edit, and registered as a region after every save so citation
// previews and the tool pages follow. One editor per tab: it outlives a language switch's re-render.

import { SvelteMap } from 'svelte/reactivity';
import { draftRegionId, parseDraft } from '$lib/drafts/bundle';
import { draftChanges, type DimensionChange } from '$lib/drafts/changes';
import type { RowFilter } from '$lib/drafts/form';
import { parseDraftPayload } from '$lib/drafts/schema';
import type { Draft, DraftIssue } from '$lib/drafts/types';
import { validateDraft } from '$lib/drafts/validate';
import { getNational } from './national.svelte';
import { unlistedRegion } from '$lib/regions/ids';
import { loadProfile, regionIds } from '$lib/regions/registry';
import type {
	Corpus,
	DatedValue,
	DimensionId,
	ParseOptions,
	RegionId,
	RegionProfile,
	RegionRules
} from '$lib/regions/types';
import { isDraftItemId } from '$lib/rules/draft-param';
import { wordsIn, errorText } from '$lib/rules/words';
import type { SavedItem } from '$lib/db';
import type { ImportOrigin } from '$lib/import/types';
import { DRAFT_REGION_REFS, loadDraft, registerDraft } from './drafts.svelte';
import { library } from './library.svelte';

/** Quiet time after the last change before it is written. */
export const SAVE_DELAY_MS = 600;

export type EditorPhase = 'idle' | 'loading' | 'ready' | 'notFound' | 'invalid' | 'badId';
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** The text being prepared in the text section, not yet applied to the draft. */
export interface PendingText {
	source: string;
	parse: ParseOptions;
	/** The file (or paste) it was imported from, for the import report; absent for typed edits. */
	origin?: ImportOrigin;
}

const emptyCorpus = (region: RegionId): Corpus => ({ region, clauses: [], roots: [] });

/** A library item's name: the draft's title, else its name, else what the item was called. */
function itemName(draft: Draft, fallback: string): string {
	return (draft.title.trim() || draft.name.trim() || fallback).slice(0, 200);
}

class DraftEditor {
	phase = $state<EditorPhase>('idle');
	/** Why a stored draft cannot be read (phase 'invalid'). */
	detail = $state<string | null>(null);
	itemId = $state<string | null>(null);
	draft = $state<Draft | null>(null);
	item = $state.raw<SavedItem | null>(null);
	base = $state.raw<RegionRules | null>(null);
	/** The applied text's clauses: what citations resolve against. */
	corpus = $state.raw<Corpus>(emptyCorpus(unlistedRegion('')));
	parseError = $state<string | null>(null);
	/** The five regions' profiles, for "what changed"; null until loaded. */
	others = $state.raw<{ region: RegionId; profile: RegionProfile }[] | null>(null);
	saveState = $state<SaveState>('saved');
	saveError = $state<string | null>(null);
	/** Another tab saved this draft since we loaded it: its version (null when it is no longer readable). */
	conflict = $state.raw<{ theirs: SavedItem | null } | null>(null);
	/** Bumped when the whole draft is replaced, so editors holding typed fields start again from it. */
	version = $state(0);
	pendingText = $state<PendingText | null>(null);
	/** The rules section's filters and open rows, kept across a language switch's re-render. */
	rowFilter = $state<RowFilter>({ topic: '', onlyChanged: false, onlyIssues: false, text: '' });
	openRows = new SvelteMap<DimensionId, true>();

	region = $derived(this.itemId ? draftRegionId(this.itemId) : unlistedRegion(''));
	issues: DraftIssue[] = $derived.by(() => {
		if (!this.draft) return [];
		// the national framework, once loaded: conflicts with it are flagged too
		const national = getNational();
		return validateDraft(this.draft, {
			corpus: this.corpus,
			parseError: this.parseError,
			regions: DRAFT_REGION_REFS,
			...(national ? { national: { ...national, base: this.base } } : {})
		});
	});
	errors = $derived(this.issues.filter((i) => i.severity === 'error'));
	changes: DimensionChange[] = $derived(
		this.draft
			? draftChanges(this.draft, this.others ?? [], this.base ? { base: this.base.profile } : {})
			: []
	);
	changed: ReadonlySet<DimensionId> = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole by $derived, never mutated
		new Set(this.changes.filter((c) => c.changedFromBase).map((c) => c.dimension.id))
	);
	/** Work not yet in the library (unsaved edits, a failed write, or a text not applied). */
	dirty = $derived(this.saveState !== 'saved' || this.pendingText !== null);

	#timer: ReturnType<typeof setTimeout> | undefined;
	#edits = 0;
	#inFlight: Promise<void> | null = null;
	#again = false;
	#titleEdited = false;

	/** Open a saved draft by its library item id; the draft already open stays as it is. */
	async open(id: string | null): Promise<void> {
		if (!id || !isDraftItemId(id)) {
			await this.flush();
			this.#reset();
			this.phase = 'badId';
			return;
		}
		if (this.itemId === id && (this.phase === 'ready' || this.phase === 'loading')) return;
		await this.flush();
		this.#reset();
		this.itemId = id;
		this.phase = 'loading';
		try {
			const res = await loadDraft(id);
			if (this.itemId !== id) return;
			if (!res.ok) {
				this.phase = res.reason === 'notFound' ? 'notFound' : 'invalid';
				this.detail = res.detail ?? null;
				return;
			}
			const { loaded } = res;
			this.draft = structuredClone(loaded.draft);
			this.item = loaded.item;
			this.base = loaded.base;
			this.corpus = loaded.corpus;
			this.parseError = loaded.parseError;
			this.version++;
			this.phase = 'ready';
		} catch (e) {
			if (this.itemId !== id) return;
			this.phase = 'invalid';
			this.detail = errorText(e);
			return;
		}
		void this.#loadOthers();
	}

	#reset() {
		clearTimeout(this.#timer);
		this.phase = 'idle';
		this.detail = null;
		this.itemId = null;
		this.draft = null;
		this.item = null;
		this.base = null;
		this.conflict = null;
		this.saveState = 'saved';
		this.saveError = null;
		this.pendingText = null;
		this.openRows.clear();
		this.#titleEdited = false;
	}

	async #loadOthers() {
		if (this.others) return;
		try {
			const profiles = await Promise.all(regionIds.map((r) => loadProfile(r)));
			this.others = regionIds.map((region, i) => ({ region, profile: profiles[i]! }));
		} catch {
			// "what changed" says it is unavailable; editing goes on
		}
	}

	/** Show a dimension's row open, clearing the filters that would hide it. */
	reveal(dim: DimensionId) {
		this.rowFilter = { topic: '', onlyChanged: false, onlyIssues: false, text: '' };
		this.openRows.set(dim, true);
	}

	/** Change the draft in place and save after a pause. */
	edit(change: (draft: Draft) => void) {
		if (!this.draft) return;
		change(this.draft);
		this.#schedule();
	}

	setTitle(title: string) {
		this.#titleEdited = true;
		this.edit((d) => {
			d.title = title;
		});
	}

	setValues(dim: DimensionId, values: DatedValue[]) {
		this.edit((d) => {
			d.values[dim] = values;
		});
	}

	setClauseText(dim: DimensionId, text: string) {
		this.edit((d) => {
			if (text.trim()) d.clauseTexts[dim] = text;
			else delete d.clauseTexts[dim];
		});
	}

	/** Start (or keep) preparing a text in the text section. */
	prepareText(next: PendingText | null) {
		this.pendingText = next;
	}

	/** Make the prepared text the draft's text and save it now. */
	async applyText(): Promise<void> {
		const next = this.pendingText;
		if (!next || !this.draft) return;
		this.draft.source = next.source;
		this.draft.parse = { ...next.parse };
		const parsed = parseDraft(this.draft, this.region);
		this.corpus = parsed.corpus;
		this.parseError = parsed.ok ? null : parsed.error;
		this.pendingText = null;
		this.#edits++;
		await this.save();
	}

	#schedule() {
		this.#edits++;
		if (this.conflict) return;
		this.saveState = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
	}

	/** Write now what is waiting (used by the retry button, before leaving, and by applyText). */
	async save(): Promise<void> {
		clearTimeout(this.#timer);
		if (this.#inFlight) {
			this.#again = true;
			return this.#inFlight;
		}
		this.#inFlight = this.#write();
		try {
			await this.#inFlight;
		} finally {
			this.#inFlight = null;
		}
		if (this.#again) {
			this.#again = false;
			if (this.saveState === 'pending') await this.save();
		}
	}

	/** Save whatever is waiting, if anything. */
	async flush(): Promise<void> {
		if (this.draft && (this.saveState === 'pending' || this.saveState === 'failed' || this.#inFlight))
			await this.save();
	}

	async #write(): Promise<void> {
		const draft = this.draft;
		const item = this.item;
		if (!draft || !item || this.conflict) return;
		const edits = this.#edits;
		const payload = $state.snapshot(draft) as Draft;
		this.saveState = 'saving';
		const { repo, db } = await library.open();
		try {
			const name = this.#titleEdited ? itemName(payload, item.name) : item.name;
			const regions = payload.base ? [payload.base] : [];
			const next = await repo.saveItem({ ...item, name, regions, payload }, item.revision);
			if (this.item?.id !== item.id) return;
			this.item = next;
			this.saveError = null;
			if (library.lastError) library.clearError();
			this.saveState = edits === this.#edits ? 'saved' : 'pending';
			const loaded = await registerDraft(next, payload);
			this.base = loaded.base;
		} catch (e) {
			if (this.item?.id !== item.id) return;
			if (e instanceof db.StaleWriteError) {
				const stored = e.stored;
				this.conflict = { theirs: db.isDamaged(stored) ? null : stored };
				this.saveState = 'failed';
				this.saveError = null;
			} else {
				await library.noteError(e);
				this.saveState = 'failed';
				this.saveError = errorText(e);
			}
		}
	}

	/** Resolve a conflict: take the other tab's version, or keep ours as a new draft (its id is returned). */
	async resolveConflict(choice: 'theirs' | 'copy'): Promise<string | null> {
		const conflict = this.conflict;
		const draft = this.draft;
		const item = this.item;
		if (!conflict || !draft || !item) return null;
		if (choice === 'theirs') {
			const theirs = conflict.theirs;
			const parsed = theirs ? parseDraftPayload(theirs.payload) : null;
			if (!theirs || !parsed?.ok) {
				this.conflict = null;
				this.phase = 'invalid';
				this.detail =
					parsed && !parsed.ok ? parsed.problems.map((p) => wordsIn(p.message, 'en')).join('; ') : null;
				return null;
			}
			this.draft = structuredClone(parsed.draft);
			this.item = theirs;
			this.conflict = null;
			this.pendingText = null;
			this.saveState = 'saved';
			this.version++;
			await this.#afterReplace(theirs, parsed.draft);
			return theirs.id;
		}
		const payload = $state.snapshot(draft) as Draft;
		const { repo, db } = await library.open();
		try {
			const created = await repo.createItem({
				kind: 'draft',
				name: db.copyName(itemName(payload, item.name)),
				regions: payload.base ? [payload.base] : [],
				payload
			});
			this.conflict = null;
			this.itemId = created.id;
			this.item = created;
			this.saveState = 'saved';
			this.saveError = null;
			await this.#afterReplace(created, payload);
			return created.id;
		} catch (e) {
			await library.noteError(e);
			this.saveError = errorText(e);
			return null;
		}
	}

	async #afterReplace(item: SavedItem, draft: Draft) {
		const loaded = await registerDraft(item, draft);
		this.base = loaded.base;
		this.corpus = loaded.corpus;
		this.parseError = loaded.parseError;
	}
}

export const draftEditor = new DraftEditor();
export type { DraftEditor };
