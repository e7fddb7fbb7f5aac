import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, hydrated } from './helpers';

test('draw, zoom with the keyboard, read the table, export SVG and iCalendar, open a clause', async ({
	page
}) => {
	await page.goto('/timeline/');
	await hydrated(page);
	const chart = page.getByRole('application');
	await expect(page.locator('g.lane[data-lane]')).not.toHaveCount(0);
	// Jiangsu's agreement outlives its regulation: warned, with the clause
	await expect(page.getByRole('region', { name: '提示' })).toContainText('2026-11-30');

	const k0 = Number(await chart.getAttribute('data-zoom-k'));
	await chart.focus();
	await page.keyboard.press('+');
	await expect.poll(async () => Number(await chart.getAttribute('data-zoom-k'))).toBeGreaterThan(k0);
	await page.keyboard.press('0');
	await expect.poll(async () => Number(await chart.getAttribute('data-zoom-k'))).toBe(k0);

	// the equivalent table lists every dated milestone with its clause
	const table = page.getByRole('region', { name: '全部日期（表格）' });
	await expect(table.locator('tbody tr').first()).toBeVisible();

	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 SVG' }).click()
	]);
	expect(readFileSync((await svg.path())!, 'utf8')).toContain('<svg');
	const [ics] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出日历（.ics）' }).click()
	]);
	const cal = readFileSync((await ics.path())!, 'utf8');
	expect(cal).toContain('BEGIN:VCALENDAR');
	expect(cal).toContain('BEGIN:VEVENT');

	// a milestone opens its clause
	const mark = page.locator('[role=button][data-kind]').first();
	await mark.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/regions\/\w+\/#/);
});

test('an impossible term is refused with a message', async ({ page }) => {
	await page.goto('/timeline/');
	await hydrated(page);
	await page.getByRole('spinbutton', { name: /申请期限/ }).fill('-5');
	await expect(page.getByRole('alert')).toContainText('期限须为 1–120 的整数月');
});

test('axe: no violations on the drawn timeline', async ({ page }) => {
	await page.goto('/timeline/');
	await hydrated(page);
	await expect(page.locator('g.lane[data-lane]')).not.toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);
});
