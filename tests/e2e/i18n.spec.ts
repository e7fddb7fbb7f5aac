import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

test('switch to English and back; the choice persists; regulation text stays Chinese', async ({ page }) => {
	await page.goto('/regions/taian/');
	await hydrated(page);
	await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
	await page.getByRole('button', { name: /切换界面语言/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Art. 14', exact: true })).toBeVisible();
	// the law is not translated
	await expect(page.locator('#art-14')).toContainText('数据运营单位的确定与退出');
	await expect(page.locator('article.document')).toHaveAttribute('lang', 'zh-CN');

	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
	await page.goto('/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Public Data Authorized Operation Rules Reference'
	);
	await expect(page.locator('[data-region="taian"] .name')).toHaveText("Tai'an");

	await page.getByRole('button', { name: /Switch interface language/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('公共数据授权运营规则参考');
	await page.reload();
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
