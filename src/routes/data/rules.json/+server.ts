// Open data: every rule value with citations (shape documented in the README and in /data/rules.schema.json).
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { buildOpenData } from '$lib/rules/opendata';

export const prerender = true;

export async function GET() {
	const data = buildOpenData(regions, DIMENSIONS, await loadAllProfiles(), new Date().toISOString());
	return new Response(JSON.stringify(data, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
