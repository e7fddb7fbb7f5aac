import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { lazyCache, regionCache, RegionLoadError } from './lazy';

describe('the per-region cache', () => {
	test('loads a region once and shares it', async () => {
		let calls = 0;
		const cache = regionCache('profile', async (r) => {
			calls++;
			return `${r}!`;
		});
		expect(cache.has(region('a'))).toBe(false);
		const [x, y] = await Promise.all([cache.get(region('a')), cache.get(region('a'))]);
		expect([x, y, calls]).toEqual(['a!', 'a!', 1]);
		expect(cache.has(region('a'))).toBe(true);
		expect(cache.peek(region('a'))).toBe('a!');
		expect(cache.peek(region('b'))).toBeUndefined();
	});

	test('a failed load names region and part, is not kept, and a retry can succeed', async () => {
		let fail = true;
		const cache = regionCache('journey', async (r) => {
			if (fail) throw new Error('Failed to fetch dynamically imported module');
			return r;
		});
		const err = await cache.get(region('taian')).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(RegionLoadError);
		expect(err).toMatchObject({ region: 'taian', part: 'journey' });
		expect((err as Error).message).toBe(
			'could not load journey of "taian": Failed to fetch dynamically imported module'
		);
		expect(cache.has(region('taian'))).toBe(false);
		fail = false;
		await expect(cache.get(region('taian'))).resolves.toBe('taian');
	});
});

describe('the lazy cache under it', () => {
	test('keys that are not strings share one load by their id; a failure is dropped and retried', async () => {
		const calls: string[] = [];
		let fail = true;
		const cache = lazyCache(
			async (k: { region: string; on: string }) => {
				calls.push(`${k.region}@${k.on}`);
				if (fail) throw new Error('offline');
				return k.on;
			},
			(k) => `${k.region}|${k.on}`
		);
		const a = { region: 'taian', on: '2026-01-01' };
		await expect(cache.get(a)).rejects.toThrow('offline');
		expect(cache.has({ ...a })).toBe(false);
		fail = false;
		const [x, y] = await Promise.all([cache.get({ ...a }), cache.get({ ...a })]);
		expect([x, y]).toEqual(['2026-01-01', '2026-01-01']);
		expect(calls).toEqual(['taian@2026-01-01', 'taian@2026-01-01']);
		expect(cache.peek({ region: 'taian', on: '2026-01-01' })).toBe('2026-01-01');
		expect(cache.peek({ region: 'taian', on: '2026-01-02' })).toBeUndefined();
	});
});
