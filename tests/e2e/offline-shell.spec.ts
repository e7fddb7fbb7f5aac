import { expect, test } from '@playwright/test';
import { cachedPaths, hydrated } from './helpers';

// The service worker installs the shell only ($lib/offline/shell); the rest of the app is fetched after the page
// has loaded — unless the user asked the browser to save data, which these tests emulate so that nothing but the
// install and the pages visited reach the cache.

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true })
	);
});

test('the install is the shell: the home and 404 pages, their boot files, the manifest — no other page', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
	const installed = await cachedPaths(page);
	expect(installed).toContain('/');
	expect(installed).toContain('/404.html');
	expect(installed).toContain('/manifest.webmanifest');
	// every file the home page's HTML loads at start, and the root error page's code
	const html = await (await page.request.get('/')).text();
	const boot = [...html.matchAll(/<link href="\.(\/_app\/[^"]+)" rel="(?:modulepreload|stylesheet)"/g)].map(
		(m) => m[1]!
	);
	expect(boot.length).toBeGreaterThan(5);
	const errorPage = (await (await page.request.get('/_app/shell.json')).json()) as string[];
	expect(errorPage.some((f) => /\/nodes\/1\.[\w-]+\.js$/.test(f))).toBe(true);
	for (const f of [...boot, ...errorPage]) expect(installed, f).toContain(f);
	// nothing beyond: no other page, no search shard, no open-data download
	for (const p of ['/compare/', '/timeline/', '/regions/taian/', '/data/rules.json'])
		expect(installed, p).not.toContain(p);
	// saving data: the worker was not asked for the rest
	expect(await page.evaluate(() => document.documentElement.dataset.offline)).toBeUndefined();
});

test('a page visited once online works offline; a page never visited gets the app 404 page', async ({
	page,
	context
}) => {
	await page.goto('/');
	await hydrated(page);
	await page.waitForFunction(async () => {
		const reg = await navigator.serviceWorker.ready;
		return !!reg.active && !!navigator.serviceWorker.controller;
	});
	await page.goto('/compare/');
	await hydrated(page);
	await expect.poll(async () => (await cachedPaths(page)).includes('/compare/')).toBe(true);

	await context.setOffline(true);
	const res = await page.goto('/compare/');
	expect(res?.ok()).toBe(true);
	await hydrated(page);
	await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
	const never = await page.goto('/training/');
	expect(never?.status()).toBe(404);
	await expect(page.getByRole('main').getByRole('search')).toBeVisible();
	await context.setOffline(false);
});
