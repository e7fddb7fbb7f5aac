import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

// Tables that become a stack of cards on a phone (.stack-narrow in app.css): the column heads are hidden and
// each cell is headed by its column's name. The comparison matrix is checked in compare.spec.ts; here the
// conformity view, and that a wide screen keeps the table.

test('conformity view on a phone: each row a card, each cell headed by its column', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/compare/conformity/?r=taian');
	await hydrated(page);
	const conflicts = page.locator('section#mark-conflicts');
	await expect(conflicts.locator('thead')).toBeHidden();
	const row = conflicts.locator('tr[data-dimension="registration.publicityDays"]');
	const cells = row.locator('td');
	const heading = (i: number) => cells.nth(i).evaluate((el) => getComputedStyle(el, '::before').content);
	expect(await heading(0)).toContain('国家');
	expect(await heading(1)).toContain('泰安');
	expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
	// the row header keeps its own width from winning: the card is as wide as the screen allows
	const th = row.locator('th');
	expect((await th.boundingBox())!.width).toBeGreaterThan(300);
});

test('conformity view on a wide screen: a table with its column heads', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/compare/conformity/?r=taian');
	await hydrated(page);
	const conflicts = page.locator('section#mark-conflicts');
	await expect(conflicts.locator('thead')).toBeVisible();
	const cell = conflicts.locator('tr[data-dimension="registration.publicityDays"] td').first();
	expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
});
