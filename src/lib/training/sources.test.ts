import { region } from '$lib/regions/fixture-ids';
import { expect, test } from 'vitest';
import { walkthroughs } from './run';
import { walkthroughSources } from './types';

test('a walkthrough teaches from its region’s text, a cross-region one from every text it quotes', () => {
	for (const w of walkthroughs) {
		const sources = walkthroughSources(w);
		if (w.region) expect(sources).toEqual([w.region]);
		else {
			expect(sources.length).toBeGreaterThan(1);
			for (const s of w.steps) for (const ref of s.quote ?? []) expect(sources).toContain(ref.split(':')[0]);
		}
	}
	expect(walkthroughs.some((w) => walkthroughSources(w).includes(region('jiangsu')))).toBe(true);
});
