// A page whose files are not on this device, opened while the network is out of reach, says so and what to do
// (hooks.client.ts marks the error, routes/+error.svelte says it) — not "Internal Error", not "page not found".
import { expect, test } from '@playwright/test';
import { axeViolations, hydrated } from './helpers';

// no service worker: nothing beyond the first page is on this device
test.use({ serviceWorkers: 'block' });

for (const lang of ['zh', 'en'] as const)
	test(`${lang}: offline, a page not on this device says so, links to the offline page, and loads on retry once online`, async ({
		page,
		context
	}) => {
		if (lang === 'en') {
			await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
			await page.setViewportSize({ width: 412, height: 915 });
		}
		await page.goto('/');
		await hydrated(page);
		await context.setOffline(true);
		// a client-side navigation: the reader's code and the document's text were never fetched
		const link = page.locator('main a[href$="/regions/quzhou/"]').first();
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/regions\/quzhou\/$/);
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(
			lang === 'zh' ? '此页尚未存到本机' : 'This page is not on this device yet'
		);
		await expect(page.getByRole('main')).not.toContainText('Internal Error');
		await expect(page).toHaveTitle(
			lang === 'zh' ? /^此页尚未存到本机/ : /^This page is not on this device yet/
		);
		await expect(
			page.getByRole('main').getByRole('link', { name: lang === 'zh' ? '离线可用' : 'Available offline' })
		).toHaveAttribute('href', /\/offline\/$/);
		// the browser's words (a file's whole URL) wrap: nothing overflows a phone's width
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			await page.evaluate(() => document.documentElement.clientWidth)
		);
		expect(await axeViolations(page)).toEqual([]);

		// back online, "try again" loads the page
		await context.setOffline(false);
		await page.getByRole('button', { name: lang === 'zh' ? '重试' : 'Try again' }).click();
		await hydrated(page);
		await expect(heading).not.toHaveText(/此页尚未存到本机|not on this device/);
		await expect(page.locator('[data-clause]').first()).toBeVisible();
	});

test('a path the app does not have is still "not found", online', async ({ page }) => {
	const res = await page.goto('/regions/nowhere/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});
