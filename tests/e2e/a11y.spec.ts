import { expect, test } from '@playwright/test';
import { MAIN_ROUTES, axeViolations, hydrated } from './helpers';

for (const route of MAIN_ROUTES) {
	test(`axe: no violations on ${route}`, async ({ page }) => {
		await page.goto(route);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('axe: no violations with search results open, in English', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await page.getByRole('button', { name: /切换界面语言/ }).click();
	await page.getByRole('banner').getByRole('searchbox').fill('数据安全');
	await expect(page.getByRole('banner').locator('mark').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('axe: no violations on the 404 page', async ({ page }) => {
	await page.goto('/regions/atlantis/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
