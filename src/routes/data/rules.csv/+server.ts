// Open data as CSV: one row per region × dimension value, with its conformity mark (UTF-8 with BOM, for Excel).
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { nationalOpenData } from '$lib/rules/national-open-data';
import { buildOpenData, openDataToCsv } from '$lib/rules/opendata';

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
	return new Response(openDataToCsv(data, DIMENSIONS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
