// A journey given as data rather than a region folder: a rule draft's, which runs its procedure region's
// stages under the draft's own id with the draft's rule values. No cache: a draft changes as it is edited.

import type { IsoDate, RegionProfile } from '$lib/regions/types';
import { buildJourney, type BuiltJourney } from './build';
import {
	savedOptions,
	startJourney,
	type JourneyOptions,
	type JourneySimulation,
	type SavedJourney
} from './simulator';
import type { Journey, RoleId } from './types';

/** The statechart of `journey` (already under the draft's id) with the draft's profile in force on `on`. */
export function buildDraftJourney(
	journey: Journey,
	profile: RegionProfile,
	role: RoleId | undefined,
	on: IsoDate
): BuiltJourney {
	if (journey.region !== profile.region)
		throw new Error(`journey is for "${journey.region}", profile for "${profile.region}"`);
	return buildJourney(journey, profile, role, on);
}

export function startDraftJourney(
	journey: Journey,
	profile: RegionProfile,
	options: JourneyOptions
): JourneySimulation {
	return startJourney(buildDraftJourney(journey, profile, options.role, options.start), options);
}

/** Rebuild a saved run of a draft; throws if the draft's rules no longer replay to the saved snapshot. */
export function restoreDraftJourney(
	journey: Journey,
	profile: RegionProfile,
	saved: SavedJourney
): JourneySimulation {
	const sim = startDraftJourney(journey, profile, savedOptions(saved));
	sim.restore(saved);
	return sim;
}
