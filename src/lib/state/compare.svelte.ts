// The comparison page's work: the selection read from the URL (so a comparison can be shared), the columns
// (regions, an open draft), their profiles, the rows and the marks against the national framework, and the
// changes the controls make to the URL. The page and its parts only draw what this holds.

import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';
import { regionIds } from '$lib/regions/registry';
import type { DimensionId, IsoDate, RegionId } from '$lib/regions/types';
import {
	buildComparison,
	diffCounts,
	MIN_REGIONS,
	minRegions,
	parseSelection,
	selectionColumns,
	selectionOptions,
	selectionToParams,
	type CompareSelection
} from '$lib/rules/compare';
import { indexMarks } from '$lib/rules/conformity';
import { parseIsoDate } from '$lib/rules/dates';
import { readDraftParam } from '$lib/rules/draft-param';
import { regionStatus } from '$lib/rules/status';
import { createDraftSlot } from './draft-slot.svelte';
import { readers } from './readers';
import { regionMeta } from './draft-regions.svelte';
import { columnMarks, getNational, nationalError } from './national.svelte';
import { getProfiles, profileError } from './profiles.svelte';
import { today } from './today.svelte';

export const TOPIC_IDS = TOPICS.map((t) => t.id);
export const DIMENSION_IDS: readonly DimensionId[] = DIMENSIONS.map((d) => d.id);

/** Read a selection from URL parameters, against the catalogue and the registry. */
export const readSelection = (params: URLSearchParams): CompareSelection =>
	parseSelection(params, regionIds, TOPIC_IDS, DIMENSION_IDS);

const EMPTY: URLSearchParams = new URLSearchParams(); // never changed: the prerendered page's selection

export function createComparison() {
	// the page is prerendered empty; the selection is read once in the browser
	const sel = $derived(readSelection(browser ? page.url.searchParams : EMPTY));
	// ?draft=<id>: a saved draft as one more column, once it is open (its profile is then in the cache)
	const draftSlot = createDraftSlot();
	const draftParam = $derived(browser ? readDraftParam(page.url.searchParams) : { id: null, bad: false });
	$effect(() => {
		const { id, bad } = draftParam;
		untrack(() => draftSlot.open(id, bad));
	});
	const columns = $derived(
		draftSlot.ready && draftSlot.ready.id === sel.draft ? selectionColumns(sel) : sel.regions
	);
	// the national framework: a baseline first column and each column's conformity mark (nat=0 hides them)
	const nat = $derived(browser && sel.national ? getNational() : null);
	const regionProfiles = $derived(browser ? getProfiles(columns) : null);
	const profiles = $derived(regionProfiles && (!sel.national || nat) ? regionProfiles : null);
	const error = $derived(profileError(columns) ?? (sel.national ? nationalError() : null));
	// every row the topics and the hand-picked set keep; the kinds of difference filter after, so each kind
	// can say how many rows it has
	const unfiltered = $derived(
		profiles
			? buildComparison(DIMENSIONS, profiles, {
					...selectionOptions(sel, nat?.profile ?? null),
					differences: []
				})
			: []
	);
	const counts = $derived(diffCounts(unfiltered));
	const rows = $derived(
		sel.differences.length
			? unfiltered.filter((r) => (sel.differences as string[]).includes(r.diff))
			: unfiltered
	);
	const marks = $derived.by(() => {
		if (!profiles || !nat) return undefined;
		const ready = draftSlot.ready;
		return indexMarks(
			profiles.flatMap((profile) => {
				const draft = ready && ready.region === profile.region ? ready.loaded : null;
				return columnMarks(
					DIMENSIONS,
					nat,
					{ profile, meta: regionMeta(profile.region), base: draft?.base?.profile },
					sel.asOf
				);
			})
		);
	});
	// each document's status on the date in view: the comparison's own date, else today
	const statusOn = $derived(sel.asOf ?? today.value);
	const statuses = $derived(
		columns.map((r) => {
			const meta = regionMeta(r);
			return meta && statusOn ? regionStatus(meta, statusOn) : null;
		})
	);

	function update(patch: Partial<CompareSelection>) {
		const next = { ...sel, ...patch };
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolve() gives the path; the query is the state
		goto(`${resolve('/compare')}/?${selectionToParams(next)}`, {
			replaceState: true,
			keepFocus: true,
			noScroll: true
		});
	}

	return readers(
		{
			sel: () => sel,
			columns: () => columns,
			nat: () => nat,
			profiles: () => profiles,
			error: () => error,
			rows: () => rows,
			counts: () => counts,
			marks: () => marks,
			statusOn: (): IsoDate | null => statusOn,
			statuses: () => statuses
		},
		{
			draftSlot,
			update,
			toggleRegion(id: RegionId, on: boolean) {
				if (on) update({ regions: [...sel.regions, id] });
				if (!on && sel.regions.length > minRegions(sel))
					update({ regions: sel.regions.filter((r) => r !== id) });
			},
			pickDraft(id: string | null) {
				// without the draft, two regulations are needed again
				const more = regionIds.filter((r) => !sel.regions.includes(r));
				const regions =
					id || sel.regions.length >= MIN_REGIONS
						? sel.regions
						: [...sel.regions, ...more.slice(0, MIN_REGIONS - sel.regions.length)];
				update({ draft: id, regions });
			},
			moveRegion(id: RegionId, by: -1 | 1) {
				const list = [...sel.regions];
				const i = list.indexOf(id);
				const j = i + by;
				if (i < 0 || j < 0 || j >= list.length) return;
				[list[i], list[j]] = [list[j]!, list[i]!];
				update({ regions: list });
			},
			/** Pick a row into (or out of) "my rows"; when none is left, every row shows again. */
			pickRow(id: DimensionId, on: boolean) {
				const picked = on ? [...sel.picked, id] : sel.picked.filter((d) => d !== id);
				update({ picked, onlyPicked: sel.onlyPicked && picked.length > 0 });
			},
			/** A date typed for "as of": true when it is a real date (or empty), false to say it is not. */
			setDate(value: string): boolean {
				if (!value) update({ asOf: null });
				else if (parseIsoDate(value)) update({ asOf: value });
				else return false;
				return true;
			}
		}
	);
}

export type Comparison = ReturnType<typeof createComparison>;
