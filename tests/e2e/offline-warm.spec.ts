import { expect, test } from '@playwright/test';
import { cachedPaths, hydrated } from './helpers';

// The page asks the service worker to fetch the rest of the app once it has loaded; <html data-offline> and the
// /offline/ page say how that went: "ready" only when the cache is complete, "partial" when the worker could not
// fetch it (offline), and then it is asked again when the browser is back online.

const warmed = (page: import('@playwright/test').Page) =>
	page
		.waitForFunction(() => document.documentElement.dataset.offline !== undefined)
		.then(() => page.evaluate(() => document.documentElement.dataset.offline));

test('a warm-up asked offline says "partial", finishes when back online, and is remembered offline', async ({
	page,
	context
}) => {
	test.setTimeout(90_000); // two warm-ups of the whole app under a loaded CI machine
	// The browser saves data (the worker is not asked) until the test says otherwise, so the first warm-up is
	// the one asked offline.
	await page.addInitScript(() => {
		const saveData = sessionStorage.getItem('e2e-warm') !== '1';
		Object.defineProperty(navigator, 'connection', { value: { saveData }, configurable: true });
	});
	await page.goto('/offline/');
	await hydrated(page);
	await page.waitForFunction(async () => {
		const reg = await navigator.serviceWorker.ready;
		return !!reg.active && !!navigator.serviceWorker.controller;
	});
	// visited once under the worker: /offline/ is cached, nothing else beyond the shell
	await page.reload();
	await hydrated(page);
	await expect.poll(async () => (await cachedPaths(page)).includes('/offline/')).toBe(true);
	expect(await page.evaluate(() => document.documentElement.dataset.offline)).toBeUndefined();

	await page.evaluate(() => sessionStorage.setItem('e2e-warm', '1'));
	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	expect(await warmed(page)).toBe('partial');
	await expect(page.getByTestId('offline-app')).toHaveText(/恢复联网后会自动继续/);
	expect(await cachedPaths(page)).not.toContain('/compare/');

	// back online: the page asks again, and this time everything is fetched
	await context.setOffline(false);
	await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready');
	await expect(page.getByTestId('offline-app')).toHaveText(/断网也能打开/);
	expect(await cachedPaths(page)).toContain('/compare/');

	// offline again: the lists cannot be read, but the worker knows this version's cache is complete
	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	expect(await warmed(page)).toBe('ready');
	await expect(page.getByTestId('offline-app')).toHaveText(/断网也能打开/);
	const res = await page.goto('/compare/');
	expect(res?.ok()).toBe(true);
	await context.setOffline(false);
});
