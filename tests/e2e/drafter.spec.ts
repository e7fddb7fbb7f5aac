// The policy drafter's jobs on /compare/ and /compare/conformity/: briefing-ready exports (Word, CSV in the
// reader's language, a printed title block), several topics and hand-picked rows kept in the URL, "only
// differences" by kind, and wide cells that fold.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations, hydrated } from './helpers';

async function download(page: Page, button: string): Promise<Download> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button, exact: true }).click()
	]);
	return file;
}
const docxXml = async (file: Download) =>
	strFromU8(unzipSync(new Uint8Array(readFileSync((await file.path())!)))['word/document.xml']!);

test('the comparison as a Word file and a CSV for a briefing: labels, status words, filters in the name', async ({
	page
}) => {
	await page.goto('/compare/?r=quzhou,yingkou&topic=termination,renewal&today=2026-12-05');
	await hydrated(page);
	await expect(page.locator('tbody tr').first()).toBeVisible();

	const word = await download(page, '导出 Word');
	expect(word.suggestedFilename()).toBe('compare-quzhou-yingkou-topic-termination+renewal.docx');
	const xml = await docxXml(word);
	expect(xml).toContain('规则对照：衢州、营口');
	// the title block: documents with their status, the date values are read on, the filters
	expect(xml).toContain('文件及其状态（按 2026-12-05）');
	expect(xml).toContain('征求意见稿');
	expect(xml).toContain('取值为各文本所列的最新取值');
	expect(xml).toContain('筛选：主题 终止与退出、续约与届满');
	// the table: readable clause labels, status words, never ids
	expect(xml).toContain('营口 五（四）1');
	expect(xml).toContain('衢州 十六第二段');
	expect(xml).toContain('国家框架 条款');
	expect(xml).not.toMatch(/yingkou:|quzhou:|sec-\d/);

	const csv = await download(page, '导出 CSV');
	expect(csv.suggestedFilename()).toBe('compare-quzhou-yingkou-topic-termination+renewal.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	const [header, status] = text.replace(/^\uFEFF/, '').split('\r\n');
	expect(header).toContain(
		'对照项,主题,比较,差异类型,国家框架,国家框架 条款,衢州,衢州 条款,衢州 对照国家框架'
	);
	expect(status).toMatch(/^文件及其状态,/);
	expect(text).toContain('营口 五（四）1');
	expect(text).toMatch(/,(不同|部分未规定|相同|均未规定),/);
	expect(text).not.toMatch(/yingkou:|exit\.voluntaryNoticeMonths/);

	// the printout's title block says the filters too
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('compare-print-filters')).toBeVisible();
	await expect(page.getByTestId('compare-print-filters')).toHaveText('筛选：主题 终止与退出、续约与届满');
});

test('several topics and my own rows, kept in the URL; only differences by kind, with counts', async ({
	page
}) => {
	await page.goto('/compare/?r=quzhou,taian');
	await hydrated(page);
	await page.getByText('主题：全部主题').click();
	await page.getByRole('checkbox', { name: '协议与期限' }).check();
	await expect(page).toHaveURL(/topic=agreement/);
	await page.getByRole('checkbox', { name: '续约与届满' }).check();
	await expect(page).toHaveURL(/topic=agreement%2Crenewal|topic=agreement,renewal/);
	await expect(page.getByTestId('topics-summary')).toHaveText('协议与期限、续约与届满');
	const both = await page.locator('tbody tr').count();
	expect(both).toBeGreaterThan(2);

	// pick two rows, then show only them; the link keeps them
	await page.getByRole('checkbox', { name: '选入我的对照项：授权期限上限' }).check();
	await expect(page).toHaveURL(/pick=term\.maxMonths/);
	const renewalRow = page.locator('tbody tr[data-dimension^="renewal."]').first();
	const renewalId = (await renewalRow.getAttribute('data-dimension'))!;
	await renewalRow.getByRole('checkbox').check();
	await page.getByRole('checkbox', { name: '只看我选的（2 项）' }).check();
	await expect(page).toHaveURL(/mine=1/);
	await expect(page.locator('tbody tr')).toHaveCount(2);
	await page.reload();
	await hydrated(page);
	await expect(page.locator('tbody tr')).toHaveCount(2);
	await expect(page.locator(`tbody tr[data-dimension="${renewalId}"]`)).toBeVisible();
	await page.getByRole('button', { name: '清空我选的' }).click();
	await expect(page).not.toHaveURL(/pick=/);
	await expect(page.locator('tbody tr')).toHaveCount(both);

	// only values that differ: a real narrowing, every row marked so, and the count said beside the box
	const values = page.locator('label[data-kind="value"]');
	const count = Number((await values.textContent())!.match(/（(\d+)）/)![1]);
	expect(count).toBeGreaterThan(0);
	expect(count).toBeLessThan(both);
	await values.getByRole('checkbox').check();
	await expect(page).toHaveURL(/diff=value/);
	await expect(page.locator('tbody tr')).toHaveCount(count);
	for (const d of await page
		.locator('tbody tr')
		.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-diff'))))
		expect(d).toBe('value');
	await expect(page.locator('tr[data-dimension="term.maxMonths"] .diff')).toHaveText('取值不同');
	expect(await axeViolations(page)).toEqual([]);
});

test('a dozen citation chips fold behind "N more"', async ({ page }) => {
	await page.goto('/compare/?r=taian,henan&topic=agreement&nat=0');
	await hydrated(page);
	const cell = page.locator('tr[data-dimension="agreement.contents"] td').nth(1);
	const more = cell.locator('details.more-cites');
	await expect(more.locator('summary')).toHaveText('另 9 条');
	await expect(cell.locator('p.cites').first().locator('a.cite')).toHaveCount(4);
	await more.locator('summary').click();
	await expect(more.locator('a.cite')).toHaveCount(9);
});

test('the conformity view as a Word file and a CSV: marks in words, both sides’ clauses by label', async ({
	page
}) => {
	await page.goto('/compare/conformity/?r=taian');
	await hydrated(page);
	await expect(page.getByTestId('conformity-summary')).toBeVisible();
	const word = await download(page, '导出 Word');
	expect(word.suggestedFilename()).toBe('conformity-taian.docx');
	const xml = await docxXml(word);
	expect(xml).toContain('泰安 对照国家框架');
	expect(xml).toContain('实施规范 第十四条（二）');
	expect(xml).toContain('更严');
	expect(xml).not.toMatch(/nationalSpec:|taian:art/);
	const csv = readFileSync((await (await download(page, '导出 CSV')).path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toContain('对照项,主题,对照结果,国家规定,泰安规定,理由,国家框架条款,泰安条款');
	expect(csv).toContain('实施规范 第十四条（二）');
});
