import { describe, expect, it, vi } from 'vitest';
import { clause as clauseId, region as regionId } from '$lib/regions/fixture-ids';
import type { Clause, ClauseId, RegionId } from '$lib/regions/types';

// What a page with no citation never loads (the mock counts it); citations-lazy.svelte.test.ts checks the real
// source once loaded.

// the app's citation source, standing in for state/citations (the registry, the corpora, the drafts): counted
// when it is loaded
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./citations', () => {
	loads.count++;
	const clause = { id: 'art-31', label: { zh: '第三十一条', en: 'Article 31' } } as unknown as Clause;
	return {
		appCitations: {
			clause: (_r: RegionId, id: ClauseId) => (id === 'art-31' ? clause : undefined),
			fullText: () => '本办法自发布之日起施行。',
			loaded: () => true,
			citedRegion: (r: RegionId) => r,
			meta: () => undefined
		}
	};
});

const region = regionId('taian');
const id = clauseId('art-31');

describe('lazyCitations', () => {
	it('loads the source only when a citation first asks, shows what it can until then, then answers from it', async () => {
		const { lazyCitations } = await import('./citations-lazy.svelte');
		// set as the context on every page, nothing loaded yet
		expect(loads.count).toBe(0);
		// the first citation asks: nothing yet (it shows its id), and the load starts
		expect(lazyCitations.clause(region, id)).toBeUndefined();
		expect(lazyCitations.fullText(region, id)).toBe('');
		expect(lazyCitations.citedRegion(region, id)).toBe(region);
		// asking started the load: the source comes in without anyone calling loadCitations
		await vi.waitFor(() => expect(lazyCitations.clause(region, id)?.label.zh).toBe('第三十一条'));
		expect(loads.count).toBe(1);
		expect(lazyCitations.fullText(region, id)).toBe('本办法自发布之日起施行。');
		expect(loads.count).toBe(1);
	});
});
