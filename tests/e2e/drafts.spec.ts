import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { axeViolations, hydrated } from './helpers';

// The drafting sandbox end to end: a draft cloned from Tai'an is edited, checked, saved, given its own
// text, exported and imported back; hostile files are refused with nothing lost.

test.describe.configure({ timeout: 120_000 });

const TITLE = '试点市公共数据授权运营管理办法（草案）';
const NAME = '试点市';
const NEW_TEXT = [
	'试点市公共数据授权运营管理办法（草案）',
	'第一章 总则',
	'第一条 为规范公共数据授权运营，制定本办法。',
	'第二条 授权运营协议期限一般不超过2年。',
	'第二章 续约',
	'第三条 期限届满前3个月内可以重新申请。',
	'（一）提交运营报告；',
	'（二）提交评估结果。'
].join('\n');

const row = (page: Page, dim: string) => page.locator(`#dim-${dim.replace(/\./g, '-')}`);

/** Open a dimension's row (clearing the filters first, so it is shown). */
async function openRow(page: Page, dim: string) {
	await page.getByRole('searchbox', { name: '查找维度' }).fill(dim);
	const r = row(page, dim);
	if ((await r.getAttribute('open')) === null) await r.locator('summary').click();
	await expect(r.getByRole('group', { name: '取值' })).toBeVisible();
	return r;
}

async function saved(page: Page) {
	await expect(page.locator('.save[data-save="saved"]')).toBeVisible();
}

async function downloadText(page: Page, click: () => Promise<void>, path: string): Promise<string> {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
	writeFileSync(path, readFileSync((await download.path())!));
	return readFileSync(path, 'utf8');
}

async function createFromTaian(page: Page) {
	await page.goto('/drafts/');
	await hydrated(page);
	await page.getByRole('radio', { name: /以泰安的文本和规则为基础/ }).check();
	await page.getByRole('textbox', { name: '标题', exact: true }).fill(TITLE);
	await page.getByRole('textbox', { name: /简称/ }).fill(NAME);
	await page.getByRole('button', { name: '创建并编辑' }).click();
	await page.waitForURL(/\/drafts\/edit\/\?id=/);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await saved(page);
	return new URL(page.url()).searchParams.get('id')!;
}

