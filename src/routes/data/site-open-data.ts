// The open data as the site publishes it (rules.json and rules.csv): every rule region's values with the
// national framework and the conformity marks. One place, so the two files always say the same.
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { nationalOpenData } from '$lib/rules/national-open-data';
import { buildOpenData, type OpenData } from '$lib/rules/opendata';

export async function siteOpenData(): Promise<OpenData> {
	const profiles = await loadAllProfiles();
	return buildOpenData(
		regions,
		DIMENSIONS,
		profiles,
		new Date().toISOString(),
		nationalOpenData(DIMENSIONS, regions, profiles)
	);
}
