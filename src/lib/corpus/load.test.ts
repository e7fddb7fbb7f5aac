import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test, vi } from 'vitest';
import { RegionLoadError } from '$lib/regions/lazy';

const failures = vi.hoisted(() => ({ left: 0 }));
vi.mock('$lib/regions/registry', async (orig) => {
	const real = await orig<typeof import('$lib/regions/registry')>();
	return {
		...real,
		loadSource: async (id: string) => {
			if (failures.left > 0) {
				failures.left--;
				throw new Error('Failed to fetch dynamically imported module');
			}
			return real.loadSource(region(id));
		}
	};
});

const { loadCorpus } = await import('./load');

describe('loadCorpus', () => {
	test('parses once and shares the result', async () => {
		const a = loadCorpus(region('taian'));
		expect(loadCorpus(region('taian'))).toBe(a);
		expect((await a).clauses.length).toBeGreaterThan(10);
	});

	test('a failed load names the document, is not kept, and a retry succeeds', async () => {
		failures.left = 1;
		const err = await loadCorpus(region('henan')).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(RegionLoadError);
		expect((err as Error).message).toBe(
			'could not load text of "henan": Failed to fetch dynamically imported module'
		);
		expect((await loadCorpus(region('henan'))).region).toBe('henan');
	});

	test('an unknown document is refused with its id', async () => {
		await expect(loadCorpus(region('nowhere'))).rejects.toThrow('unknown document "nowhere"');
	});
});
