// Offline on purpose: which files belong to each region (its text, search shard, profile, criteria, journey and
// walkthroughs chunks, and its reader page), listed by the build in REGION_FILES_LIST. The service worker
// precaches the shell and the manifest, not the regions' files — unless the corpus is small (`all`), when
// everything is precached at install as before. A region opened once stays in the worker's cache; a user can
// keep a province, a list of regions or every region in OFFLINE_CACHE, seeing the size first, and remove them.
// Pure: used by vite.config.ts at build time, by the service worker, by the offline page and by tests.

import type { Manifest } from './precache';

/** The build's list of each region's files (paths from the app's base, each starting with "/"). */
export const REGION_FILES_LIST = '/_app/regions.json';
/** The cache a user's "available offline" choices live in (kept across versions). */
export const OFFLINE_CACHE = 'pdao-offline';
/** The header on the page's requests for files it keeps offline: the worker does not also cache them. */
export const KEEP_HEADER = 'x-pdao-keep-offline';
/** Up to this many documents, the worker precaches every region at install (the corpus is small). */
export const PRECACHE_ALL_MAX = 30;

export interface RegionFiles {
	/** Build files and the region's reader page. */
	files: string[];
	/** Their size in bytes (raw), the page included. */
	bytes: number;
}

export interface RegionFilesList {
	/** Precache every region at install (a small corpus). */
	all: boolean;
	regions: Record<string, RegionFiles>;
}

/** A region's reader page (from the base). */
export const regionPage = (id: string) => `/regions/${id}/`;

const REGION_KEY = /^src\/lib\/regions\/([a-z][A-Za-z0-9-]*)\/[^/]+$/;
/** A bundled module's id (an absolute path) inside a region's folder. */
const REGION_MODULE = /\/src\/lib\/regions\/([a-z][A-Za-z0-9-]*)\/[^/]+$/;

/** Open-data downloads that grow with the regions: fetched when asked for, never at install (large corpus). */
export const ON_DEMAND = ['/data/rules.json', '/data/rules.csv'];

/** A chunk of the bundle: its file and the modules in it. */
export interface BundleChunk {
	file: string;
	moduleIds: readonly string[];
}

/** The region a chunk belongs to: every module in it is a file of that one region's folder. */
export function regionOfChunk(chunk: BundleChunk): string | null {
	const ids = chunk.moduleIds.map(
		(m) => REGION_MODULE.exec(m.split('?')[0]!.replace(/^\0/, ''))?.[1] ?? null
	);
	const first = ids[0];
	return first && ids.every((id) => id === first) ? first : null;
}

/** What a module of a region's folder is, for its chunk's name: "profile", "text" (source.txt?raw), "shard". */
function partOf(moduleId: string): string {
	const [path = '', query = ''] = moduleId.replace(/^\0/, '').split('?');
	const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
	const q = query.split('&').find((k) => k && k !== 'raw' && !k.startsWith('import'));
	if (file === 'source') return q ?? 'text';
	return q ? `${file}-${q}` : file;
}

/**
 * The name of a chunk made of one region's files, "<region>.<part>" ("taian.profile", "taian.text",
 * "taian.shard"; parts joined by "+" when one chunk holds several); null for any other chunk. The build names
 * such chunks by it (vite.config.ts) so that a region's files say whose they are and lists of them compress;
 * the content hash stays in the name (cache-busting).
 */
export function regionChunkName(moduleIds: readonly string[]): string | null {
	const region = regionOfChunk({ file: '', moduleIds });
	if (!region) return null;
	return `${region}.${[...new Set(moduleIds.map(partOf))].sort().join('+')}`;
}

/**
 * Each region's files from the Vite manifest: the chunks made for the files of src/lib/regions/<id>/ (each a
 * dynamic import of its own) and the region's page. `sizeOf` gives a file's bytes (a path from the base).
 */
