import { expect, test } from '@playwright/test';
import { MAIN_ROUTES, hydrated, serviceWorkerReady } from './helpers';

test('every route has a strict CSP and makes no request to any other origin, online and offline', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000); // every main route, online and offline
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	const violations: string[] = [];
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
	});
	page.on('console', (msg) => {
		if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
	});

	await page.goto('/');
	await hydrated(page);
	await serviceWorkerReady(page);
	for (const offline of [false, true]) {
		await context.setOffline(offline);
		for (const route of MAIN_ROUTES) {
			await page.goto(route);
			await hydrated(page);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp, route).toContain("default-src 'self'");
			const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
			expect(scriptSrc, route).not.toContain('unsafe-inline');
			expect(scriptSrc, route).not.toContain('unsafe-eval');
		}
	}
	await context.setOffline(false);
	expect(foreign).toEqual([]);
	expect(violations).toEqual([]);
});

test('markup typed by a user renders as text, never as HTML', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const box = page.getByRole('banner').getByRole('searchbox');
	await box.fill('<img src=x onerror=alert(1)>');
	await expect(page.getByRole('banner')).toContainText('没有找到与“<img src=x onerror=alert(1)>”匹配的条款');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await page.goto('/search/?q=%3Cb%3Ebold%3C%2Fb%3E');
	await hydrated(page);
	await expect(page.getByRole('main')).toContainText('<b>bold</b>');
	await expect(page.locator('main b')).toHaveCount(0);
});

test('every route works with IndexedDB unavailable (private mode, blocked)', async ({ page }) => {
	// a first load of every main route (24) in one test: 18-20 s alone here, past the default 45 s on a loaded
	// 2-core CI machine
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	for (const route of MAIN_ROUTES) {
		await page.goto(route);
		await hydrated(page);
		await expect(page.getByRole('main'), route).toBeVisible();
	}
	expect(errors).toEqual([]);
});
