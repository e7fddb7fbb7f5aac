import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

test('"/" focuses the header search; results are grouped by region with the match highlighted', async ({
	page
}) => {
	await page.goto('/regions/henan/');
	await hydrated(page);
	await page.keyboard.press('/');
	const box = page.getByRole('banner').getByRole('searchbox');
	await expect(box).toBeFocused();
	await box.fill('日志');
	const panel = page.getByRole('banner').locator('.panel');
	await expect(panel.getByRole('region', { name: '衢州' })).toBeVisible();
	await expect(panel.getByRole('region', { name: '泰安' })).toBeVisible();
	await expect(panel.locator('mark').first()).toHaveText('日志');
	// keyboard: arrow into the results, Enter follows the link
	await box.press('ArrowDown');
	await expect(panel.getByRole('link').first()).toBeFocused();
	const target = await panel.getByRole('link').first().getAttribute('href');
	const id = target!.split('#')[1]!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/regions/quzhou/#${id}$`));
	await expect(page.locator(`#${id}`)).toContainText('日志');
});

test('Enter opens the full results page, which is shareable by URL', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const box = page.getByRole('banner').getByRole('searchbox');
	await box.fill('岗前培训');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=/);
	const main = page.getByRole('main');
	// Quzhou's heading 十八、岗前培训 and its text; Tai'an's 岗前安全培训 matches too, less exactly
	await expect(main.getByRole('region', { name: '衢州' }).getByRole('link').first()).toContainText('十八');
	const taian = main.getByRole('region', { name: '泰安' });
	await expect(taian).toContainText('部分匹配');
	await taian.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/regions\/taian\/#art-30$/);
});

test('a query with no match says so', async ({ page }) => {
	await page.goto('/search/?q=%E9%87%8F%E5%AD%90%E7%BA%A0%E7%BC%A0');
	await expect(page.getByRole('main')).toContainText('没有找到与“量子纠缠”匹配的条款');
});