test('create from Tai’an, edit, validate, save, give it a text, cite, export and import back', async ({
	page
}, testInfo) => {
	const id = await createFromTaian(page);
	// a faithful clone has nothing to fix and changes nothing; only Tai'an's two conflicts with the national
	// framework are flagged, each citing both clauses
	await expect(page.locator('#issues')).toContainText('0 处错误');
	await expect(page.locator('#issues li[data-code="conflictsWithNational"]')).toHaveCount(2);
	await expect(page.locator('#issues li').filter({ hasText: 'nationalRegistration:art-12' })).toContainText(
		'art-9-3'
	);

	// change the term and the renewal window: both rows are marked changed
	const term = await openRow(page, 'term.maxMonths');
	await term.getByRole('textbox', { name: '数值' }).fill('24');
	await expect(term).toHaveAttribute('data-changed', 'true');
	await expect(term.locator('summary')).toContainText('不超过24个月');
	await expect(term.locator('summary')).toContainText('已修改');
	const renewal = await openRow(page, 'renewal.windowOpensMonthsBeforeExpiry');
	await renewal.getByRole('textbox', { name: '数值' }).fill('3');
	await expect(renewal).toHaveAttribute('data-changed', 'true');

	// what changed: Tai'an (the base) now differs on the term
	const changeRow = page.locator('#changes tr[data-dimension="term.maxMonths"]');
	await expect(changeRow.locator('td[data-region="taian"]')).toHaveAttribute('data-status', 'different');
	await expect(changeRow.locator('td[data-region="taian"]')).toContainText('不超过36个月');
	await expect(page.locator('#changes thead th[data-region="taian"]')).toContainText('起草基础');

	// impossible values: a negative term, a renewal window as long as the term
	await openRow(page, 'term.maxMonths');
	await term.getByRole('textbox', { name: '数值' }).fill('-3');
	await expect(term.locator('summary')).toContainText('不能为负数');
	await expect(page.locator('#issues li[data-code="negativeNumber"]')).toBeVisible();
	await term.getByRole('textbox', { name: '数值' }).fill('24');
	await openRow(page, 'renewal.windowOpensMonthsBeforeExpiry');
	await renewal.getByRole('textbox', { name: '数值' }).fill('30');
	await expect(renewal.locator('summary')).toContainText('不短于');
	const issue = page.locator('#issues li[data-code="renewalExceedsTerm"]');
	await expect(issue).toBeVisible();
	// while it has errors it cannot be simulated, and says why
	await expect(page.locator('#use [data-use="simulate"]')).toHaveAttribute('aria-disabled', 'true');
	await expect(page.locator('#use')).toContainText('改正后才能模拟');
	// the issue links to its row
	await page.getByRole('searchbox', { name: '查找维度' }).fill('nothing matches this');
	await issue.getByRole('link').click();
	await expect(renewal).toBeVisible();
	await expect(renewal).toHaveAttribute('open', '');
	// fix it
	await renewal.getByRole('textbox', { name: '数值' }).fill('3');
	await expect(page.locator('#issues')).toContainText('0 处错误');
	await expect(page.locator('#issues li:not([data-code="conflictsWithNational"])')).toHaveCount(0);
	await expect(page.locator('#use a[data-use="simulate"]')).toHaveAttribute('href', `/simulate/?draft=${id}`);
	await expect(page.locator('#use a[data-use="compare"]')).toHaveAttribute(
		'href',
		`/compare/?r=taian&draft=${id}`
	);

	// autosaved: a reload brings the values back
	await saved(page);
	await page.reload();
	await hydrated(page);
	await expect(row(page, 'term.maxMonths').locator('summary')).toContainText('不超过24个月');
	await expect(row(page, 'renewal.windowOpensMonthsBeforeExpiry').locator('summary')).toContainText(
		'不超过3个月'
	);

	// a new text: the preview shows the split, applying saves it
	const source = page.getByRole('textbox', { name: '草案全文' });
	await source.fill('某办法\n第一章 总则\n这一行不在任何一条之内\n第一条 内容。');
	await expect(page.locator('#text [role="alert"]')).toContainText('无法拆分');
	await expect(page.getByRole('button', { name: '应用拆分' })).toBeDisabled();
	await source.fill(NEW_TEXT);
	await expect(page.getByTestId('parse-count')).toContainText('共 8 个条款');
	await expect(page.locator('#text li[data-clause="art-3-2"]')).toContainText('第三条（二）');
	await page.getByRole('button', { name: '应用拆分' }).click();
	await expect(page.locator('#text')).toContainText('已应用：8 个条款');
	await saved(page);

	// Tai'an's clause no longer resolves; cite the draft's own article 2 instead
	const termRow = await openRow(page, 'term.maxMonths');
	await expect(termRow.getByText('草案文本中无此条')).toBeVisible();
	await termRow.getByRole('button', { name: /移除引用/ }).click();
	await termRow.getByRole('combobox', { name: '条款' }).selectOption('art-2');
	await termRow.getByRole('button', { name: '添加引用' }).click();
	const cite = termRow.getByRole('link', { name: '第二条' });
	await expect(cite).toHaveAttribute('href', `/drafts/view/?id=${id}#art-2`);
	await termRow.getByRole('textbox', { name: '摘要（中文）' }).fill('一般不超过2年');
	await saved(page);

	// the read-only view lands on the cited clause
	await cite.click();
	await page.waitForURL(/\/drafts\/view\/\?id=.*#art-2$/);
	await hydrated(page);
	await expect(page.locator('#art-2')).toContainText('授权运营协议期限一般不超过2年');
	await expect(page.locator('#art-2')).toBeInViewport();
	// the deep link highlights its clause although the text arrived after the page
	await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('art-2');
	await expect(page.locator('#provisions')).toContainText('不超过24个月');
	await page.goBack();
	await hydrated(page);
	await saved(page);

	// export JSON (the open data's contract, plus the draft) and Markdown
	const exported = testInfo.outputPath('draft.json');
	const json = JSON.parse(
		await downloadText(page, () => page.locator('[data-export="json"]').click(), exported)
	);
	expect(json.version).toMatch(/^1\./);
	expect(json.regions).toEqual([expect.objectContaining({ id: `draft-${id}` })]);
	expect(json.values).toContainEqual(
		expect.objectContaining({
			dimension: 'term.maxMonths',
			value: { kind: 'number', value: 24, bound: 'atMost' },
			citations: ['art-2']
		})
	);
	expect(json.draft.title).toBe(TITLE);
	expect(json.draft.source).toBe(NEW_TEXT);
	const md = await downloadText(
		page,
		() => page.locator('[data-export="md-zh"]').click(),
		testInfo.outputPath('draft.md')
	);
	expect(md).toContain(`# ${TITLE}`);
	expect(md).toContain('不超过24个月');
	expect(md).toContain('第二条');

	// import it back: a new draft with identical values
	await page.goto('/drafts/');
	await hydrated(page);
	const list = page.locator('ul.drafts > li');
	await expect(list).toHaveCount(1);
	await page.locator('input[type=file][accept*="json"]').setInputFiles(exported);
	await page.waitForURL((url) => url.pathname === '/drafts/edit/' && !url.search.includes(id));
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	const again = JSON.parse(
		await downloadText(
			page,
			() => page.locator('[data-export="json"]').click(),
			testInfo.outputPath('again.json')
		)
	);
	expect(again.draft).toEqual(json.draft);
	expect(again.values).toEqual(
		json.values.map((v: { region: string }) => ({ ...v, region: again.regions[0].id }))
	);

	// hostile files are refused, each problem named, and nothing is saved
	await page.goto('/drafts/');
	await hydrated(page);
	await expect(list).toHaveCount(2);
	const hostile: [name: string, text: string][] = [
		['not-json.json', '{"draft": '],
		['proto.json', JSON.stringify(json).replace('"draft":{', '"draft":{"__proto__":{"polluted":1},')],
		[
			'half-edited.json',
			JSON.stringify({
				...json,
				draft: {
					...json.draft,
					title: '<img src=x onerror=alert(1)>',
					values: {
						...json.draft.values,
						'term.maxMonths': [
							{
								...json.draft.values['term.maxMonths'][0],
								value: { kind: 'number', value: -1, bound: 'atMost' }
							}
						]
					}
				}
			})
		],
		['open-data.json', JSON.stringify({ ...json, draft: undefined })]
	];
	for (const [name, text] of hostile) {
		const file = testInfo.outputPath(name);
		writeFileSync(file, text);
		await page.locator('input[type=file][accept*="json"]').setInputFiles(file);
		await expect(page.getByTestId('import-problems')).toContainText('未保存任何内容');
		await expect(page.getByTestId('import-problems').locator('li').first()).toBeVisible();
		await expect(list).toHaveCount(2);
	}
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => 'polluted' in ({} as object))).toBe(false);

	// the library opens drafts in the editor
	await page.goto('/library/');
	await hydrated(page);
	await page.locator(`.item[data-item="${id}"]`).getByRole('link', { name: '打开' }).click();
	await page.waitForURL(`/drafts/edit/?id=${id}`);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});

