// The drafting sandbox's start page work: a new draft from a regulation (its text and values copied) or
// blank (from the national framework's values), and a draft read back from its JSON export. Storing it and
// opening the editor is the page's.

import { errorText } from '$lib/rules/words';
import type { DraftProblem } from '$lib/drafts/schema';
import type { Draft } from '$lib/drafts/types';
import { journeyRegionIds } from '$lib/machines/roles';
import { asRegionId, isRegionId, loadProfile, loadRegionDetails, loadSource } from '$lib/regions/registry';

export interface NewDraftInput {
	/** A regulation's id, or 'blank'. */
	/** 'blank', or a region's id as the form gives it (checked here with isRegionId). */
	start: string;
	title: string;
	name: string;
	/** For a blank draft: the region whose journey it borrows ('' for none). */
	procedure: string;
	untitled: string;
}

/** A new draft: a clone of the chosen regulation, or a blank one on the national framework's values. */
export async function newDraft(input: NewDraftInput): Promise<Draft> {
	// the draft maker brings the dimension catalogue (~14 kB gzip): loaded on creating, not with the start page
	const { blankDraft, cloneRegion } = await import('$lib/drafts/create');
	const t = input.title.trim();
	const n = input.name.trim();
	if (input.start !== 'blank' && isRegionId(input.start)) {
		const [meta, profile, source] = await Promise.all([
			loadRegionDetails(input.start),
			loadProfile(input.start),
			loadSource(input.start)
		]);
		return cloneRegion(meta, profile, source, {
			...(t && { title: t }),
			...(n && { name: n }),
			hasJourney: journeyRegionIds.includes(meta.id)
		});
	}
	const { profile: national } = await import('$lib/regions/national/profile');
	// the form's choice, checked against the registry: from here on a RegionId
	return blankDraft(t || input.untitled, n, asRegionId(input.procedure) ?? null, national);
}

export type DraftFileRead =
	{ ok: true; draft: Draft } | { ok: false; problems: DraftProblem[] } | { ok: false; unreadable: string };

/** A draft's JSON export read back: checked in full (the file schema loads only now), or why not. */
export async function readDraftFile(file: File): Promise<DraftFileRead> {
	const { MAX_DRAFT_FILE_BYTES, draftFromFile, draftTooLarge } = await import('$lib/drafts/transfer');
	// said before reading it: a huge file is not read into memory
	if (file.size > MAX_DRAFT_FILE_BYTES) return draftTooLarge(file.size);
	let text: string;
	try {
		text = await file.text();
	} catch (err) {
		return { ok: false, unreadable: errorText(err) };
	}
	const read = draftFromFile(text);
	return read.ok ? { ok: true, draft: read.draft } : { ok: false, problems: read.problems };
}
