// The page's own query string, changed in place: a draft opened (?draft=), regions chosen (?regions=), a
// saved item kept (?item=). The same page, so no history entry, no scroll, focus stays where it is.

import { goto } from '$app/navigation';

/**
 * Set (or, with null, remove) query parameters of the current page; `path` is the page's resolve()d path.
 * Unchanged parameters are kept.
 */
export function setQuery(path: string, params: Record<string, string | null>): void {
	const url = new URL(location.href);
	for (const [k, v] of Object.entries(params))
		if (v === null) url.searchParams.delete(k);
		else url.searchParams.set(k, v);
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- the caller passes a resolve()d path
	goto(`${path}/${url.search}`, { replaceState: true, keepFocus: true, noScroll: true });
}
