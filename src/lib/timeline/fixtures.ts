// Every region's profile and metadata, loaded eagerly for tests and benchmarks (never for a page).
import { regions } from '$lib/regions/registry';
import type { RegionProfile, RegionRules } from '$lib/regions/types';
import { computeTimeline } from './compute';
import type { Timeline, TimelineInput } from './types';

const profiles = import.meta.glob<Omit<RegionProfile, 'region'>>('../regions/*/profile.yaml', {
	eager: true,
	import: 'default'
});

export const REGIONS: Record<string, RegionRules> = Object.fromEntries(
	regions.flatMap((meta) => {
		const values = profiles[`../regions/${meta.id}/profile.yaml`];
		return values ? [[meta.id, { profile: { region: meta.id, ...values }, meta }]] : [];
	})
);

export function timelineFor(
	region: string,
	rest: Omit<TimelineInput, 'region' | 'profile' | 'meta'>
): Timeline {
	const r = REGIONS[region];
	if (!r) throw new Error(`no fixture for ${region}`);
	return computeTimeline({ region: r.meta.id, ...r, ...rest });
}
