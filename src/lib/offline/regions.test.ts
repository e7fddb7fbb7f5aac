import { describe, expect, test } from 'vitest';
import type { Manifest } from './precache';
import {
	bytesFor,
	filesFor,
	filesToRemove,
	ON_DEMAND,
	regionFilesList,
	regionOfChunk,
	regionPaths
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
	test("they join the region's files", () => {
		const list = regionFilesList(manifest, sizeOf, 0, [
			{ file: '_app/immutable/chunks/te.js', moduleIds: [`${root}/taian/eligibility.yaml`] }
		]);
		expect(list.regions['taian']!.files).toContain('/_app/immutable/chunks/te.js');
		expect(list.regions['taian']!.files.filter((f) => f === '/regions/taian/')).toHaveLength(1);
	});
});
