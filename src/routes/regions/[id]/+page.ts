import { error } from '@sveltejs/kit';
import { documentIds, getDocument, loadDetails } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => documentIds.map((id) => ({ id }));

export const load: PageLoad = async ({ params }) => {
	const meta = getDocument(params.id);
	if (!meta) error(404, { message: `unknown document: ${params.id}` });
	const [details, corpus] = await Promise.all([loadDetails(params.id), loadCorpus(params.id)]);
	return { meta, details, corpus };
};
