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

test('in English, the CSV is in English: headers, values, clause labels and status words', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
	await page.goto('/compare/?r=quzhou,yingkou&topic=termination&nat=0');
	await hydrated(page);
	await expect(page.locator('tbody tr').first()).toBeVisible();
	const csv = await download(page, 'Export CSV');
	expect(csv.suggestedFilename()).toBe('compare-quzhou-yingkou-topic-termination-nonat.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	const [header] = text.replace(/^\uFEFF/, '').split('\r\n');
	expect(header).toBe(
		'Dimension,Topic,Comparison,Kind of difference,Quzhou,Quzhou clauses,Yingkou,Yingkou clauses'
	);
	expect(text).toContain('Yingkou §5(4)1');
	expect(text).toMatch(/,(Same|Different|Partly not specified|None specify|Partly unspecified)[^,]*,/i);
	expect(text).not.toMatch(/[\u4e00-\u9fff]{4}/);
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
	// the table draws its rows a few at a time: count them once it says it is complete
	await expect(page.locator('table.matrix')).toHaveAttribute('aria-busy', 'false');
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

// ——— the draft editor ———

async function createFromTaian(page: Page) {
	await page.goto('/drafts/');
	await hydrated(page);
	await page.getByRole('radio', { name: /以泰安的文本和规则为基础/ }).check();
	await page.getByRole('textbox', { name: '标题', exact: true }).fill('摘要试验办法（草案）');
	await page.getByRole('textbox', { name: /简称/ }).fill('摘要市');
	await page.getByRole('button', { name: '创建并编辑' }).click();
	await page.waitForURL(/\/drafts\/edit\/\?id=/);
	await expect(page.locator('.save[data-save="saved"]')).toBeVisible();
}

test('draft editor: a new value rewrites a summary that no longer fits, keeping 一般; a contradicting summary is flagged; ids behind details', async ({
	page
}) => {
	test.setTimeout(90_000);
	await createFromTaian(page);
	await page.getByRole('searchbox', { name: '查找维度' }).fill('term.maxMonths');
	const term = page.locator('#dim-term-maxMonths');
	await term.locator('summary').first().click();
	const summary = term.getByRole('textbox', { name: '摘要（中文）' });
	await expect(summary).toHaveValue('运营协议有效期一般不超过3年');
	// the catalogue id is not in the row's heading; it sits behind "details"
	await expect(term.locator('summary').first()).not.toContainText('term.maxMonths');
	await expect(term.getByText('term.maxMonths', { exact: true })).toBeHidden();
	await term.getByText('详细信息（起适用日期、目录编号）').click();
	await expect(term.getByText('term.maxMonths', { exact: true })).toBeVisible();

	await term.getByRole('textbox', { name: '数值' }).fill('60');
	await expect(summary).toHaveValue('一般不超过60个月');
	await expect(term.getByRole('textbox', { name: '摘要（英文）' })).toHaveValue(
		'generally, at most 60 months'
	);

	// a summary typed against the value is caught, in the row and in the draft's issues
	await summary.fill('一般不超过3年');
	await expect(summary).toHaveAttribute('aria-invalid', 'true');
	await expect(term.getByText('摘要中的数量与取值不符')).toBeVisible();
	await expect(page.locator('#issues li[data-code="summaryContradicts"]')).toContainText('不超过60个月');
	// regenerating from the value keeps the hedge
	await term.getByRole('button', { name: '用取值生成摘要' }).click();
	await expect(summary).toHaveValue('一般不超过60个月');
	await expect(page.locator('#issues li[data-code="summaryContradicts"]')).toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);
});

test('clause view: each cited clause is set against the other side’s clause about the same thing', async ({
	page
}) => {
	await page.goto('/compare/clauses/?d=bodies.dataAuthority&r=taian,henan&nat=0');
	await hydrated(page);
	const diff = page.getByRole('region', { name: '逐词比较' });
	await expect(diff).toContainText('相似度');
	await expect(diff).toContainText('全角与半角');
	const pairs = diff.locator('.pair');
	// Tai'an cites two clauses, Henan two: two pairs at least, four at most (none alike)
	await expect(pairs.first()).toBeVisible();
	const n = await pairs.count();
	expect(n).toBeGreaterThanOrEqual(2);
	expect(n).toBeLessThanOrEqual(4);
	for (let i = 0; i < n; i++)
		await expect(pairs.nth(i).locator('.pair-head').locator('a.cite, .alone')).toHaveCount(2);
	await expect(pairs.first().locator('.pair-head a.cite').first()).toContainText('泰安');
	expect(await axeViolations(page)).toEqual([]);
});

test('search finds what the drafter means: 收费 reaches Jiangsu 第二十条 through 费用, with the catalogue’s rows beside', async ({
	page
}) => {
	await page.goto('/search/?q=收费');
	await hydrated(page);
	const related = page.getByRole('region', { name: '相关用语找到的条款' });
	const viaFee = related.locator('[data-term="费用"]');
	await expect(viaFee).toContainText('第二十条第二款');
	await expect(viaFee.locator('a[href$="/regions/jiangsu/#art-20-p2"] mark').first()).toHaveText('费用');
	// the rule catalogue's rows about fees and prices, each a way into the comparison
	const rows = page.getByTestId('matching-rows');
	await expect(rows.locator('li').first()).toBeVisible();
	const first = rows.locator('li').first();
	await expect(first.getByRole('link', { name: '在规则对照中查看' })).toHaveAttribute(
		'href',
		/\/compare\/\?pick=.+&mine=1/
	);
	expect(await axeViolations(page)).toEqual([]);

	// a query that finds nothing itself offers the related terms that do
	await page.goto('/search/?q=计费');
	await hydrated(page);
	const dym = page.getByTestId('did-you-mean');
	await expect(dym).toContainText('您是不是要找');
	await dym.getByRole('link', { name: /^费用/ }).click();
	await expect(page).toHaveURL(/\/search\/\?q=%E8%B4%B9%E7%94%A8|q=费用/);
});