export function regionFilesList(
	manifest: Manifest,
	sizeOf: (path: string) => number,
	allMax = PRECACHE_ALL_MAX,
	chunks: readonly BundleChunk[] = []
): RegionFilesList {
	const regions: Record<string, RegionFiles> = {};
	// chunks of one region's modules that the manifest does not key (also imported statically elsewhere)
	for (const c of chunks) {
		const id = regionOfChunk(c);
		if (!id) continue;
		const r = (regions[id] ??= { files: [regionPage(id)], bytes: 0 });
		if (!r.files.includes(`/${c.file}`)) r.files.push(`/${c.file}`);
	}
	for (const [key, chunk] of Object.entries(manifest)) {
		const id = REGION_KEY.exec(key.split('?')[0]!)?.[1];
		if (!id || chunk.isEntry) continue;
		const r = (regions[id] ??= { files: [regionPage(id)], bytes: 0 });
		for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) {
			const path = `/${f}`;
			if (!r.files.includes(path)) r.files.push(path);
		}
	}
	for (const r of Object.values(regions)) r.bytes = r.files.reduce((n, f) => n + sizeOf(f), 0);
	const sorted = Object.fromEntries(Object.entries(regions).sort(([a], [b]) => a.localeCompare(b)));
	return { all: Object.keys(sorted).length <= allMax, regions: sorted };
}

/** Every file of the given regions, each once. */
export function filesFor(list: RegionFilesList, ids: readonly string[]): string[] {
	return [...new Set(ids.flatMap((id) => list.regions[id]?.files ?? []))];
}

/** The bytes the given regions need (a file shared by two counted once). */
export function bytesFor(
	list: RegionFilesList,
	ids: readonly string[],
	sizeOf?: (f: string) => number
): number {
	if (!sizeOf) {
		// per-region totals; shared files are rare (only the regions' own chunks are listed)
		return [...new Set(ids)].reduce((n, id) => n + (list.regions[id]?.bytes ?? 0), 0);
	}
	return filesFor(list, ids).reduce((n, f) => n + sizeOf(f), 0);
}

/** The paths the worker leaves out of its install (none when the list says `all`). */
export function regionPaths(list: RegionFilesList | null): Set<string> {
	if (!list || list.all) return new Set();
	return new Set([...Object.values(list.regions).flatMap((r) => r.files), ...ON_DEMAND]);
}

/** The files still needed by the regions kept (to remove only what no kept region uses). */
export function filesToRemove(
	list: RegionFilesList,
	removed: readonly string[],
	kept: readonly string[]
): string[] {
	const keep = new Set(filesFor(list, kept));
	return filesFor(list, removed).filter((f) => !keep.has(f));
}

export interface RefreshPlan {
	/** The regions kept offline: their reader page is in the kept cache. */
	kept: string[];
	/** Their files to fetch again: each page (a page's path is the same in every version) and each file the new build lists that the cache lacks. */
	fetch: string[];
	/** Cached paths no kept region uses any more (the old version's chunks, a region the new build dropped). */
	drop: string[];
}

/**
 * After an app update, what the worker does to the regions kept offline (OFFLINE_CACHE), from the NEW build's
 * list and the paths in the kept cache (from the base): the kept regions are those whose page is there and the
 * new build still has; their files as the new build lists them are fetched (pages always, chunks when missing),
 * and every other path is dropped — only once the fetches succeeded (the caller's job), so a failed refresh
 * leaves the old files in place.
 */
export function refreshPlan(list: RegionFilesList, cached: readonly string[]): RefreshPlan {
	const have = new Set(cached);
	const kept = Object.keys(list.regions).filter((id) => have.has(regionPage(id)));
	const want = filesFor(list, kept);
	const wanted = new Set(want);
	return {
		kept,
		fetch: want.filter((f) => f.endsWith('/') || !have.has(f)),
		drop: cached.filter((f) => !wanted.has(f))
	};
}
