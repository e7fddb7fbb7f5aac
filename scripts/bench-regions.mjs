// `npm run bench -- --regions N`: the app at scale. In a temporary copy of the project (never the working tree),
// builds the app as it is, then adds N synthetic copies of one region folder (scripts/synthetic.mjs) and builds
// again; prints each figure of issue 18 for both builds side by side with the ratio, and writes
// bench/out/regions-N.json. Figures only — nothing here asserts a time.
//
//   npm run bench -- --regions 300 [--from taian] [--keep]
import { spawn } from 'node:child_process';
import { rmSync, mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirBytes, filesBytes, pageBytes, shellBytes } from '../bench/bytes.mjs';
import { budgetedPages } from './budget-pages.mjs';
import { withModules } from './packs/tree.mjs';
import { addSynthetic, copyTree, repoRoot, run } from './synthetic.mjs';

const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} kB`);

/**
 * What the service worker fetches into its cache on the first visit (the install, then the rest when idle): the
 * build but the import-only readers and — when the build's region list says the corpus is large — each region's
 * own files and page.
 */
function precache(buildDir, shellOnly = false) {
	const list = join(buildDir, '_app/import-only.json');
	const lazy = existsSync(list) ? JSON.parse(readFileSync(list, 'utf8')) : [];
	const skip = new Set([list, ...lazy.map((p) => join(buildDir, p))]);
	const regionsList = join(buildDir, '_app/regions.json');
	const regions = existsSync(regionsList) ? JSON.parse(readFileSync(regionsList, 'utf8')) : null;
	if (regions && (shellOnly || !regions.all)) {
		for (const r of Object.values(regions.regions))
			for (const f of r.files) skip.add(join(buildDir, f, f.endsWith('/') ? 'index.html' : ''));
		// the open-data downloads (src/lib/offline/regions.ts ON_DEMAND): fetched when asked for
		for (const f of ['data/rules.json', 'data/rules.csv']) skip.add(join(buildDir, f));
	}
	return dirBytes(buildDir, skip);
}

/**
 * A build's environment: NODE_ENV=production, always. The search timings load modules through Vite in this
 * process, which sets NODE_ENV=development; a build inheriting it compiles the Paraglide messages as one
 * module per locale (its development layout) instead of one per message, and every first view grows by ~40 kB.
 */
const PRODUCTION = (buildDir) => ({ BUILD_DIR: buildDir, NODE_ENV: 'production' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * In Chromium (/usr/bin/chromium), each time from a cold page (a fresh browser context: no cache, no service
 * worker): the first row of "compare 5" shown (the build's last five rule regions), and the first search
 * result for each of a few queries. ms since navigation start (performance.now() when the element is there),
 * the median of RUNS.
 */
async function inBrowser(root, buildDir, five) {
	const RUNS = 5;
	const port = Number(process.env.BENCH_PORT ?? 4282);
	const server = spawn(
		process.execPath,
		[join(root, 'scripts/serve.mjs'), join(root, buildDir), String(port), '/'],
		{
			stdio: 'ignore'
		}
	);
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
	const timeTo = async (path, selector) => {
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`http://localhost:${port}${path}`);
			await page.waitForSelector(selector, { timeout: 120_000 });
			times.push(await page.evaluate(() => performance.now()));
			await context.close();
		}
		return Math.round(median(times));
	};
	try {
		for (let i = 0; i < 50; i++) {
			const ok = await fetch(`http://localhost:${port}/`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		const out = {};
		out.compareFirstRowMs = await timeTo(`/compare/?r=${five.join(',')}`, 'table tbody tr');
		Object.assign(out, await firstResult(browser, port, RUNS));
		return out;
	} finally {
		await browser.close();
		server.kill();
	}
}

/** Queries timed for the first search result: frequent terms (hits in most regions) and a rarer one. */
const FIRST_RESULT_QUERIES = ['数据安全事件', '授权运营协议', '岗前培训'];

/**
 * The first search result, from a cold page (a fresh context: no cache, no service worker, no shard fetched):
 * /search/?q=… opened, and the time the first result row is in the page (a MutationObserver installed before
 * the page's scripts run; a visible row — the search box's closed panel holds rows too). Two figures, medians over RUNS × FIRST_RESULT_QUERIES:
 *   - searchFirstResultMs: since navigation start (page boot included);
 *   - searchFirstResultFromQueryMs: since the search started (the 'search:start' mark, set when the page hands
 *     the query to the search state: no shard fetched, no index yet) — README "first result".
 */
async function firstResult(browser, port, runs) {
	const fromNav = [];
	const fromQuery = [];
	for (const q of FIRST_RESULT_QUERIES)
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.addInitScript(() => {
				const watch = () =>
					new MutationObserver((_, obs) => {
						// a visible row: the header box's hidden panel holds result links too
						if ([...document.querySelectorAll('a.result')].some((a) => a.checkVisibility())) {
							window.__firstResult = performance.now();
							obs.disconnect();
						}
					}).observe(document.documentElement, { childList: true, subtree: true });
				if (document.documentElement) watch();
				else document.addEventListener('readystatechange', watch, { once: true });
			});
			await page.goto(`http://localhost:${port}/search/?q=${encodeURIComponent(q)}`);
			await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 120_000 });
			const [at, start] = await page.evaluate(() => [
				window.__firstResult,
				performance.getEntriesByName('search:start')[0]?.startTime ?? 0
			]);
			fromNav.push(at);
			fromQuery.push(at - start);
			await context.close();
		}
	return {
		searchFirstResultMs: Math.round(median(fromNav)),
		searchFirstResultFromQueryMs: Math.round(median(fromQuery))
	};
}

