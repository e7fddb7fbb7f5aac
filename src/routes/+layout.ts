import { browser } from '$app/environment';
import { loadCitations } from '$lib/state/citations-lazy.svelte';

// Every route is prerendered to static HTML; the service worker makes them all work offline.
export const prerender = true;
export const trailingSlash = 'always';

// Prerendering waits for the citation source and every document's clause labels, so every page's HTML carries
// whole citations; in the browser the source loads when a citation first asks for it (state/citations-lazy),
// out of every first view, and a document's labels when one of its clauses is cited.
export const load = async () => {
	if (!browser) {
		await loadCitations();
		await (await import('$lib/state/labels.svelte')).loadEveryLabelMap();
	}
	return {};
};
