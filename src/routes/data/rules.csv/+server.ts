// Open data as CSV: one row per region × dimension value (UTF-8 with BOM, for Excel).
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { buildOpenData, openDataToCsv } from '$lib/rules/opendata';

export const prerender = true;

export async function GET() {
	const data = buildOpenData(regions, DIMENSIONS, await loadAllProfiles(), new Date().toISOString());
	return new Response(openDataToCsv(data, DIMENSIONS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
