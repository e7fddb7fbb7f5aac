import { describe, expect, test } from 'vitest';
import type { Manifest } from './precache';
import {
	bytesFor,
	filesFor,
	filesToRemove,
	ON_DEMAND,
	refreshPlan,
	regionFilesList,
	regionChunkName,
	regionOfChunk,
	regionPaths,
	type RegionFilesList
} from './regions';

const manifest: Manifest = {
	'.svelte-kit/generated/client-optimized/app.js': { file: '_app/immutable/entry/app.js', isEntry: true },
	'src/lib/regions/taian/profile.yaml': { file: '_app/immutable/chunks/tp.js' },
	'src/lib/regions/taian/source.txt?raw': { file: '_app/immutable/chunks/ts.js' },
	'src/lib/regions/taian/source.txt?shard': { file: '_app/immutable/chunks/tsh.js' },
	'src/lib/regions/henan/eligibility.yaml': { file: '_app/immutable/chunks/he.js' },
	'src/lib/regions/registry.ts': { file: '_app/immutable/chunks/reg.js' },
	'src/lib/search/search.ts': { file: '_app/immutable/chunks/search.js' }
};
const sizes: Record<string, number> = {
	'/regions/taian/': 100,
	'/regions/henan/': 90,
	'/_app/immutable/chunks/tp.js': 10,
	'/_app/immutable/chunks/ts.js': 20,
	'/_app/immutable/chunks/tsh.js': 30,
	'/_app/immutable/chunks/he.js': 5
};
const sizeOf = (p: string) => sizes[p] ?? 0;

describe("each region's files", () => {
	test("a region's chunks and page, nothing shared; sizes summed", () => {
		const list = regionFilesList(manifest, sizeOf);
		expect(Object.keys(list.regions)).toEqual(['henan', 'taian']);
		expect(list.regions['taian']).toEqual({
			files: [
				'/regions/taian/',
				'/_app/immutable/chunks/tp.js',
				'/_app/immutable/chunks/ts.js',
				'/_app/immutable/chunks/tsh.js'
			],
			bytes: 160
		});
		expect(list.regions['henan']!.bytes).toBe(95);
		// the registry itself (not a region's folder file) is not a region's
		expect(filesFor(list, ['taian', 'henan'])).not.toContain('/_app/immutable/chunks/reg.js');
	});

	test('a small corpus is precached whole; a large one leaves every region file out', () => {
		expect(regionFilesList(manifest, sizeOf).all).toBe(true);
		expect(regionPaths(regionFilesList(manifest, sizeOf))).toEqual(new Set());
		const large = regionFilesList(manifest, sizeOf, 1);
		expect(large.all).toBe(false);
		expect(regionPaths(large)).toEqual(new Set([...filesFor(large, ['taian', 'henan']), ...ON_DEMAND]));
		expect(regionPaths(null)).toEqual(new Set());
	});

	test('sizes and removal: a file another kept region needs stays', () => {
		const list = regionFilesList(manifest, sizeOf, 0);
		expect(bytesFor(list, ['taian', 'henan'])).toBe(255);
		expect(bytesFor(list, ['taian', 'taian'])).toBe(160);
		expect(bytesFor(list, ['taian'], sizeOf)).toBe(160);
		const shared = {
			...list,
			regions: { ...list.regions, x: { files: ['/_app/immutable/chunks/tp.js'], bytes: 10 } }
		};
		expect(filesToRemove(shared, ['taian'], ['x'])).toEqual([
			'/regions/taian/',
			'/_app/immutable/chunks/ts.js',
			'/_app/immutable/chunks/tsh.js'
		]);
	});
});

