import { browser } from '$app/environment';
import { loadCitations } from '$lib/state/citations-lazy.svelte';

// Every route is prerendered to static HTML; the service worker makes them all work offline.
export const prerender = true;
export const trailingSlash = 'always';

// Prerendering waits for the citation source, so every page's HTML carries whole citations; in the browser it
// loads when a citation first asks for it (state/citations-lazy), out of every first view.
export const load = async () => {
	if (!browser) await loadCitations();
	return {};
};
