/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Offline: install the shell only ($lib/offline/shell: the home and 404 pages, the files they load at start, the
// web-app manifest and icons — a few hundred kB at most), then, once a page has loaded and asks (WARM), fetch the
// rest of the app into the cache a few files at a time — except the readers that import a .pdf or .docx (PDF.js,
// its character maps, mammoth: ~2 MB a first visit need not download) and, when the corpus is large, each
// region's own files ($lib/offline/regions). Anything not yet cached is cached when first fetched and served from
// the cache after that, so a region opened once, or a PDF imported once, works offline; the regions a user chose
// to keep offline are in their own cache (OFFLINE_CACHE), which outlives versions and is brought up to date when a
// new version activates (refreshKeptRegions). A new version installs beside the old one and waits; the page offers
// a reload, which tells it to take over. The worker carries the names of the static files and the prerendered
// pages only; the build files (content-hashed, under /_app/immutable/) are listed by the build beside it
// ($lib/offline/build-files), so the worker — part of every first visit — does not grow with the regions.

import { base, files, prerendered, version } from '$service-worker';
import { APP_FILES_LIST, buildFiles, isBuildFile } from '$lib/offline/build-files';
import { IMPORT_ONLY_LIST, shouldPrecache } from '$lib/offline/precache';
import {
	SHELL_LIST,
	SHELL_PAGES,
	WARM,
	WARM_DONE,
	WARM_MARK,
	isShellFile,
	pageAssets,
	type WarmDone
} from '$lib/offline/shell';
import {
	KEEP_HEADER,
	OFFLINE_CACHE,
	REGION_FILES_LIST,
	refreshPlan,
	regionPaths,
	type RegionFilesList
} from '$lib/offline/regions';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `pdao-${version}`;
/** The static files and the prerendered pages (the build files are listed outside the worker: build-files.ts). */
const PAGES_AND_FILES = [...files, ...prerendered];
/** A file of this version the worker serves from its cache once there: a build file or a page or static file. */
const isAppPath = (path: string) =>
	(path.startsWith(`${base}/`) && isBuildFile(path.slice(base.length))) || PAGES_AND_FILES.includes(path);
/** adapter-static's fallback page; some servers answer it with status 404, so it is cached whatever the status. */
const NOT_FOUND_PAGE = `${base}/404.html`;

/** The build's import-only files (from the base); none known, only the character maps are left out. */
let importOnly = new Set<string>();
async function readImportOnly(): Promise<void> {
	try {
		const res = await fetch(`${base}${IMPORT_ONLY_LIST}`);
		if (res.ok) importOnly = new Set((await res.json()) as string[]);
	} catch {
		// fetch them all rather than none
	}
}

/** A list the build writes beside the worker (from the base), revalidated (it changes with every version); null
 * when it cannot be read. */
async function readList<T>(path: string): Promise<T | null> {
	try {
		const res = await fetch(`${base}${path}`, { cache: 'no-cache' });
		return res.ok ? ((await res.json()) as T) : null;
	} catch {
		return null;
	}
}

/** Each region's files (its data chunks and reader page): not fetched ahead unless the corpus is small. */
let regionOnly = new Set<string>();
/** The build files of this version (from the base), from the build's lists: none known until read. */
let appBuild = new Set<string>();
async function readBuildLists(): Promise<boolean> {
	const [app, regions] = await Promise.all([
		readList<string[]>(APP_FILES_LIST),
		readList<RegionFilesList>(REGION_FILES_LIST)
	]);
	regionOnly = regionPaths(regions);
	appBuild = buildFiles(app ?? [], regions);
	// without the region list (offline, say) nothing can tell a region's page from the app's
	return regions !== null;
}

/** Fetch a shell page, keep it, and return the files it loads at start. The 404 page is kept whatever its status
 * (some servers answer it with 404); the others must be ok. */
async function installPage(cache: Cache, path: string): Promise<string[]> {
	const res = await fetch(path);
	const html = res.headers.get('content-type')?.includes('text/html');
	if (path === NOT_FOUND_PAGE) {
		// without it, an unknown page offline gets the browser's own error
		if (!html) return [];
		await cache.put(path, new Response(await res.clone().blob(), { headers: res.headers }));
	} else {
		if (!res.ok) throw new Error(`${path}: ${res.status}`);
		await cache.put(path, res.clone());
	}
	return pageAssets(await res.text(), path);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const assets = new Set(files.filter((f) => isShellFile(f.slice(base.length))));
			try {
				const res = await fetch(`${base}${SHELL_LIST}`);
				if (res.ok) for (const f of (await res.json()) as string[]) assets.add(`${base}${f}`);
			} catch {
				// the error page's code is then cached when first used
			}
			for (const page of SHELL_PAGES)
				for (const a of await installPage(cache, `${base}${page}`)) if (isAppPath(a)) assets.add(a);
			await cache.addAll([...assets]);
		})()
	);
});

/** The rest of the app, fetched into the cache once (WARM): what the install used to take, minus what is there.
 * True when everything it wants is in the cache (then WARM_MARK is kept in it); false when something is missing. */
