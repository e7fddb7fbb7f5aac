// Tiers kept apart in /compare/ (issue 22, item 1): a value that binds one tier of a two-tier text names it beside
// the value, and the new review dimensions have a row with a value in every column.
import { expect, test } from '@playwright/test';
import { axeViolations, hydrated } from './helpers';

test('eligibility: Henan’s values bind the primary developer, Jiangsu’s the development entity; single-tier regions carry no marker', async ({
	page
}) => {
	await page.goto('/compare/?r=henan,jiangsu,quzhou&topic=eligibility');
	await hydrated(page);
	const credit = page.locator('tr[data-dimension="eligibility.creditRequirements"]');
	const cells = credit.locator('td');
	// the national baseline first, then Henan, Jiangsu, Quzhou
	await expect(cells.nth(1).locator('[data-roles]')).toHaveText('适用于：一级开发主体');
	await expect(cells.nth(2).locator('[data-roles]')).toHaveText('适用于：开发主体');
	await expect(cells.nth(3).locator('[data-roles]')).toHaveCount(0);
	await expect(
		page.locator('tr[data-dimension="eligibility.incidentLookbackYears"] td').nth(2).locator('[data-roles]')
	).toHaveAttribute('data-roles', 'developmentEntity');
	expect(await axeViolations(page)).toEqual([]);
});

test('selection method names the lower tier in both provinces', async ({ page }) => {
	await page.goto('/compare/?r=henan,jiangsu&topic=selection');
	await hydrated(page);
	const cells = page.locator('tr[data-dimension="selection.method"] td');
	await expect(cells.nth(1).locator('[data-roles]')).toHaveText('适用于：二级开发主体');
	await expect(cells.nth(2).locator('[data-roles]')).toHaveText('适用于：开发主体');
});

test('a review dimension: Tai’an’s no booking before rights confirmation, cited', async ({ page }) => {
	await page.goto('/compare/?r=taian,yingkou&topic=assets');
	await hydrated(page);
	const row = page.locator('tr[data-dimension="assets.bookingRequiresConfirmation"]');
	await expect(row.locator('td').nth(1)).toContainText('是');
	await expect(
		row
			.locator('td')
			.nth(1)
			.getByRole('link', { name: /第十条/ })
			.first()
	).toBeVisible();
	await expect(row.locator('td').nth(2)).toContainText('未规定');
});
