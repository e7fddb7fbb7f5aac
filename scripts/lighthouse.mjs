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

export async function runLighthouse(routes, port = 4190) {
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
	const server = spawn('node', [join(root, 'scripts/serve.mjs'), join(root, 'build'), String(port), '/'], {
		stdio: 'ignore'
	});
	await new Promise((r) => setTimeout(r, 800));
	const out = {};
	try {
		for (const route of routes) {
			const file = join(dir, 'report.json');
			rmSync(file, { force: true });
			execFileSync(
				bin,
				[
					`http://127.0.0.1:${port}${route}`,
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
			out[route] = {
				performance: Math.round(r.categories.performance.score * 100),
				accessibility: Math.round(r.categories.accessibility.score * 100),
				bestPractices: Math.round(r.categories['best-practices'].score * 100),
				lcpMs: Math.round(r.audits['largest-contentful-paint'].numericValue),
				tbtMs: Math.round(r.audits['total-blocking-time'].numericValue),
				cls: +r.audits['cumulative-layout-shift'].numericValue.toFixed(3)
			};
		}
	} finally {
		server.kill();
	}
	return out;
}
