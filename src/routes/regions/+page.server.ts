import { MANY_REGIONS } from '$lib/regions/picker';
import { documents, loadDetails } from '$lib/regions/registry';
import type { DocumentFacts } from '$lib/regions/types';
import type { PageServerLoad } from './$types';

// Issue 20: each card's facts line (issuer, document number, where a fact not in the text comes from) is in the
// prerendered page, so it does not grow when the details would have loaded after the first paint. A server load:
// the facts are written into the page (and, for a navigation to it, into its prerendered __data.json, which the
// service worker caches with the pages), so the browser does not fetch every document's details before the page
// starts. None when the cards are folded by province: a group's cards load their own when it is opened.
export const load: PageServerLoad = async () => {
	// above MANY_REGIONS documents the page groups them by province, folded (a group's cards load when opened)
	const many = documents.length > MANY_REGIONS;
	const facts: Record<string, DocumentFacts> = {};
	// every document's details are part of the build: one that cannot load fails it
	const loaded = many ? [] : await Promise.all(documents.map((m) => loadDetails(m.id)));
	for (const d of loaded)
		facts[d.id] = {
			issuer: d.issuer,
			...(d.docNumber ? { docNumber: d.docNumber } : {}),
			...(d.factsSource ? { factsSource: d.factsSource } : {})
		};
	return { many, foldAbove: MANY_REGIONS, facts };
};
