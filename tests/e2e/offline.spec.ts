import { expect, test } from '@playwright/test';
import { MAIN_ROUTES, hydrated, serviceWorkerReady } from './helpers';

test('after one visit, every route works with the network off, including search', async ({
	page,
	context
}) => {
	await page.goto('/');
	await hydrated(page);
	await serviceWorkerReady(page);
	await context.setOffline(true);
	for (const route of MAIN_ROUTES) {
		const res = await page.goto(route);
		expect(res?.ok(), route).toBe(true);
		await hydrated(page);
		await expect(page.getByRole('main'), route).toBeVisible();
	}
	// a hard reload offline
	await page.goto('/regions/taian/#art-14-6');
	await page.reload();
	await expect(page.locator('#art-14-6')).toContainText('不少于6个月');
	// search builds its index offline from the precached texts
	await page.goto('/search/?q=%E6%97%A5%E5%BF%97');
	await expect(page.getByRole('main').getByRole('region', { name: '泰安' })).toBeVisible();
	// an unknown page offline still gets the app's 404 with search
	await page.goto('/no/such/page/');
	await expect(page.getByRole('main').getByRole('search')).toBeVisible();
	await context.setOffline(false);
});

test('the web-app manifest is installable: name, start URL, icons', async ({ request }) => {
	const res = await request.get('/manifest.webmanifest');
	expect(res.ok()).toBe(true);
	const manifest = await res.json();
	expect(manifest.name).toBe('公共数据授权运营规则参考');
	expect(manifest.display).toBe('standalone');
	for (const icon of manifest.icons) {
		const img = await request.get(`/${icon.src}`);
		expect(img.ok(), icon.src).toBe(true);
	}
	expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
});
