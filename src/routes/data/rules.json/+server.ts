// Open data: every rule value with citations (shape documented in the README and in /data/rules.schema.json).
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { nationalOpenData } from '$lib/rules/national-open-data';
import { buildOpenData } from '$lib/rules/opendata';

export const prerender = true;

export async function GET() {
	const profiles = await loadAllProfiles();
	const data = buildOpenData(
		regions,
		DIMENSIONS,
		profiles,
		new Date().toISOString(),
		nationalOpenData(DIMENSIONS, regions, profiles)
	);
	return new Response(JSON.stringify(data, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
