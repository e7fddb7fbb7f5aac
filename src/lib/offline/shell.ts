// The offline shell: what the service worker fetches at install, kept small so a phone installs it quickly —
// the home page and the app's 404 page, the files they load at start (the boot code, the layout, the header),
// the root error page's code (SHELL_LIST), the web-app manifest and its icons. Everything else the app has (every other page and its code, the texts,
// the search shards, the open-data downloads) is cached when first fetched, and — unless the user asked the
// browser to save data — fetched into the cache after the page has loaded, a few files at a time, so that
// every page works offline after one visit. Pure: used by the service worker, the page and the budgets test.

import { reachedChunks, type Manifest } from './precache';

/** The pages installed with the shell (paths from the base). */
export const SHELL_PAGES = ['/', '/404.html'] as const;

/** Static files installed with the shell: the web-app manifest, the favicon and the icons. */
export function isShellFile(path: string): boolean {
	return /^\/(manifest\.webmanifest|favicon\.svg|icon-[\w-]+\.png)$/.test(path);
}

/**
 * The files a prerendered page loads at start — its modulepreload links, stylesheets and the bootstrap's
 * imports — as paths of the same kind as `page` (the page's own path, "/" or "/pdao/404.html"): the links are
 * relative to it (paths.relative) or absolute. A stylesheet Kit inlined in the page (kit.inlineStyleThreshold) is
 * still listed, disabled: the page itself does not fetch it, but a navigation from another page (the 404 page to
 * the home page, offline) does, so the shell keeps it.
 */
export function pageAssets(html: string, page: string): string[] {
	const out = new Set<string>();
	const add = (href: string) => {
		const path = href.startsWith('/') ? href : new URL(href, `http://x${page}`).pathname;
		out.add(path);
	};
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href && (rel === 'modulepreload' || rel === 'stylesheet')) add(href);
	}
	for (const m of html.matchAll(/\bimport\("([^"]+)"\)/g)) add(m[1]!);
	return [...out].sort();
}

/** The build's list of the root error page's files (from the base): an unknown page offline renders with them. */
export const SHELL_LIST = '/_app/shell.json';
/** SvelteKit numbers the root layout's node 0 and the root error page's node 1. */
export const ERROR_NODE = '.svelte-kit/generated/client-optimized/nodes/1.js';

/** The files a chunk of the manifest loads statically (its imports, theirs, and their stylesheets), from the base. */
export function staticFiles(manifest: Manifest, keys: readonly string[]): string[] {
	const files = reachedChunks(manifest, keys).flatMap((c) => [c.file, ...(c.css ?? [])]);
	return [...new Set(files.map((f) => `/${f}`))].sort();
}

/** The message the page sends the worker once it has loaded (the rest is fetched), and the worker's answer,
 * `{ type: WARM_DONE, complete }`: complete when every file of this version the warm-up wants is in the cache —
 * false when the build's lists could not be read (offline before this version was ever warmed) or a fetch failed. */
export const WARM = 'WARM';
export const WARM_DONE = 'WARM_DONE';
export interface WarmDone {
	type: typeof WARM_DONE;
	complete: boolean;
}
/** Kept in a version's cache once a warm-up fetched everything, so that a warm-up asked offline (the build's lists
 * unreadable) can still say the cache is complete. Not a file of the app: never served. */
export const WARM_MARK = '/_app/.warm-complete';
