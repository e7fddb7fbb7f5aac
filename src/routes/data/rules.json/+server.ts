// Open data: every rule value with citations (shape documented in the README and in /data/rules.schema.json).
import { siteOpenData } from '../site-open-data';

export const prerender = true;

export async function GET() {
	return new Response(JSON.stringify(await siteOpenData(), null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
