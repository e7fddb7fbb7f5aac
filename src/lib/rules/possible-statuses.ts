// Every status a region's text can have, whatever the date: what a page keeps the place of before today's date
// is known (components/StatusPlace). Its own module, so the pages that only show a status do not carry it.
// Pure: no DOM, no Svelte, no storage.

import type { DocumentMeta, IsoDate } from '$lib/regions/types';
import { plusDays } from './dates';
import { documentStatus, takesOverOn, versionsOf, type DocStatus } from './status';
import { validityWindow } from './validity';

/**
 * Every status a region's text can have, whatever the date: one for each stretch between the days it changes
 * (entry into force, the day after its last day, the day a later version takes over), in date order, without
 * repeats (two statuses are the same when they differ only in `on`). For a page to keep the place of a status
 * before today's date is known (the tallest of them), never to show one.
 */
export function possibleStatuses(meta: DocumentMeta): DocStatus[] {
	const all = versionsOf(meta);
	const doc = all[0]!;
	const w = validityWindow(doc.validity);
	const next = doc.supersededBy ? all.find((x) => x.id === doc.supersededBy!.version) : undefined;
	const turns = [w?.from, w?.until ? plusDays(w.until, 1) : null, next ? takesOverOn(next) : null].filter(
		(d): d is IsoDate => !!d
	);
	// the day before each turn and the turn itself: one day in every stretch (any day when there is no turn)
	const days = [...new Set(turns.flatMap((d) => [plusDays(d, -1), d]))].sort();
	const out: DocStatus[] = [];
	const seen = new Set<string>();
	for (const on of days.length ? days : ['2000-01-01']) {
		const s = documentStatus(doc, on, all);
		const key = JSON.stringify({ ...s, on: null, label: null });
		if (!seen.has(key)) {
			seen.add(key);
			out.push(s);
		}
	}
	return out;
}
