import { error } from '@sveltejs/kit';
import { getRegion, loadCorpus, regionIds } from '$lib/regions/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => regionIds.map((id) => ({ id }));

export const load: PageLoad = async ({ params }) => {
	const meta = getRegion(params.id);
	if (!meta) error(404, { message: `unknown region: ${params.id}` });
	return { meta, corpus: await loadCorpus(params.id) };
};
