// The five regions' profiles and metadata, loaded eagerly for tests and benchmarks (never for a page).
import { meta as henanMeta } from '$lib/regions/henan/meta';
import { profile as henan } from '$lib/regions/henan/profile';
import { meta as jiangsuMeta } from '$lib/regions/jiangsu/meta';
import { profile as jiangsu } from '$lib/regions/jiangsu/profile';
import { meta as quzhouMeta } from '$lib/regions/quzhou/meta';
import { profile as quzhou } from '$lib/regions/quzhou/profile';
import { meta as taianMeta } from '$lib/regions/taian/meta';
import { profile as taian } from '$lib/regions/taian/profile';
import { meta as yingkouMeta } from '$lib/regions/yingkou/meta';
import { profile as yingkou } from '$lib/regions/yingkou/profile';
import type { RegionMeta, RegionProfile } from '$lib/regions/types';
import { computeTimeline } from './compute';
import type { Timeline, TimelineInput } from './types';

export const REGIONS: Record<string, { profile: RegionProfile; meta: RegionMeta }> = {
	quzhou: { profile: quzhou, meta: quzhouMeta },
	taian: { profile: taian, meta: taianMeta },
	yingkou: { profile: yingkou, meta: yingkouMeta },
	henan: { profile: henan, meta: henanMeta },
	jiangsu: { profile: jiangsu, meta: jiangsuMeta }
};

export function timelineFor(
	region: string,
	rest: Omit<TimelineInput, 'region' | 'profile' | 'meta'>
): Timeline {
	const r = REGIONS[region];
	if (!r) throw new Error(`no fixture for ${region}`);
	return computeTimeline({ region, ...r, ...rest });
}
