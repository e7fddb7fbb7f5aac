#!/usr/bin/env node
// `npm run bench`: builds the app and a bare SvelteKit skeleton, prints first-view bytes per main route (and
// the ratio to the skeleton), the offline shell's size, and timings of the pure engines; writes
// bench/out/report.json. Figures only — nothing here asserts a time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { dirBytes, pageBytes, shellBytes } from '../bench/bytes.mjs';
import { withModule } from './load-ts.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { ruleRegionFolders } from './packs/tree.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// `--regions N`: the scale bench (scripts/bench-regions.mjs) instead of the per-route one
const regionsArg = process.argv.indexOf('--regions');
if (regionsArg >= 0) {
	const n = Number(process.argv[regionsArg + 1]);
	if (!Number.isInteger(n) || n < 1) throw new Error('--regions needs a number of synthetic regions');
	const fromArg = process.argv.indexOf('--from');
	const { benchRegions } = await import('./bench-regions.mjs');
	await benchRegions(n, {
		from: fromArg >= 0 ? process.argv[fromArg + 1] : undefined,
		keep: process.argv.includes('--keep')
	});
	process.exit(0);
}
const vite = join(root, 'node_modules/.bin/vite');
const skeleton = join(root, 'tests/fixtures/skeleton');
const skip = new Set(
	process.argv
		.slice(2)
		.filter((a) => a.startsWith('--skip-'))
		.map((a) => a.slice(7))
);

// A reader page: the first rule region in the registry's order.
const reader = `/regions/${ruleRegionFolders(root)[0]}/`;
const ROUTES = ['/', '/regions/', reader, '/search/', '/compare/', '/eligibility/', '/data/'];
for (const r of ['/simulate/', '/library/', '/timeline/', '/training/', '/drafts/', '/drafts/edit/'])
	if (existsSync(join(root, 'src/routes', r, '+page.svelte'))) ROUTES.push(r);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const report = { date: new Date().toISOString(), node: process.version, bytes: {}, timings: {} };

if (!skip.has('build')) {
	console.log('building the skeleton and the app…');
	execFileSync(vite, ['build'], { cwd: skeleton, stdio: 'ignore' });
	execFileSync(vite, ['build'], { cwd: root, stdio: 'ignore' });
}

const base = pageBytes(join(skeleton, 'build'), '/');
report.bytes.skeleton = base;
console.log(`\nFirst view (HTML + JS + CSS loaded at start)      raw        gzip   × skeleton (gzip)`);
console.log(
	`skeleton /                                  ${kb(base.raw).padStart(10)} ${kb(base.gzip).padStart(10)}`
);
report.bytes.routes = {};
for (const r of ROUTES) {
	const b = pageBytes(join(root, 'build'), r);
	report.bytes.routes[r] = { ...b, ratio: +(b.gzip / base.gzip).toFixed(2) };
	console.log(
		`${r.padEnd(42)} ${kb(b.raw).padStart(10)} ${kb(b.gzip).padStart(10)}   ${(b.gzip / base.gzip).toFixed(2)}`
	);
}
// the offline shell the worker installs, and everything it fetches after load: all but the import-only readers and
// a web worker's chunks, which are never fetched (src/lib/offline/build-files.ts, WORKER_CHUNKS_DIR)
const lazyList = join(root, 'build/_app/import-only.json');
const lazy = existsSync(lazyList) ? JSON.parse(readFileSync(lazyList, 'utf8')) : [];
const shell = await withModule('/src/lib/offline/shell.ts', (m) => shellBytes(join(root, 'build'), m));
const workerChunks = join(root, 'build/_app/immutable/workers/chunks');
const unfetched = existsSync(workerChunks) ? readdirSync(workerChunks).map((f) => join(workerChunks, f)) : [];
const precache = dirBytes(
	join(root, 'build'),
	new Set([lazyList, ...lazy.map((p) => join(root, 'build', p)), ...unfetched])
);
report.bytes.shell = shell;
report.bytes.precache = precache;
console.log(
	`offline shell, installed (${shell.files} files)          ${kb(shell.raw).padStart(10)} ${kb(shell.gzip).padStart(10)}`
);
console.log(
	`offline, all after load (${precache.files} files)       ${kb(precache.raw).padStart(10)} ${kb(precache.gzip).padStart(10)}`
);

console.log('\nTimings (Node, medians over repeated runs):');
report.timings = await withModule('/bench/timings.ts', (m) => m.run());
for (const [section, figures] of Object.entries(report.timings))
	console.log(
		`  ${section}: ${Object.entries(figures)
			.map(([k, v]) => `${k}=${v}`)
			.join(', ')}`
	);

if (skip.has('lighthouse')) {
	report.lighthouse = 'skipped (--skip-lighthouse)';
} else {
	const runsArg = process.argv.indexOf('--lighthouse-runs');
	const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 3;
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--lighthouse-runs needs a number of runs');
	console.log(
		`\nLighthouse (mobile preset; medians of ${runs} runs, the performance scores' range; the skeleton in the same rounds):`
	);
	try {
		report.lighthouse = await runLighthouse(ROUTES, { runs, baseline: join(skeleton, 'build') });
		for (const [route, r] of Object.entries(report.lighthouse))
			console.log(
				`  ${route.padEnd(16)} perf ${String(r.performance).padStart(3)} (${r.performanceRange.join('–')})  a11y ${r.accessibility}  bp ${r.bestPractices}  FCP ${r.fcpMs} ms  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls}`
			);
	} catch (e) {
		report.lighthouse = `failed: ${e instanceof Error ? e.message : String(e)}`;
		console.log(`  ${report.lighthouse}`);
	}
}

mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/report.json'), JSON.stringify(report, null, 2));
console.log('\nwrote bench/out/report.json');