describe('chunks the manifest does not key', () => {
	const root = '/work/x/src/lib/regions';
	test("a chunk of one region's modules is that region's; a mixed or outside chunk is no region's", () => {
		expect(regionOfChunk({ file: 'a.js', moduleIds: [`${root}/taian/eligibility.yaml`] })).toBe('taian');
		expect(regionOfChunk({ file: 'a.js', moduleIds: [`${root}/syn-001/source.txt?shard`] })).toBe('syn-001');
		expect(
			regionOfChunk({
				file: 'a.js',
				moduleIds: [`${root}/taian/eligibility.yaml`, `${root}/henan/eligibility.yaml`]
			})
		).toBeNull();
		expect(regionOfChunk({ file: 'a.js', moduleIds: [`${root}/registry.ts`] })).toBeNull();
		expect(regionOfChunk({ file: 'a.js', moduleIds: [] })).toBeNull();
	});
	test("a region's chunk is named by the region and the part; any other chunk keeps the build's name", () => {
		const name = (...ids: string[]) => regionChunkName(ids.map((m) => `${root}/${m}`));
		expect(name('taian/profile.yaml')).toBe('taian.profile');
		expect(name('taian/meta.yaml')).toBe('taian.meta');
		expect(name('syn-001/source.txt?raw')).toBe('syn-001.text');
		expect(name('syn-001/source.txt?shard')).toBe('syn-001.shard');
		expect(name('taian/walkthroughs.yaml?index')).toBe('taian.walkthroughs-index');
		expect(name('henan/journey.yaml', 'henan/eligibility.yaml')).toBe('henan.eligibility+journey');
		expect(name('taian/eligibility.yaml', 'henan/eligibility.yaml')).toBeNull();
		expect(name('registry.ts')).toBeNull();
		expect(regionChunkName([])).toBeNull();
	});
	test("they join the region's files", () => {
		const list = regionFilesList(manifest, sizeOf, 0, [
			{ file: '_app/immutable/chunks/te.js', moduleIds: [`${root}/taian/eligibility.yaml`] }
		]);
		expect(list.regions['taian']!.files).toContain('/_app/immutable/chunks/te.js');
		expect(list.regions['taian']!.files.filter((f) => f === '/regions/taian/')).toHaveLength(1);
	});
});

describe('refreshPlan: the kept regions after an update', () => {
	const next: RegionFilesList = {
		all: false,
		regions: {
			taian: {
				files: ['/regions/taian/', '/_app/immutable/chunks/T2.js', '/_app/immutable/chunks/S.js'],
				bytes: 3
			},
			quzhou: { files: ['/regions/quzhou/', '/_app/immutable/chunks/Q2.js'], bytes: 2 },
			henan: { files: ['/regions/henan/', '/_app/immutable/chunks/H.js'], bytes: 2 }
		}
	};

	test('kept regions are refetched as the new build lists them; old chunks and dropped regions go', () => {
		const cached = [
			'/regions/taian/',
			'/_app/immutable/chunks/T1.js',
			'/_app/immutable/chunks/S.js',
			'/regions/quzhou/',
			'/_app/immutable/chunks/Q1.js',
			// a region the new build no longer has
			'/regions/atlantis/',
			'/_app/immutable/chunks/A.js'
		];
		const plan = refreshPlan(next, cached);
		expect(plan.kept).toEqual(['taian', 'quzhou']);
		// pages always (same path, new content); chunks only when the cache lacks them
		expect(plan.fetch).toEqual([
			'/regions/taian/',
			'/_app/immutable/chunks/T2.js',
			'/regions/quzhou/',
			'/_app/immutable/chunks/Q2.js'
		]);
		expect(plan.drop).toEqual([
			'/_app/immutable/chunks/T1.js',
			'/_app/immutable/chunks/Q1.js',
			'/regions/atlantis/',
			'/_app/immutable/chunks/A.js'
		]);
		// henan was never kept: nothing of it fetched
		expect(plan.fetch.some((f) => f.includes('henan') || f.endsWith('/H.js'))).toBe(false);
	});

	test('nothing kept: nothing fetched, and whatever is cached goes', () => {
		expect(refreshPlan(next, [])).toEqual({ kept: [], fetch: [], drop: [] });
		expect(refreshPlan(next, ['/_app/immutable/chunks/T1.js']).drop).toEqual([
			'/_app/immutable/chunks/T1.js'
		]);
	});
});
