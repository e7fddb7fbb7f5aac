import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

test('a deep link opens the clause, highlighted, with its label in the document’s numbering', async ({
	page
}) => {
	await page.goto('/regions/taian/#art-14-6');
	await hydrated(page);
	const clause = page.locator('#art-14-6');
	await expect(clause).toBeInViewport();
	await expect(clause).toContainText('留存相关工作日志不少于6个月');
	await expect(clause.getByRole('link', { name: /第十四条（六）/ })).toBeVisible();
	// :target styling marks it
	const bg = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the outline links to every chapter and article', async ({ page }) => {
	await page.goto('/regions/henan/');
	await hydrated(page);
	const outline = page.getByRole('navigation', { name: '目录' });
	await expect(outline.getByRole('link')).toHaveCount(8 + 26);
	await outline.getByRole('link', { name: '第二十二条' }).click();
	await expect(page).toHaveURL(/#art-22$/);
	await expect(page.locator('#art-22')).toBeInViewport();
});

test('copy link puts the clause URL on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/regions/quzhou/');
	await hydrated(page);
	await page.getByRole('button', { name: '复制链接：十六第二段' }).click();
	await expect(page.getByText('已复制：十六第二段').first()).toBeAttached();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/\/regions\/quzhou\/#sec-16-p2$/);
});

test('Jiangsu shows its cover notice and footer apart from the articles', async ({ page }) => {
	await page.goto('/regions/jiangsu/');
	await expect(page.getByRole('region', { name: '印发通知' })).toContainText('苏政办规〔2024〕5号');
	await expect(page.getByRole('region', { name: '抄送' })).toContainText('省军区');
	await expect(page.locator('#art-7')).toContainText('省、设区的市人民政府');
});

test('an unknown clause id says so and offers search', async ({ page }) => {
	await page.goto('/regions/taian/#art-99');
	await hydrated(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('art-99');
	await expect(alert.getByRole('search')).toBeVisible();
});

test('an unknown region is a helpful 404 with search, not a crash', async ({ page }) => {
	const res = await page.goto('/regions/atlantis/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('search')).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: /泰安/ })).toBeVisible();
});

test('citations preview the clause on focus and link to it', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const cite = page.locator('[data-region="jiangsu"]').getByRole('link', { name: '第二十九条' });
	await cite.focus();
	await expect(page.getByRole('tooltip')).toContainText('有效期至2026年11月30日');
	await cite.click();
	await expect(page).toHaveURL(/\/regions\/jiangsu\/#art-29$/);
});
