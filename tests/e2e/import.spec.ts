import { expect, test, type Page } from '@playwright/test';
import { gbk, linesOf, makeDocx, makeUnembeddedPdf, nationalTexts } from '../../src/lib/import/test-fixtures';
import { axeViolations, hydrated } from './helpers';

// Real texts in: a Word file and a PDF (both made during the run from the national texts) become drafts,
// each through its split report, and their clauses are cited; a GBK file dropped on the text box and a
// paste from a web page are read and reported the same way.

test.describe.configure({ timeout: 120_000 });

const texts = nationalTexts();
const SPEC_TITLE = '公共数据资源授权运营实施规范（试行）';

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

/** A PDF printed by Chromium itself: page header and "- N -" footers, the fonts embedded as Chromium does. */
async function chromiumPdf(page: Page, lines: string[]): Promise<Buffer> {
	const printer = await page.context().newPage();
	// wide enough that no paragraph wraps (unwrapping printed lines is the parser's part)
	const width = Math.max(...lines.map((l) => [...l].length)) * 10 + 120;
	await printer.setContent(
		`<!doctype html><meta charset="utf-8"><style>body{margin:0;font:10px/1.6 'Noto Sans CJK SC',sans-serif}p{margin:0 0 4px}</style>` +
			lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')
	);
	const pdf = await printer.pdf({
		width: `${width}px`,
		height: '600px',
		margin: { top: '50px', bottom: '50px', left: '40px', right: '40px' },
		displayHeaderFooter: true,
		headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">国家发展改革委 国家数据局</div>`,
		footerTemplate: `<div style="font-size:8px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>`
	});
	await printer.close();
	return pdf;
}

const fromFileSection = (page: Page) =>
	page.locator('section', { has: page.getByRole('heading', { name: '从法规文件新建草案' }) });

async function saved(page: Page) {
	await expect(page.locator('.save[data-save="saved"]')).toBeVisible();
}

/** Cite `clause` for a dimension and check the link lands in the draft's own text. */
async function cite(page: Page, id: string, dim: string, clause: string, label: string) {
	await page.getByRole('searchbox', { name: '查找维度' }).fill(dim);
	const row = page.locator(`#dim-${dim.replace(/\./g, '-')}`);
	if ((await row.getAttribute('open')) === null) await row.locator('summary').click();
	await row.getByRole('combobox', { name: '条款' }).selectOption(clause);
	await row.getByRole('button', { name: '添加引用' }).click();
	const link = row.getByRole('link', { name: label, exact: true });
	await expect(link).toHaveAttribute('href', `/drafts/view/?id=${id}#${clause}`);
	await saved(page);
	return link;
}

