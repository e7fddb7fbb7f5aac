import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, hydrated } from './helpers';

// The national framework as the baseline of /compare/, the per-region conformity view, the clause view and
// the open data. The tests marked "needs the national texts" read the four documents' clauses (labels,
// previews, text): they run once the corpus has them (/regions/nationalSpec/ exists) and are skipped before.

test('compare: the national baseline is the first column, can be hidden, and marks each region’s cell', async ({
	page
}) => {
	await page.goto('/compare/?r=taian,jiangsu&topic=agreement');
	await hydrated(page);
	const table = page.getByRole('table');
	const heads = table.getByRole('columnheader');
	await expect(heads).toHaveCount(4);
	await expect(heads.nth(1)).toContainText('国家框架');
	await expect(heads.nth(1)).toContainText('基准');
	const term = page.locator('tr[data-dimension="term.maxMonths"]');
	await expect(term.locator('td').nth(0)).toContainText('不超过60个月（原则上）');
	await expect(term.locator('td').nth(0).locator('a.cite')).toContainText('实施规范');
	// Tai'an's 3 years "generally" under 5 years "in principle": stricter, computed
	const mark = term.locator('td').nth(1).locator('a.mark');
	await expect(mark).toHaveText('更严');
	await expect(mark).toHaveAttribute('title', /更窄/);
	// the per-region view links
	await expect(page.getByText('各地对照国家框架：')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// hidden: the URL says so, the column and the marks go
	await page.getByLabel('国家框架作为基准列').uncheck();
	await expect(page).toHaveURL(/nat=0/);
	await expect(heads).toHaveCount(3);
	await expect(page.locator('a.mark')).toHaveCount(0);
	await page.getByLabel('国家框架作为基准列').check();
	await expect(page).not.toHaveURL(/nat=0/);
	await expect(heads).toHaveCount(4);

	// the chip opens Tai'an's conformity view at the row
	await mark.click();
	await expect(page).toHaveURL(/\/compare\/conformity\/\?r=taian#d-term\.maxMonths/);
	await expect(page.locator('tr#d-term\\.maxMonths')).toContainText('不超过36个月（一般）');
	await expect(page.locator('tr#d-term\\.maxMonths')).toBeInViewport();
});

test('conformity view: Tai’an against the national framework, counts linking to their rows, reasons and both sides’ clauses', async ({
	page
}) => {
	await page.goto('/compare/conformity/?r=taian');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('泰安 对照国家框架');
	const summary = page.getByTestId('conformity-summary');
	await expect(summary).toContainText('泰安 对照国家框架：4 更严，9 更宽，2 冲突，20 一致，29 地方未规定');
	for (const part of [
		'20 一致',
		'4 更严',
		'9 更宽',
		'2 冲突',
		'29 地方未规定',
		'70 国家未规定',
		'9 不作比较'
	])
		await expect(summary).toContainText(part);
	await expect(summary).not.toContainText('待人工判断');

	await summary.getByRole('link', { name: '2 冲突' }).click();
	await expect(page).toHaveURL(/#mark-conflicts$/);
	const conflicts = page.locator('section#mark-conflicts');
	await expect(conflicts.locator('tbody tr')).toHaveCount(2);
	const publicity = conflicts.locator('tr[data-dimension="registration.publicityDays"]');
	await expect(publicity).toContainText('人工判断');
	await expect(publicity).toContainText('10个工作日');
	// both sides' clauses: Tai'an's and the registration measures'
	await expect(publicity.locator('td.reason a.cite').first()).toContainText('泰安');
	await expect(publicity.locator('td.reason a.cite').last()).toContainText('登记办法');
	await expect(publicity.locator('td.reason a.cite').first()).toHaveAttribute(
		'href',
		/\/regions\/taian\/#art-9-3/
	);
	expect(await axeViolations(page)).toEqual([]);

	// CSV and JSON of the view
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('conformity-taian.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text.split('\r\n')[0]).toContain('对照项,主题,对照结果,国家规定,泰安规定,理由');
	expect(text).toContain('授权期限上限,协议与期限,更严');
	expect(text).toContain('实施规范 第十四条（二）');
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 JSON' }).click()
	]);
	const parsed = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(parsed.counts).toMatchObject({ stricter: 4, looser: 9, conflicts: 2 });
});

test('conformity view: Jiangsu took effect before the framework, so its looser and conflicting values predate it', async ({
	page
}) => {
	await page.goto('/compare/conformity/?r=jiangsu');
	await hydrated(page);
	const summary = page.getByTestId('conformity-summary');
	await expect(summary).toContainText('11 早于国家规范');
	await expect(summary).not.toContainText('冲突');
	const tiers = page.locator('section#mark-predates tr[data-dimension="authorization.tiers"]');
	await expect(tiers).toContainText('（比较结果：冲突）');
	await expect(tiers).toContainText('2024-12-01');
	// 实施规范第二十四条第二款 is cited beside the clauses of both values
	await expect(tiers.locator('td.reason a.cite[href*="nationalSpec"][href$="#art-24-p2"]')).toHaveCount(1);
	// the region picker
	await page.getByRole('navigation', { name: '选择地区' }).getByRole('link', { name: '河南' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('河南 对照国家框架');
	await expect(page.getByTestId('conformity-summary')).not.toContainText('早于国家规范');
});

test('conformity view: an unknown region is said plainly', async ({ page }) => {
	await page.goto('/compare/conformity/?r=atlantis');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('没有名为“atlantis”的地区');
});

test('clause view: the national column first, and each region’s mark', async ({ page }) => {
	await page.goto('/compare/clauses/?d=term.maxMonths&r=quzhou,taian');
	await hydrated(page);
	const national = page.getByRole('region', { name: '国家框架' });
	await expect(national).toContainText('不超过60个月（原则上）');
	await expect(page.getByRole('region', { name: '泰安' })).toContainText('对照国家框架：更严');
	// the word diff compares two regions by default; the national text is one more choice
	await expect(page.getByLabel('文本 A')).toHaveValue('quzhou');
	await expect(page.getByLabel('文本 A').locator('option[value="national"]')).toHaveText('国家框架');
	// hidden with nat=0
	await page.goto('/compare/clauses/?d=term.maxMonths&r=quzhou,taian&nat=0');
	await hydrated(page);
	await expect(page.getByRole('region', { name: '泰安' })).toBeVisible();
	await expect(page.getByRole('region', { name: '国家框架' })).toHaveCount(0);
});

test('national citations read the four documents — labels, previews, clause text and diff', async ({
	page
}) => {
	await page.goto('/compare/?r=taian,henan&topic=agreement');
	await hydrated(page);
	const chip = page
		.locator('tr[data-dimension="term.maxMonths"] td')
		.nth(0)
		.getByRole('link', { name: /实施规范.*第十四条（二）/ });
	await chip.hover();
	await expect(page.getByRole('tooltip')).toContainText('原则上最长不超过5年');
	await chip.click();
	await expect(page).toHaveURL(/\/regions\/nationalSpec\/#art-14-2$/);

	await page.goto('/compare/clauses/?d=term.maxMonths&r=taian,henan');
	await hydrated(page);
	await expect(page.getByRole('region', { name: '国家框架' })).toContainText('运营期限，原则上最长不超过5年');
	await page.getByLabel('文本 A').selectOption({ label: '国家框架' });
	await page.getByLabel('文本 B').selectOption({ label: '河南' });
	const diff = page.getByRole('region', { name: '逐词比较' });
	await expect(diff.locator('ins').first()).toBeVisible();
	await expect(diff).toContainText('相似度');

	await page.goto('/compare/conformity/?r=henan');
	await hydrated(page);
	const row = page.locator('tr[data-dimension="products.noRedevelopment"]');
	await expect(row.getByRole('link', { name: /实施规范.*第六条第二款/ }).first()).toBeVisible();
	await expect(row.getByRole('link', { name: /河南.*第七条（三）/ }).first()).toBeVisible();
});

test('the open data carries the national values and every mark (since version 1.2; in the CSV since 1.4)', async ({
	request
}) => {
	const json = await (await request.get('/data/rules.json')).json();
	expect(json.version).toBe('1.4.0');
	expect(json.national.validFrom).toBe('2025-03-01');
	expect(json.national.values.length).toBe(json.dimensions.length);
	expect(json.conformity.length).toBe(json.regions.length * json.dimensions.length);
	const mark = json.conformity.find(
		(c: { region: string; dimension: string }) =>
			c.region === 'jiangsu' && c.dimension === 'authorization.tiers'
	);
	expect(mark).toMatchObject({ mark: 'predates', relation: 'conflicts', basis: 'hand' });
	// since 1.4 the CSV carries each row's mark and the national clauses it was judged against
	const csv = (await (await request.get('/data/rules.csv')).text()).split('\r\n');
	expect(csv[0]).toMatch(/,conformity,national_citations$/);
	expect(csv.find((l) => l.startsWith('jiangsu,authorization.tiers,'))).toContain(',predates,');
});
