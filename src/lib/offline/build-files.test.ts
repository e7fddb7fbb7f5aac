import { describe, expect, test } from 'vitest';
import { appFiles, buildFiles, isBuildFile } from './build-files';
import type { RegionFilesList } from './regions';

const regions: RegionFilesList = {
	all: false,
	regions: {
		taian: { files: ['/regions/taian/', '/_app/immutable/chunks/T1.js', '/_app/immutable/chunks/T2.js'], bytes: 3 },
		henan: { files: ['/regions/henan/', '/_app/immutable/chunks/H1.js'], bytes: 2 }
	}
};

describe('the build files outside the worker', () => {
	test('only content-hashed files under /_app/immutable/ are build files', () => {
		expect(isBuildFile('/_app/immutable/chunks/A.js')).toBe(true);
		expect(isBuildFile('/_app/immutable/assets/0.C.css')).toBe(true);
		for (const p of ['/_app/regions.json', '/_app/version.json', '/regions/taian/', '/', '/data/rules.json'])
			expect(isBuildFile(p), p).toBe(false);
	});

	test("the app's files: every bundle file under /_app/immutable/ but the regions', each once, sorted", () => {
		const bundle = [
			'_app/immutable/entry/start.S.js',
			'_app/immutable/chunks/T1.js',
			'_app/immutable/chunks/B.js',
			'_app/immutable/chunks/H1.js',
			'_app/immutable/chunks/B.js',
			'_app/immutable/assets/0.C.css',
			'_app/immutable/workers/outcomes.worker-W.js',
			'_app/immutable/workers/chunks/R1.js',
			'.vite/manifest.json'
		];
		// a worker's entry is the app's; its chunks (the registry's loaders it never calls) are not
		expect(appFiles(bundle, regions)).toEqual([
			'/_app/immutable/assets/0.C.css',
			'/_app/immutable/chunks/B.js',
			'/_app/immutable/entry/start.S.js',
			'/_app/immutable/workers/outcomes.worker-W.js'
		]);
	});

	test("a version's build files: the app's and every region's chunks (not their pages)", () => {
		const all = buildFiles(['/_app/immutable/chunks/B.js'], regions);
		expect([...all].sort()).toEqual([
			'/_app/immutable/chunks/B.js',
			'/_app/immutable/chunks/H1.js',
			'/_app/immutable/chunks/T1.js',
			'/_app/immutable/chunks/T2.js'
		]);
		expect(buildFiles(['/_app/immutable/chunks/B.js'], null)).toEqual(new Set(['/_app/immutable/chunks/B.js']));
	});
});
