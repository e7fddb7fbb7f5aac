import { describe, expect, it, vi } from 'vitest';
import { clause as clauseId, region as regionId } from '$lib/regions/fixture-ids';
import type { Clause } from '$lib/regions/types';

// The citation source's module fails to load once (offline, never fetched), then loads.
const state = vi.hoisted(() => ({ failures: 1 }));
vi.mock('./citations', () => {
	if (state.failures-- > 0) throw new Error('Failed to fetch dynamically imported module');
	const clause = { id: 'art-31', label: { zh: '第三十一条', en: 'Art. 31' } } as unknown as Clause;
	return {
		appCitations: {
			label: () => clause.label,
			clause: () => clause,
			fullText: () => '',
			loaded: () => true,
			citedRegion: (r: string) => r,
			meta: () => undefined,
			prepare: async () => {}
		}
	};
});

const region = regionId('taian');
const id = clauseId('art-31');

describe('lazyCitations after a failed load', () => {
	it('is not stuck: the next ask loads the source again, and the citation gets its label', async () => {
		const { lazyCitations, loadCitations } = await import('./citations-lazy.svelte');
		await expect(loadCitations()).rejects.toThrow();
		// the citation shows its id meanwhile; asking again starts a new load, which succeeds
		expect(lazyCitations.label(region, id)).toBeUndefined();
		await vi.waitFor(() => expect(lazyCitations.label(region, id)?.zh).toBe('第三十一条'));
	});
});
