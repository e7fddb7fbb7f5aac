// The same build works when an intranet serves it under a sub-path (BASE_PATH=/pdao).
import { expect, test } from '@playwright/test';
import { serviceWorkerReady } from '../e2e/helpers';

test('home, reader, search and citations work under /pdao/, online and offline', async ({
	page,
	context
}) => {
	await page.goto('/pdao/');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	// five regional texts and the four national documents
	await expect(page.locator('[data-region]')).toHaveCount(9);
	await page.locator('[data-region="taian"]').getByRole('link', { name: '阅读全文' }).click();
	await expect(page).toHaveURL(/\/pdao\/regions\/taian\/$/);
	await expect(page.locator('#art-14-6')).toContainText('不少于6个月');

	const box = page.getByRole('banner').getByRole('searchbox');
	await box.fill('日志');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/pdao\/search\/\?q=/);
	await expect(page.getByRole('main').getByRole('region', { name: '泰安' })).toBeVisible();

	// the worker installs the shell, then fetches the rest (the regions' texts among it) when idle: offline once
	// it says the whole app is cached
	await serviceWorkerReady(page);
	await context.setOffline(true);
	await page.goto('/pdao/regions/jiangsu/#art-29');
	await expect(page.locator('#art-29')).toContainText('2026年11月30日');
	await context.setOffline(false);
});

test('an unknown path under the sub-path gets the app’s 404 page', async ({ page }) => {
	const res = await page.goto('/pdao/regions/atlantis/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});
