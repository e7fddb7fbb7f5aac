// Open data as CSV: one row per region × dimension value, with its conformity mark (UTF-8 with BOM, for Excel).
import { DIMENSIONS } from '$lib/regions/dimensions';
import { openDataToCsv } from '$lib/rules/opendata';
import { siteOpenData } from '../site-open-data';

export const prerender = true;

export async function GET() {
	return new Response(openDataToCsv(await siteOpenData(), DIMENSIONS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