test('a Word file becomes a new draft through its report, and its clauses are cited', async ({ page }) => {
	await page.goto('/drafts/');
	await hydrated(page);
	const section = fromFileSection(page);
	const docx = await makeDocx(linesOf(texts['authorized-operation-spec']!));
	await section.locator('input[type="file"]').setInputFiles({
		name: '实施规范.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from(docx)
	});

	// the report, before anything is saved
	const report = section.getByTestId('import-report');
	await expect(report).toContainText('来源：实施规范.docx（Word 文档）', { timeout: 30_000 });
	await expect(report.getByTestId('import-summary')).toHaveText('7 章 27 条 15 款 25 项');
	await expect(report.locator('tr[data-level="article"] td')).toHaveText('27');
	await expect(report.getByRole('alert')).toHaveCount(0);
	await expect(section.getByRole('textbox', { name: '草案标题' })).toHaveValue(SPEC_TITLE);
	expect(await axeViolations(page)).toEqual([]);

	// the wrong scheme is never silent: nothing to cite, creating is blocked, the text's own scheme offered
	await report.getByRole('combobox', { name: '编号方式' }).selectOption('sections');
	await expect(report.getByRole('alert')).toContainText('按“一、”编号未找到任何部分');
	await expect(report.getByRole('alert')).toContainText('按“第X条”可识别 27 个单元');
	const create = section.getByRole('button', { name: '创建草案' });
	await expect(create).toBeDisabled();
	await report.getByRole('button', { name: '改用按条（第X条）' }).click();
	await expect(report.getByRole('alert')).toHaveCount(0);

	await create.click();
	await page.waitForURL(/\/drafts\/edit\/\?id=/);
	await hydrated(page);
	const id = new URL(page.url()).searchParams.get('id')!;
	await expect(page.getByRole('heading', { level: 1, name: SPEC_TITLE })).toBeVisible();
	await expect(page.locator('#text').getByTestId('parse-count')).toContainText('共 75 个条款');

	// 第十四条（二）: the term of an authorization, as the national spec words it
	const link = await cite(page, id, 'term.maxMonths', 'art-14-2', '第十四条（二）');
	await link.click();
	await page.waitForURL(/\/drafts\/view\/\?id=.*#art-14-2$/);
	await hydrated(page);
	await expect(page.locator('#art-14-2')).toContainText('原则上最长不超过5年');
});

/** Errors the page logs, Content-Security-Policy refusals among them. */
function consoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

test('a PDF printed by Chromium replaces a draft’s text: report, apply, cite', async ({ page }) => {
	const errors = consoleErrors(page);
	// a blank draft to receive it
	await page.goto('/drafts/');
	await hydrated(page);
	await page.getByRole('radio', { name: /空白草案/ }).check();
	await page.getByRole('textbox', { name: '标题', exact: true }).fill('登记办法（导入测试）');
	await page.getByRole('button', { name: '创建并编辑' }).click();
	await page.waitForURL(/\/drafts\/edit\/\?id=/);
	await hydrated(page);
	const id = new URL(page.url()).searchParams.get('id')!;

	const pdf = await chromiumPdf(page, linesOf(texts['registration-measures']!));
	const text = page.locator('#text');
	await text.locator('input[type="file"]').setInputFiles({
		name: 'registration.pdf',
		mimeType: 'application/pdf',
		buffer: pdf
	});
	const report = text.getByTestId('import-report');
	// PDF.js loads and reads the file first: on a loaded machine that takes seconds
	await expect(report).toContainText('来源：registration.pdf（PDF）', { timeout: 30_000 });
	// the running header and the page numbers are left out, and said to be
	await expect(report).toContainText(/已去掉 \d+ 行页眉、页脚或页码/u);
	await expect(report.getByTestId('import-summary')).toHaveText('6 章 24 条 8 款 17 项 4 目');
	await expect(report.getByRole('alert')).toHaveCount(0);
	await expect(text.getByRole('textbox', { name: '草案全文' })).not.toHaveValue(/国家数据局\n/u);
	await expect(text.getByRole('textbox', { name: '草案全文' })).toHaveValue(
		/^公共数据资源登记管理暂行办法\n/u
	);
	expect(await axeViolations(page)).toEqual([]);

	await text.getByRole('button', { name: '应用拆分' }).click();
	await expect(text).toContainText(/已应用：\d+ 个条款/u);
	await saved(page);
	// 第十二条: registration details are publicised before a code is issued
	await cite(page, id, 'registration.publicityDays', 'art-12', '第十二条');
	await page.goto(`/drafts/view/?id=${id}#art-12`);
	await hydrated(page);
	await expect(page.locator('#art-12')).toContainText('向社会公示');
	expect(errors).toEqual([]);
});

test('a GBK file dropped on the text box, and a paste from a web page', async ({ page }) => {
	await page.goto('/drafts/');
	await hydrated(page);
	await page.getByRole('radio', { name: /空白草案/ }).check();
	await page.getByRole('button', { name: '创建并编辑' }).click();
	await page.waitForURL(/\/drafts\/edit\/\?id=/);
	await hydrated(page);
	const text = page.locator('#text');
	const box = text.getByRole('textbox', { name: '草案全文' });

	// drop: GBK bytes, read as GB18030
	const bytes = [...gbk(texts['pricing-notice']!)];
	const drop = await page.evaluateHandle((data) => {
		const dt = new DataTransfer();
		dt.items.add(new File([new Uint8Array(data)], '价格通知.txt', { type: 'text/plain' }));
		return dt;
	}, bytes);
	await box.dispatchEvent('dragover', { dataTransfer: drop });
	await box.dispatchEvent('drop', { dataTransfer: drop });
	const report = text.getByTestId('import-report');
	await expect(report.getByTestId('import-encoding')).toHaveText('· 编码：GB18030');
	await expect(report.getByTestId('import-summary')).toHaveText('5 部分 2 项 10 段');
	await expect(report.getByRole('combobox', { name: '编号方式' })).toHaveValue('sections');
	await expect(box).toHaveValue(texts['pricing-notice']!);

	// paste over everything: non-breaking spaces and zero-width characters go, the words stay
	await box.selectText();
	await box.evaluate((el) => {
		const dt = new DataTransfer();
		dt.setData('text/plain', '某办法\r\n第一条\u00a0为规范\u200b管理，制定本办法。\r\n(一)第一项；');
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
	});
	await expect(box).toHaveValue('某办法\n第一条 为规范管理，制定本办法。\n(一)第一项；');
	await expect(report).toContainText('来源：粘贴的文本');
	await expect(report).toContainText('已统一版式');
	// half-width brackets are an item, as full-width ones are: nothing to fix
	await expect(report.getByTestId('import-summary')).toHaveText('1 条 1 项');
	await expect(report.getByRole('alert')).toHaveCount(0);
});

test('a PDF whose Chinese font is not embedded reads through the character maps the app carries', async ({
	page
}) => {
	const errors = consoleErrors(page);
	await page.goto('/drafts/');
	await hydrated(page);
	const lines = linesOf(texts['registration-measures']!).slice(0, 10);
	await fromFileSection(page)
		.locator('input[type="file"]')
		.setInputFiles({
			name: 'itext.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from(makeUnembeddedPdf(lines))
		});
	const report = fromFileSection(page).getByTestId('import-report');
	await expect(report.getByTestId('import-summary')).toHaveText('1 章 4 条 4 项');
	await expect(fromFileSection(page).getByRole('textbox', { name: '草案标题' })).toHaveValue(
		'公共数据资源登记管理暂行办法'
	);
	expect(errors).toEqual([]);
});
