import { error } from '@sveltejs/kit';
import { asDocumentId, documentIds, getDocument, loadDetails } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => documentIds.map((id) => ({ id }));

export const load: PageLoad = async ({ params }) => {
	const id = asDocumentId(params.id);
	const meta = id ? getDocument(id) : undefined;
	if (!id || !meta) error(404, { message: `unknown document: ${params.id}` });
	const [details, corpus] = await Promise.all([loadDetails(id), loadCorpus(id)]);
	return { meta, details, corpus };
};
