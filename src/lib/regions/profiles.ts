// All regions' profiles at once: for build-time outputs (open data) and tests, never for a page.
import { loadProfile, regionIds } from './registry';
import type { RegionProfile } from './types';

export function loadAllProfiles(): Promise<RegionProfile[]> {
	return Promise.all(regionIds.map(loadProfile));
}
