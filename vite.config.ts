import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { englishOnDemand } from './scripts/english-on-demand.ts';
import { packs } from './scripts/packs/plugin.ts';
import { APP_FILES_LIST, appFiles } from './src/lib/offline/build-files.ts';
import { IMPORT_ONLY_LIST, importOnlyFiles, type Manifest } from './src/lib/offline/precache.ts';
import {
	REGION_FILES_LIST,
	regionChunkName,
	regionFilesList,
	regionPage,
	type RegionFilesList
} from './src/lib/offline/regions.ts';
import { ERROR_NODE, SHELL_LIST, staticFiles } from './src/lib/offline/shell.ts';

/** What the lists need of the bundle's files. */
type BundleItem =
	{ type: 'chunk'; fileName: string; moduleIds: readonly string[] } | { type: 'asset'; fileName: string };

/**
 * After the client build: list the files only the PDF and Word readers use, each region's files, the other build
 * files, and the root error page's files (installed with the shell), for the service worker.
 */
function importOnlyList(): Plugin {
	return {
		name: 'pdao-import-only-list',
		apply: 'build',
		writeBundle: {
			sequential: true,
			order: 'post',
			handler(options, bundle) {
				const dir = options.dir ?? '';
				// the server build, after SvelteKit prerendered (its writeBundle) and before the adapter copies the
				// output (closeBundle): each region's size counts its reader page too
				if (dir.replace(/\\/gu, '/').endsWith('output/server')) {
					addPageSizes(join(dir, '../client'), join(dir, '../prerendered/pages'));
					return;
				}
				writeLists(dir, bundle as unknown as Record<string, BundleItem>);
			}
		}
	};
	function writeLists(dir: string, bundle: Record<string, BundleItem>) {
		{
			const manifest = join(dir, '.vite/manifest.json');
			if (!dir.replace(/\\/gu, '/').endsWith('output/client') || !existsSync(manifest)) return;
			const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
			const files = importOnlyFiles(parsed);
			writeFileSync(join(dir, IMPORT_ONLY_LIST), JSON.stringify(files, null, 1) + '\n');
			writeFileSync(join(dir, SHELL_LIST), JSON.stringify(staticFiles(parsed, [ERROR_NODE]), null, 1) + '\n');
			// each region's files, for the worker (what not to precache) and the offline page (what to keep)
			const sizeOf = (path: string) => {
				const f = join(dir, path);
				return existsSync(f) && statSync(f).isFile() ? statSync(f).size : 0;
			};
			const chunks = Object.values(bundle).flatMap((c) =>
				c.type === 'chunk' ? [{ file: c.fileName, moduleIds: c.moduleIds }] : []
			);
			const regions = regionFilesList(parsed, sizeOf, undefined, chunks);
			writeFileSync(join(dir, REGION_FILES_LIST), JSON.stringify(regions) + '\n');
			// the build's other files, for the worker (which no longer carries every build file's name)
			const bundleFiles = Object.values(bundle).map((c) => c.fileName);
			writeFileSync(
				join(dir, APP_FILES_LIST),
				JSON.stringify(appFiles(bundleFiles, regions), null, 1) + '\n'
			);
		}
	}
}

/**
 * A region's chunks named by the region and the part, in their own folder: `_app/immutable/regions/taian.profile.
 * [hash].js` rather than `_app/immutable/chunks/[hash].js` (SvelteKit's pattern, kept for every other chunk), so
 * the loader maps and file lists that grow with the regions read (and compress) as names; the content hash stays,
 * so a changed file still gets a new name (the worker and the kept-offline refresh rely on it).
 */
function regionChunkNames(): Plugin {
	return {
		name: 'pdao-region-chunk-names',
		apply: 'build',
		outputOptions(options) {
			const kit = options.chunkFileNames;
			// the client build only (the server's chunks are not served)
			if (typeof kit !== 'string' || !kit.startsWith('_app/immutable/')) return null;
			return {
				...options,
				chunkFileNames: (chunk) => {
					const name = regionChunkName(chunk.moduleIds);
					return name ? `_app/immutable/regions/${name}.[hash].js` : kit;
				}
			};
		}
	};
}

/** Each region's listed bytes plus its prerendered reader page's (the list is written before pages exist). */
function addPageSizes(clientDir: string, pagesDir: string) {
	const file = join(clientDir, REGION_FILES_LIST);
	if (!existsSync(file)) return;
	const list = JSON.parse(readFileSync(file, 'utf8')) as RegionFilesList;
	for (const [id, r] of Object.entries(list.regions)) {
		const page = join(pagesDir, regionPage(id), 'index.html');
		if (existsSync(page)) r.bytes += statSync(page).size;
	}
	writeFileSync(file, JSON.stringify(list) + '\n');
}

export default defineConfig({
	// the simulator's outcome-map worker (src/lib/state/outcome-map.ts) builds statecharts from region packs
	worker: { format: 'es', plugins: () => [packs()] },
	plugins: [
		// Region packs (src/lib/regions/<id>/*.yaml) import as validated data; a broken pack fails the build.
		packs(),
		sveltekit(),
		regionChunkNames(),
		importOnlyList(),
		// the client build carries each message's Chinese only; the English loads on switching (the script says why)
		englishOnDemand(fileURLToPath(new URL('./src/lib/paraglide/messages', import.meta.url))),
		// Under vitest the messages are compiled once by `npm run i18n`; the plugin's watcher would keep
		// the test process alive.
		!process.env.VITEST &&
			// outdir and strategy: project.inlang/paraglide.config.js (one source, read by `npm run i18n` too)
			paraglideVitePlugin({ project: './project.inlang' })
	],
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		// A limit that stops a hung test, not a timing: these machines are shared, and under load a property test
		// takes several times its quiet time (fast-check builds its string tables on first use; vitest's default 5 s
		// failed tests that pass in 1.5 s on a quiet machine).
		testTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'tests/e2e/**']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./tests/setup-client.ts']
				}
			}
		]
	}
});