let warming: Promise<boolean> | null = null;
function warm(): Promise<boolean> {
	warming ??= (async () => {
		const [, listed] = await Promise.all([readImportOnly(), readBuildLists()]);
		const cache = await caches.open(CACHE);
		// Without the lists, warming now would fetch every region's page too (a never-opened region would then
		// stay offline after its province was removed): wait for the next request instead. The cache is complete
		// only if an earlier warm-up of this version said so.
		if (!listed) return !!(await cache.match(`${base}${WARM_MARK}`));
		const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
		const todo = [...[...appBuild].map((f) => `${base}${f}`), ...PAGES_AND_FILES].filter((a) => {
			const path = a.slice(base.length);
			return !have.has(a) && shouldPrecache(path, importOnly) && !regionOnly.has(path);
		});
		let complete = true;
		// a few at a time: the page stays responsive, and one failure (offline again) does not stop the rest
		for (let i = 0; i < todo.length; i += 4)
			await Promise.all(
				todo.slice(i, i + 4).map(async (a) => {
					try {
						const res = await fetch(a);
						if (res.ok) await cache.put(a, res);
						else complete = false;
					} catch {
						// cached on first use instead
						complete = false;
					}
				})
			);
		if (complete) await cache.put(`${base}${WARM_MARK}`, new Response(new Date().toISOString()));
		return complete;
	})().finally(() => (warming = null));
	return warming;
}

/**
 * The regions the user keeps offline, brought to this version: their files as this build lists them fetched
 * into OFFLINE_CACHE (pages always, chunks the cache lacks), then what no kept region uses any more dropped
 * (the old version's chunks, a region this build no longer has). Offline or failing, the old files stay.
 */
async function refreshKeptRegions(): Promise<void> {
	try {
		// nothing kept: leave it so (caches.open would create the cache)
		if (!(await caches.has(OFFLINE_CACHE))) return;
		const kept = await caches.open(OFFLINE_CACHE);
		const byPath = new Map((await kept.keys()).map((r) => [new URL(r.url).pathname.slice(base.length), r]));
		if (!byPath.size) return;
		const res = await fetch(`${base}${REGION_FILES_LIST}`, { cache: 'no-store' });
		if (!res.ok) return;
		const plan = refreshPlan((await res.json()) as RegionFilesList, [...byPath.keys()]);
		const fetched = await Promise.all(
			plan.fetch.map(async (path) => {
				const r = await fetch(`${base}${path}`, { cache: 'no-store' });
				if (!r.ok) throw new Error(`${path}: ${r.status}`);
				return [path, r] as const;
			})
		);
		for (const [path, r] of fetched) await kept.put(`${base}${path}`, r);
		for (const path of plan.drop) await kept.delete(byPath.get(path)!);
	} catch {
		// offline or a file missing: the kept files stay as they were; the next activation tries again
	}
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await readBuildLists();
			for (const key of await caches.keys()) {
				// the user's "available offline" regions outlive versions
				if (key === CACHE || key === OFFLINE_CACHE) continue;
				// import-only files fetched under the old version and unchanged in this one are kept
				const old = await caches.open(key);
				for (const req of await old.keys()) {
					const path = new URL(req.url).pathname;
					if (!appBuild.has(path.slice(base.length)) || (await cache.match(path))) continue;
					const res = await old.match(req);
					if (res) await cache.put(path, res);
				}
				await caches.delete(key);
			}
			await refreshKeptRegions();
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
	if (event.data?.type === WARM)
		event.waitUntil(
			warm().then((complete) =>
				(event.source as Client | null)?.postMessage({ type: WARM_DONE, complete } satisfies WarmDone)
			)
		);
});

/**
 * Cached page for a navigation: the path itself, with a trailing slash, or its index.html — from this version's
 * cache, then from the regions the user keeps offline.
 */
async function cachedPage(cache: Cache, url: URL): Promise<Response | undefined> {
	const path = url.pathname;
	const candidates = [path, path.endsWith('/') ? path : `${path}/`, `${path.replace(/\/?$/, '/')}index.html`];
	for (const p of candidates) {
		const hit = (await cache.match(p)) ?? (await caches.match(p, { cacheName: OFFLINE_CACHE }));
		if (hit) return hit;
	}
	return undefined;
}

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(base)) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Build files and pages never change within a version: serve them from the cache (the import-only
			// ones once fetched; the first fetch below caches them).
			if (isAppPath(url.pathname)) {
				const hit =
					(await cache.match(url.pathname)) ??
					(await caches.match(url.pathname, { cacheName: OFFLINE_CACHE }));
				if (hit) return hit;
			}
			if (req.mode === 'navigate') {
				const page = await cachedPage(cache, url);
				if (page) return page;
			}
			try {
				const res = await fetch(req);
				// a file fetched to be kept offline on purpose goes to OFFLINE_CACHE only (the page puts it there),
				// so removing it there removes it
				const onPurpose = req.headers.has(KEEP_HEADER);
				if (res.ok && res.type === 'basic' && !url.search && !onPurpose) cache.put(req, res.clone());
				return res;
			} catch (err) {
				const hit = (await cache.match(req)) ?? (await caches.match(req, { cacheName: OFFLINE_CACHE }));
				if (hit) return hit;
				// Offline and unknown: the app's own 404 page (it has search) rather than the browser's error.
				if (req.mode === 'navigate') {
					const notFound = await cache.match(NOT_FOUND_PAGE);
					if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
				}
				throw err;
			}
		})()
	);
});
