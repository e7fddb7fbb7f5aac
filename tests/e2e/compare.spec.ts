import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated } from './helpers';

test('pick regions and order, filter by topic and differences; the URL carries the selection', async ({
	page
}) => {
	await page.goto('/compare/');
	await hydrated(page);
	const table = page.getByRole('table');
	// the dimension, the national baseline, five regions
	await expect(table.getByRole('columnheader')).toHaveCount(7);
	// drop Yingkou and Henan, then move Jiangsu first
	await page.getByRole('checkbox', { name: /营口/ }).uncheck();
	await page.getByRole('checkbox', { name: /河南/ }).uncheck();
	await expect(table.getByRole('columnheader')).toHaveCount(5);
	await page.getByRole('button', { name: '上移 江苏' }).click();
	await page.getByRole('button', { name: '上移 江苏' }).click();
	await expect(page).toHaveURL(/r=jiangsu%2Cquzhou%2Ctaian|r=jiangsu,quzhou,taian/);
	// the header names the region, then its text's status (see status.spec.ts); the national baseline is column 1
	await expect(table.getByRole('columnheader').nth(2).getByRole('link').first()).toHaveText('江苏');

	await page.getByText('主题：全部主题').click();
	await page.getByRole('checkbox', { name: '协议与期限' }).check();
	const term = page.locator('tr[data-dimension="term.maxMonths"]');
	await expect(term).toContainText('不同');
	await expect(term.locator('td').nth(0)).toContainText('不超过60个月（原则上）');
	await expect(term.locator('td').nth(1)).toContainText('不超过36个月');
	await expect(term.locator('td').nth(3)).toContainText('（一般）');

	// the shared URL reproduces the same view
	const url = page.url();
	await page.goto(url);
	await hydrated(page);
	await expect(page.getByRole('table').getByRole('columnheader').nth(2).getByRole('link').first()).toHaveText(
		'江苏'
	);
	await expect(page.getByTestId('topics-summary')).toHaveText('协议与期限');

	await page.locator('label[data-kind="value"]').getByRole('checkbox').check();
	await expect(page).toHaveURL(/diff=value/);
	const statuses = await page.locator('tbody th .status').allTextContents();
	expect(statuses.length).toBeGreaterThan(0);
	for (const s of statuses) expect(s).toMatch(/不同|部分未规定/);
});

test('no fewer than two regions can be chosen', async ({ page }) => {
	await page.goto('/compare/?r=taian,henan');
	await hydrated(page);
	await expect(page.getByRole('checkbox', { name: /泰安/ })).toBeDisabled();
	await expect(page.getByRole('checkbox', { name: /营口/ })).toBeEnabled();
});

test('citation chips preview the clause; the clause view diffs two regions word by word', async ({
	page
}) => {
	await page.goto('/compare/?r=quzhou,taian&topic=agreement');
	await hydrated(page);
	const chip = page
		.locator('tr[data-dimension="term.maxMonths"] td')
		.nth(2)
		.getByRole('link', { name: '第十四条（四）' });
	await chip.hover();
	await expect(page.getByRole('tooltip')).toContainText('一般不超过3年');
	await page.locator('tr[data-dimension="term.maxMonths"]').getByRole('link', { name: '对照条文' }).click();
	await expect(page).toHaveURL(/\/compare\/clauses\/\?d=term\.maxMonths/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('授权期限上限');
	await expect(page.getByRole('region', { name: '衢州' })).toContainText('有效期最长不超过3年');
	await expect(page.getByRole('region', { name: '泰安' })).toContainText('一般不超过3年');
	const diff = page.getByRole('region', { name: '逐词比较' });
	await expect(diff.locator('del').first()).toBeVisible();
	await expect(diff.locator('ins').first()).toBeVisible();
	await expect(diff).toContainText('相似度');
});

test('export the comparison as CSV and JSON', async ({ page }) => {
	await page.goto('/compare/?r=quzhou,yingkou&topic=termination');
	await hydrated(page);
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('compare-quzhou-yingkou-topic-termination.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text).toContain('自愿退出提前申请');
	expect(text).toContain('营口 五（四）1');
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 JSON' }).click()
	]);
	const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(data.selection.regions).toEqual(['quzhou', 'yingkou']);
});

test('on a phone each dimension is a card', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/compare/?r=quzhou,jiangsu&topic=agreement');
	await hydrated(page);
	await expect(page.getByRole('table').locator('thead')).toBeHidden();
	const cell = page.locator('tr[data-dimension="term.maxMonths"] td').nth(1);
	const before = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
	expect(before).toContain('衢州');
});

test('the open data is downloadable and linked from the app', async ({ page, request }) => {
	await page.goto('/data/');
	await expect(page.getByRole('link', { name: 'rules.json' })).toBeVisible();
	const json = await (await request.get('/data/rules.json')).json();
	expect(json.version).toMatch(/^1\./);
	expect(json.values.length).toBeGreaterThan(400);
	const csv = await (await request.get('/data/rules.csv')).text();
	expect(csv.split('\n')[0]).toContain('region,dimension,topic');
});
