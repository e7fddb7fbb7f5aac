// The national framework's part of the open-data file: its values and every region's conformity marks.
// Kept apart from opendata.ts so a draft's export (which has neither) does not load the national data.

import {
	NATIONAL_DOCUMENT_IDS,
	NATIONAL_DOCUMENT_NAMES,
	NATIONAL_EFFECTIVE,
	NATIONAL_ID,
	NATIONAL_NAME
} from '$lib/regions/national/framework';
import { HAND_MARKS } from '$lib/regions/national/marks';
import { profile as national } from '$lib/regions/national/profile';
import type { Dimension, RegionMeta, RegionProfile } from '$lib/regions/types';
import { allRegionsConformity } from './conformity';
import type { NationalOpenData } from './opendata';

export function nationalOpenData(
	dimensions: readonly Dimension[],
	regions: readonly RegionMeta[],
	profiles: readonly RegionProfile[]
): NationalOpenData {
	return {
		id: NATIONAL_ID,
		name: NATIONAL_NAME,
		validFrom: NATIONAL_EFFECTIVE,
		documents: NATIONAL_DOCUMENT_IDS.map((id) => ({ id, name: NATIONAL_DOCUMENT_NAMES[id] })),
		profile: national,
		marks: allRegionsConformity(dimensions, regions, profiles, national, HAND_MARKS)
	};
}