async function measure(root, buildDir, routes) {
	const b = join(root, buildDir);
	const home = pageBytes(b, '/');
	const figures = { home, eligibility: pageBytes(b, '/eligibility/'), precache: precache(b) };
	// each page's first view: which grow with the regions (what they import eagerly that lists every region)
	figures.routes = Object.fromEntries(routes.map((r) => [r, pageBytes(b, r).gzip]));
	await withModules(root, async (load) => {
		// the shell as the worker installs it ($lib/offline/shell's own rules), and the worker script itself (it
		// lists every build file: it grows with the regions' chunks and pages)
		const shell = shellBytes(b, await load('/src/lib/offline/shell.ts'));
		figures.shell = filesBytes(b, [...shell.paths, '/service-worker.js']);
		// before anything is fetched when idle: the home page's first view, the shell and the worker
		figures.firstVisit = filesBytes(b, [...home.paths, ...shell.paths, '/service-worker.js']);
		figures.worker = filesBytes(b, ['/service-worker.js']);
		figures.regionsList = filesBytes(b, ['/_app/regions.json']);
		figures.search = await (await load('/bench/scale.ts')).run();
	});
	figures.browser = await inBrowser(root, buildDir, String(figures.search.compareFiveRegions).split(','));
	return figures;
}

export async function benchRegions(n, { from = 'taian', keep = false } = {}) {
	const dir = copyTree('pdao-bench-');
	console.log(`copied the project to ${dir}`);
	const vite = join(dir, 'node_modules/.bin/vite');
	try {
		console.log('building the app as it is…');
		let t = Date.now();
		run(vite, ['build', '--logLevel', 'error'], dir, PRODUCTION('build-base'));
		const baseBuildS = (Date.now() - t) / 1000;
		// the same pages in both builds (the reader: the first rule region before the copies are added)
		const routes = budgetedPages(dir).map(([, route]) => route);
		const base = await measure(dir, 'build-base', routes);
		const ids = addSynthetic(dir, n, from);
		console.log(`added ${ids.length} copies of ${from} (${ids[0]} … ${ids.at(-1)}); building…`);
		t = Date.now();
		run(vite, ['build', '--logLevel', 'error'], dir, PRODUCTION('build-scale'));
		const scaleBuildS = (Date.now() - t) / 1000;
		const scale = await measure(dir, 'build-scale', routes);

		const docs = [base.search.documents, scale.search.documents];
		const rows = [
			['home first view, gzip (raw)', (f) => f.home.gzip, (f) => f.home.raw],
			['/eligibility/ first view, gzip (raw)', (f) => f.eligibility.gzip, (f) => f.eligibility.raw],
			[
				'first visit before the idle fetch: home + shell + worker, gzip (raw)',
				(f) => f.firstVisit.gzip,
				(f) => f.firstVisit.raw
			],
			[
				'offline shell installed (with service-worker.js), gzip (raw)',
				(f) => f.shell.gzip,
				(f) => f.shell.raw
			],
			['offline shell, files', (f) => f.shell.files],
			['  of which service-worker.js, gzip (raw)', (f) => f.worker.gzip, (f) => f.worker.raw],
			[
				'_app/regions.json (fetched when idle), gzip (raw)',
				(f) => f.regionsList.gzip,
				(f) => f.regionsList.raw
			],
			[
				'offline precache: everything fetched on the first visit, gzip',
				(f) => f.precache.gzip,
				(f) => f.precache.raw
			],
			['offline precache, files', (f) => f.precache.files]
		];
		const col = (s, w = 26) => String(s).padEnd(w);
		console.log(
			`\n${col('figure', 70)}${col(`${docs[0]} documents`)}${col(`${docs[1]} documents (+${n})`)}ratio`
		);
		const table = [];
		for (const [label, main, second] of rows) {
			const cell = (f) =>
				second ? `${kb(main(f))} (${kb(second(f))})` : String(main(f)).replace(/\B(?=(\d{3})+$)/g, ',');
			const ratio = (main(scale) / main(base)).toFixed(2);
			table.push([label, cell(base), cell(scale), ratio]);
		}
		const ms = [
			['compare 5 regions + national: rows and marks computed (Node), ms', 'compareFiveMs'],
			['compare 5: the five profiles loaded and computed once (Node), ms', 'compareFiveColdMs'],
			['search: index built in the page from every text, ms', 'inPageBuildMs'],
			['search: query p95 over that index (500 results), ms', 'inPageQueryP95Ms'],
			['search: every prebuilt shard parsed and loaded, ms', 'shardsLoadMs'],
			['search: query p95 over every shard (500 results), ms', 'shardsQueryP95Ms'],
			['search: every shard parsed and merged into one index, ms', 'mergedLoadMs'],
			['search: query p50 over the merged index (500 results), ms', 'mergedQueryP50Ms'],
			['search: query p95 over the merged index (500 results), ms', 'mergedQueryP95Ms'],
			['search: query p50, same index, MiniSearch#search AND, ms', 'mergedPlainQueryP50Ms'],
			['search: query p95, same index, MiniSearch#search AND, ms', 'mergedPlainQueryP95Ms'],
			['search: every shard merged in slices (as the page does), ms', 'mergedAsyncMs'],
			['search: longest block of the page while merging, ms', 'mergedAsyncLongestBlockMs']
		];
		for (const [label, key] of ms)
			if (key in base.search)
				table.push([
					label,
					base.search[key],
					scale.search[key],
					(scale.search[key] / base.search[key]).toFixed(2)
				]);
		for (const [label, key] of [
			['compare 5: first row shown in Chromium, cold page, ms', 'compareFirstRowMs'],
			['search: first result shown in Chromium, cold page, ms since navigation', 'searchFirstResultMs'],
			['search: first result shown, ms since the query reached the search', 'searchFirstResultFromQueryMs']
		])
			table.push([
				label,
				base.browser[key],
				scale.browser[key],
				(scale.browser[key] / base.browser[key]).toFixed(2)
			]);
		for (const [a, b, c, d] of table) console.log(`${col(a, 70)}${col(b)}${col(c)}${d}`);
		// every page's first view, and what each added region adds to it (bytes, gzip): 0 is a first view the
		// same size however many regions there are
		const growth = routes.map((r) => {
			const [before, after] = [base.routes[r], scale.routes[r]];
			return { route: r, before, after, perRegion: Math.round((after - before) / n) };
		});
		console.log(
			`\n${col('first view, gzip', 70)}${col(`${docs[0]} documents`)}${col(`+${n}`)}bytes per region`
		);
		for (const r of growth)
			console.log(`${col(r.route, 70)}${col(kb(r.before))}${col(kb(r.after))}${r.perRegion}`);
		console.log(`\nbuild time: ${baseBuildS.toFixed(0)} s and ${scaleBuildS.toFixed(0)} s`);
		const report = {
			date: new Date().toISOString(),
			node: process.version,
			regions: n,
			from,
			base,
			scale,
			table,
			routes: growth
		};
		mkdirSync(join(repoRoot, 'bench/out'), { recursive: true });
		const file = join(repoRoot, `bench/out/regions-${n}.json`);
		writeFileSync(file, JSON.stringify(report, null, 2));
		console.log(`wrote ${file}`);
		return report;
	} finally {
		if (keep) console.log(`kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}
