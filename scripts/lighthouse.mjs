// Lighthouse (mobile preset, the npm package) on every main route of the built app, in Debian's Chromium.
// Lighthouse is deliberately not a project dependency (it breaks `npm ci` without an override): it is
// installed on first use into bench/.lighthouse, outside package.json and the lock file.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'bench/.lighthouse');
const bin = join(dir, 'node_modules/.bin/lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Each route `runs` times, one route after the other (so a busy spell of the shared machine spreads over the
 * routes rather than landing on one); each figure is the median of its runs, with the performance scores' range.
 * With `baseline` (a build's folder: the bare skeleton), each round first runs that build's `/`, reported as
 * `skeleton /`: what this machine, in this run, gives a page with nothing of the app.
 */
export async function runLighthouse(routes, { port = 4190, runs = 3, baseline } = {}) {
	if (!existsSync(bin)) {
		mkdirSync(dir, { recursive: true });
		// Lighthouse 13 needs Node 22; 12 runs on Node 20
		execFileSync(
			'npm',
			['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', 'lighthouse@12'],
			{
				stdio: 'ignore'
			}
		);
	}
	const serve = (build, p) =>
		spawn('node', [join(root, 'scripts/serve.mjs'), build, String(p), '/'], { stdio: 'ignore' });
	const servers = [serve(join(root, 'build'), port)];
	if (baseline) servers.push(serve(baseline, port + 1));
	await new Promise((r) => setTimeout(r, 800));
	const targets = [
		...(baseline ? [{ name: 'skeleton /', url: `http://127.0.0.1:${port + 1}/` }] : []),
		...routes.map((r) => ({ name: r, url: `http://127.0.0.1:${port}${r}` }))
	];
	const all = Object.fromEntries(targets.map((t) => [t.name, []]));
	try {
		for (let run = 0; run < runs; run++)
			for (const { name, url } of targets) {
				const file = join(dir, 'report.json');
				rmSync(file, { force: true });
				execFileSync(
					bin,
					[
						url,
						`--chrome-path=${chrome}`,
						'--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
						'--only-categories=performance,accessibility,best-practices',
						'--output=json',
						`--output-path=${file}`,
						'--quiet'
					],
					{ stdio: 'ignore', timeout: 180_000 }
				);
				const r = JSON.parse(readFileSync(file, 'utf8'));
				all[name].push({
					performance: Math.round(r.categories.performance.score * 100),
					accessibility: Math.round(r.categories.accessibility.score * 100),
					bestPractices: Math.round(r.categories['best-practices'].score * 100),
					fcpMs: Math.round(r.audits['first-contentful-paint'].numericValue),
					lcpMs: Math.round(r.audits['largest-contentful-paint'].numericValue),
					tbtMs: Math.round(r.audits['total-blocking-time'].numericValue),
					cls: +r.audits['cumulative-layout-shift'].numericValue.toFixed(3)
				});
			}
	} finally {
		for (const s of servers) s.kill();
	}
	const out = {};
	for (const [route, rs] of Object.entries(all)) {
		const figures = {};
		for (const k of Object.keys(rs[0])) {
			const m = median(rs.map((x) => x[k]));
			figures[k] = k === 'cls' ? +m.toFixed(3) : Math.round(m);
		}
		const perf = rs.map((x) => x.performance);
		out[route] = { ...figures, runs: rs.length, performanceRange: [Math.min(...perf), Math.max(...perf)] };
	}
	return out;
}
