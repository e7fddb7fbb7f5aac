import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

test.describe('validity is computed from today', () => {
	test('on 2026-11-23 Jiangsu has 7 days left; the drafts say their dates are unset', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
		await page.goto('/');
		await hydrated(page);
		// the five regional texts and the four national ones
		await expect(page.locator('[data-region]')).toHaveCount(9);
		const jiangsu = page.locator('[data-region="jiangsu"]');
		// the sentence shown (the place kept for the widest sentence is hidden)
		await expect(jiangsu.locator('[data-validity-now]')).toContainText('还剩 7 天');
		await expect(jiangsu.locator('[data-state]')).toHaveAttribute('data-state', 'inForce');
		await expect(page.locator('[data-region="taian"]')).toContainText('2024年 月 日');
		await expect(page.locator('[data-region="quzhou"]')).toContainText('2023年*月*日');
		await expect(page.locator('[data-region="henan"]')).toContainText('印发日期未见于文本');
		await expect(page.locator('[data-region="yingkou"]')).toContainText('未载明施行日期');
	});

	test('on 2026-12-01 Jiangsu has expired', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-01T09:00:00+08:00'));
		await page.goto('/');
		await hydrated(page);
		await expect(page.locator('[data-region="jiangsu"] [data-validity-now]')).toContainText('已失效');
	});

	test('?today= sets the date for "as of" views', async ({ page }) => {
		await page.goto('/?today=2026-11-30');
		await hydrated(page);
		await expect(page.locator('[data-region="jiangsu"] [data-validity-now]')).toContainText(
			'今天（2026-11-30）是最后一天'
		);
	});
});

test('each card shows level, status and a link to the full text', async ({ page }) => {
	await page.goto('/');
	const henan = page.locator('[data-region="henan"]');
	await expect(henan).toContainText('省级');
	await expect(henan).toContainText('试行');
	await expect(page.locator('[data-region="yingkou"]')).toContainText('征求意见稿');
	await expect(page.locator('[data-region="jiangsu"]')).toContainText('暂行');
	await henan.getByRole('link', { name: '阅读全文' }).click();
	await expect(page).toHaveURL(/\/regions\/henan\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('河南省公共数据资源授权运营实施办法');
});
