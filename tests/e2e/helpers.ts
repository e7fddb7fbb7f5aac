import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';

const require = createRequire(import.meta.url);

/** Every main route, for offline and accessibility sweeps. */
export const MAIN_ROUTES = [
	'/',
	'/regions/',
	'/regions/quzhou/',
	'/regions/yingkou/',
	'/regions/taian/',
	'/regions/henan/',
	'/regions/jiangsu/',
	'/regions/nationalSpec/',
	'/regions/nationalRegistration/',
	'/regions/nationalPricing/',
	'/regions/nationalCirculation/',
	'/search/',
	'/compare/',
	'/compare/clauses/?d=term.maxMonths',
	'/compare/conformity/?r=taian',
	'/data/',
	'/eligibility/',
	'/library/',
	'/drafts/',
	'/drafts/edit/',
	'/drafts/view/',
	'/simulate/',
	'/timeline/',
	'/training/'
];

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Run axe-core in the page and return its violations. axe comes from node_modules (no network) and is
 * evaluated through the DevTools protocol, which the app's strict CSP rightly does not allow as a script tag.
 */
export async function axeViolations(page: Page) {
	await page.evaluate(AXE);
	return page.evaluate(async () => {
		// @ts-expect-error injected global
		const r = await window.axe.run(document, {
			resultTypes: ['violations'],
			// WCAG 2.2's 24 px touch targets (off by default in axe; Lighthouse checks it)
			rules: { 'target-size': { enabled: true } }
		});
		return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
			id: v.id,
			impact: v.impact,
			targets: v.nodes.slice(0, 5).map((n) => n.target.join(' '))
		}));
	});
}

/**
 * The app's scripts whose text holds `text` cannot be fetched (the request fails with `error`); every other script
 * arrives as served. A part of a page that loads after its first paint, found by one of its words. With the
 * service worker blocked (it would answer from its cache unseen).
 */
export async function failScriptsContaining(
	target: Page | BrowserContext,
	text: string,
	error: 'failed' | 'internetdisconnected' = 'failed'
) {
	await target.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(text)) await route.abort(error);
		else await route.fulfill({ response, body });
	});
}

/** Wait until the app has hydrated (the layout's onMount has run). */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/**
 * Wait for the service worker to control the page and to have fetched the rest of the app after the shell
 * ($lib/offline/shell: <html data-offline="ready">), so every route is cached.
 */
export async function serviceWorkerReady(page: Page) {
	await page.waitForFunction(async () => {
		const reg = await navigator.serviceWorker.ready;
		return !!reg.active && !!navigator.serviceWorker.controller;
	});
	await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready');
}

/** The paths the page's service-worker caches hold: every cache, or the one named. */
export const cachedPaths = (page: Page, cache?: string) =>
	page.evaluate(async (only) => {
		const out: string[] = [];
		for (const key of await caches.keys())
			if (!only || key === only)
				for (const req of await (await caches.open(key)).keys()) out.push(new URL(req.url).pathname);
		return out;
	}, cache);

/** Deploy a new version of the site copied to `site`: its service worker gets a new version id (a new cache). */
export async function deployNewWorker(page: Page, site: string) {
	const swFile = join(site, 'service-worker.js');
	writeFileSync(
		swFile,
		readFileSync(swFile, 'utf8').replace(/pdao-\$\{[a-z]\}/, (m) => `${m}-b`)
	);
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

/**
 * Answer every applicant fact of the simulator's setup "yes", once the facts are shown (they come with the
 * region's roles, after mount: reading the list before would miss them).
 */
export async function answerAllFacts(page: Page) {
	await page.locator('.fact select').first().waitFor();
	for (const sel of await page.locator('.fact select').all()) await sel.selectOption('true');
}