test('an edit in another tab is not overwritten: load theirs or save mine as a copy', async ({
	page,
	context
}) => {
	const id = await createFromTaian(page);
	const other = await context.newPage();
	await other.goto(`/drafts/edit/?id=${id}`);
	await hydrated(other);
	await expect(other.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

	await page.getByRole('textbox', { name: '简称（列标题）' }).fill('第一个标签页');
	await saved(page);
	await other.getByRole('textbox', { name: '简称（列标题）' }).fill('第二个标签页');
	const prompt = other.getByRole('alertdialog');
	await expect(prompt).toContainText('已在另一个标签页中被修改');
	// nothing of ours was lost meanwhile
	await expect(other.getByRole('textbox', { name: '简称（列标题）' })).toHaveValue('第二个标签页');
	await prompt.getByRole('button', { name: '将本页版本另存为副本' }).click();
	await other.waitForURL((url) => url.searchParams.get('id') !== id);
	await expect(other.getByRole('alertdialog')).toHaveCount(0);
	await expect(other.getByRole('textbox', { name: '简称（列标题）' })).toHaveValue('第二个标签页');
	await saved(other);

	// the first tab's version is intact
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('textbox', { name: '简称（列标题）' })).toHaveValue('第一个标签页');

	// and a conflict can also be settled by taking the other version
	await other.goto(`/drafts/edit/?id=${id}`);
	await hydrated(other);
	await page.getByRole('textbox', { name: '简称（列标题）' }).fill('甲');
	await saved(page);
	await other.getByRole('textbox', { name: '简称（列标题）' }).fill('乙');
	await other.getByRole('alertdialog').getByRole('button', { name: '载入另一标签页的版本' }).click();
	await expect(other.getByRole('textbox', { name: '简称（列标题）' })).toHaveValue('甲');
	await expect(other.getByRole('alertdialog')).toHaveCount(0);
});

