#!/usr/bin/env node
// `npm run test:budgets` (part of `npm test`, after the build): byte budgets, asserted. Sizes are deterministic,
// so they can fail a test; times are not, and stay in `npm run bench`, printed only.
// Builds the bare SvelteKit skeleton (tests/fixtures/skeleton) in this run, measures each route's first view
// (HTML + the JS and CSS it loads at start, gzip) in build/, and fails when a route's ratio to the skeleton is
// over its ceiling in bench/budgets.json (every page of the build must have one), or the offline shell (what the service worker installs:
// $lib/offline/shell) is over its byte ceiling. The ceilings hold
// today's figures so that nothing grows unnoticed; the targets are printed beside them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pageBytes, shellBytes } from '../bench/bytes.mjs';
import { withModule } from './load-ts.mjs';
import { budgetedPages } from './budget-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = join(root, process.env.E2E_BUILD ?? 'build');
const skeleton = join(root, 'tests/fixtures/skeleton');
const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));

if (!existsSync(join(build, 'index.html'))) {
	console.error(`budgets: no build in ${build}; run \`npm run build\` first`);
	process.exit(1);
}
execFileSync(join(root, 'node_modules/.bin/vite'), ['build'], { cwd: skeleton, stdio: 'ignore' });
const base = pageBytes(join(skeleton, 'build'), '/').gzip;

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const over = [];
console.log(`skeleton first view ${kb(base)} gzip\n`);
console.log(
	`${'route'.padEnd(18)}${'gzip'.padStart(10)}${'ratio'.padStart(8)}${'ceiling'.padStart(9)}${'target'.padStart(8)}`
);
// the reader's key stands for the first rule region's page (as in the bench)
for (const [key, route] of budgetedPages(root)) {
	const ceiling = budgets.routes[key];
	const { gzip } = pageBytes(build, route);
	const ratio = gzip / base;
	const target = route === '/' ? budgets.targets.home : budgets.targets.other;
	const flag = ratio > ceiling ? '  OVER' : '';
	console.log(
		`${route.padEnd(18)}${kb(gzip).padStart(10)}${ratio.toFixed(2).padStart(8)}${ceiling.toFixed(2).padStart(9)}${target.toFixed(2).padStart(8)}${flag}`
	);
	if (ratio > ceiling) over.push(`${route}: ${ratio.toFixed(2)}× the skeleton, ceiling ${ceiling}×`);
}
// every page of the build has a ceiling: a new route cannot grow unnoticed (reader pages: the first stands for all)
const pages = (dir, at = '/') =>
	readdirSync(join(dir, at === '/' ? '' : at), { withFileTypes: true }).flatMap((e) => {
		if (!e.isDirectory() || e.name.startsWith('_')) return [];
		const route = `${at}${e.name}/`;
		if (route.startsWith('/regions/') && route !== '/regions/') return [];
		const here = existsSync(join(dir, route, 'index.html')) ? [route] : [];
		return [...here, ...pages(dir, route)];
	});
const unbudgeted = pages(build).filter((r) => !Object.hasOwn(budgets.routes, r));
if (unbudgeted.length) over.push(`no ceiling in bench/budgets.json for ${unbudgeted.join(', ')}`);

// the offline shell: the pages the worker installs, the files they load at start, the manifest and icons —
// the same functions as the worker ($lib/offline/shell); the rest is fetched after load, or on first use
const precache = await withModule('/src/lib/offline/shell.ts', (shell) => shellBytes(build, shell));
console.log(
	`\noffline shell     ${kb(precache.gzip)} gzip in ${precache.files} files (ceiling ${kb(budgets.precacheGzip)}, target ${kb(budgets.targets.precacheGzip)})`
);
if (precache.gzip > budgets.precacheGzip)
	over.push(`offline shell: ${kb(precache.gzip)}, ceiling ${kb(budgets.precacheGzip)}`);

if (over.length) {
	console.error(`\nover budget:\n  ${over.join('\n  ')}\n(bench/budgets.json holds the ceilings)`);
	process.exit(1);
}
console.log('\nevery route and the precache are within budget');
