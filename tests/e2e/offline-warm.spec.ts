import { expect, test } from '@playwright/test';
import { cachedPaths, hydrated } from './helpers';

// The page asks the service worker to fetch the rest of the app once it has loaded; <html data-offline> says how
// that went: "ready" only when the cache is complete, "partial" when the worker could not fetch it (offline), and
// then it is asked again when the browser is back online.

test('a warm-up asked offline says "partial", finishes when back online, and is remembered offline', async ({
	page,
	context
}) => {
	// The first load saves data (the worker is not asked), so the first warm-up is the one asked offline.
	await page.addInitScript(() => {
		const first = !sessionStorage.getItem('e2e-loaded');
		sessionStorage.setItem('e2e-loaded', '1');
		Object.defineProperty(navigator, 'connection', { value: { saveData: first }, configurable: true });
	});
	await page.goto('/');
	await hydrated(page);
	await page.waitForFunction(async () => {
		const reg = await navigator.serviceWorker.ready;
		return !!reg.active && !!navigator.serviceWorker.controller;
	});
	expect(await page.evaluate(() => document.documentElement.dataset.offline)).toBeUndefined();

	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	await page.waitForFunction(() => document.documentElement.dataset.offline !== undefined);
	expect(await page.evaluate(() => document.documentElement.dataset.offline)).toBe('partial');
	expect(await cachedPaths(page)).not.toContain('/compare/');

	// back online: the page asks again, and this time everything is fetched
	await context.setOffline(false);
	await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready');
	expect(await cachedPaths(page)).toContain('/compare/');

	// offline again: the lists cannot be read, but the worker knows this version's cache is complete
	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	await page.waitForFunction(() => document.documentElement.dataset.offline !== undefined);
	expect(await page.evaluate(() => document.documentElement.dataset.offline)).toBe('ready');
	const res = await page.goto('/compare/');
	expect(res?.ok()).toBe(true);
	await context.setOffline(false);
});
