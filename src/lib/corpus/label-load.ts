// Each document's clause labels (./labels), built at build time from its text (the packs plugin's
// source.txt?labels) and loaded per document on demand, once per session; a failed load can be retried.

import { regionCache } from '$lib/regions/lazy';
import type { RegionId } from '$lib/regions/types';
import type { ClauseLabelMap } from './labels';

const loaders = import.meta.glob<ClauseLabelMap>('../regions/*/source.txt', {
	query: '?labels',
	import: 'default'
});

const maps = regionCache('clause labels', async (id): Promise<ClauseLabelMap> => {
	const load = loaders[`../regions/${id}/source.txt`];
	if (!load) throw new Error(`no clause labels for document "${id}"`);
	return load();
});

/** A document's clause labels (a RegionLoadError when it cannot load: retry by asking again). */
export const loadLabelMap = (id: RegionId): Promise<ClauseLabelMap> => maps.get(id);
