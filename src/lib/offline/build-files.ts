// The build's own files, listed outside the service worker: SvelteKit would inline every build file's name in
// the worker (`build` of $service-worker), and with hundreds of regions that list — each region's chunks, their
// content hashes not compressing — made the worker, part of the first visit, grow with every region. The
// worker keeps only the names that do not grow that way (the static files and the prerendered pages); the
// build files are content-hashed under /_app/immutable/ (a name always holds the same bytes), and the build
// lists the ones that are not any region's (APP_FILES_LIST) beside each region's (REGION_FILES_LIST). The
// worker reads the lists when it needs them (the idle fetch, an update), never at install. Pure: used by
// vite.config.ts at build time, by the service worker and by tests.

import type { RegionFilesList } from './regions';

/** The build's files that belong to no region (paths from the app's base, each starting with "/"). */
export const APP_FILES_LIST = '/_app/app-files.json';

/** Where the content-hashed build files live (from the base). */
export const IMMUTABLE_DIR = '/_app/immutable/';

/** Whether `path` (from the base) is a build file: content-hashed, so a cached copy is always right. */
export function isBuildFile(path: string): boolean {
	return path.startsWith(IMMUTABLE_DIR);
}

/**
 * A web worker's own chunks: the outcome-map worker's bundle carries the region registry's loaders (every region's
 * profile, metadata …, through the citation checks it shares with the page), which it never calls — the page posts
 * it the data. Not the app's files: kept offline they would grow with every region (the worker's entry file is).
 */
export const WORKER_CHUNKS_DIR = `${IMMUTABLE_DIR}workers/chunks/`;

/** The build files (paths from the base) that are no region's: what APP_FILES_LIST holds, sorted. */
export function appFiles(bundleFiles: readonly string[], regions: RegionFilesList): string[] {
	const ofRegions = new Set(Object.values(regions.regions).flatMap((r) => r.files));
	return [...new Set(bundleFiles.map((f) => (f.startsWith('/') ? f : `/${f}`)))]
		.filter((f) => isBuildFile(f) && !ofRegions.has(f) && !f.startsWith(WORKER_CHUNKS_DIR))
		.sort();
}

/** Every build file of a version: its app files and every region's (pages are not build files). */
export function buildFiles(app: readonly string[], regions: RegionFilesList | null): Set<string> {
	const all = new Set(app);
	for (const r of Object.values(regions?.regions ?? {}))
		for (const f of r.files) if (isBuildFile(f)) all.add(f);
	return all;
}