test('a blank draft without a procedure cannot be simulated; unknown ids say so', async ({ page }) => {
	await page.goto('/drafts/');
	await hydrated(page);
	await page.getByRole('radio', { name: /空白草案/ }).check();
	await expect(page.getByRole('combobox', { name: '模拟时借用的办理流程' })).toHaveValue('');
	await page.getByRole('button', { name: '创建并编辑' }).click();
	await page.waitForURL(/\/drafts\/edit\/\?id=/);
	await expect(page.getByRole('heading', { level: 1, name: '未命名草案' })).toBeVisible();
	await expect(page.locator('#use [data-use="simulate"]')).toHaveAttribute('aria-disabled', 'true');
	await expect(page.locator('#use')).toContainText('没有借用办理流程');
	await expect(page.locator('#use a[data-use="compare"]')).toHaveAttribute(
		'href',
		/\/compare\/\?r=quzhou,yingkou&draft=/
	);

	const cases: [url: string, text: string][] = [
		['/drafts/edit/?id=no-such-draft', '资料库中没有这份草案'],
		['/drafts/edit/?id=%3Cscript%3E', '没有有效的草案编号'],
		['/drafts/edit/', '没有有效的草案编号'],
		['/drafts/view/?id=no-such-draft', '资料库中没有这份草案']
	];
	for (const [url, text] of cases) {
		await page.goto(url);
		await hydrated(page);
		await expect(page.getByRole('alert')).toContainText(text);
		await expect(page.getByRole('link', { name: '返回草案列表' })).toHaveAttribute('href', '/drafts/');
	}
});

test('axe: the drafting home with a draft, the editor with rows open, the viewer', async ({ page }) => {
	const id = await createFromTaian(page);
	await openRow(page, 'term.maxMonths');
	await openRow(page, 'reporting.operatorCadence');
	await openRow(page, 'application.materials');
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/drafts/');
	await hydrated(page);
	await expect(page.locator('ul.drafts > li')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);
	await page.goto(`/drafts/view/?id=${id}`);
	await hydrated(page);
	await expect(page.locator('#art-14')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('phone width: the editor fits the screen', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await createFromTaian(page);
	await openRow(page, 'term.maxMonths');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});
