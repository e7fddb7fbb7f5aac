import { MANY_REGIONS } from '$lib/regions/picker';
import { documents, loadDetails } from '$lib/regions/registry';
import type { DocumentFacts } from '$lib/regions/types';
import type { PageLoad } from './$types';

// Issue 20: each card's facts line (issuer, document number, where a fact not in the text comes from) is in the
// prerendered page, so it does not grow when the details would have loaded after the first paint (in the browser
// the page starts once they are in, as the reader page does with its text; they are not in its first view's
// bytes). None when the cards are folded by province: a group's cards load their own when it is opened.
export const load: PageLoad = async () => {
	// above MANY_REGIONS documents the page groups them by province, folded (a group's cards load when opened)
	const many = documents.length > MANY_REGIONS;
	const facts: Record<string, DocumentFacts> = {};
	// a document whose details cannot load (offline, never opened) is left out: its card tries again itself and
	// keeps what the manifest has meanwhile, as before; the page still opens
	const loaded = many ? [] : await Promise.all(documents.map((m) => loadDetails(m.id).catch(() => null)));
	for (const d of loaded)
		if (d)
			facts[d.id] = {
				issuer: d.issuer,
				...(d.docNumber ? { docNumber: d.docNumber } : {}),
				...(d.factsSource ? { factsSource: d.factsSource } : {})
			};
	return { many, foldAbove: MANY_REGIONS, facts };
};
