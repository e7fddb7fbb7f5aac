import { expect, test } from '@playwright/test';
import { axeViolations, hydrated } from './helpers';

const NATIONAL = ['nationalSpec', 'nationalRegistration', 'nationalPricing', 'nationalCirculation'];

test('the reader anchors 登记办法 第九条（四）1 and shows the document as national', async ({ page }) => {
	await page.goto('/regions/nationalRegistration/#art-9-4-1');
	await hydrated(page);
	const clause = page.locator('#art-9-4-1');
	await expect(clause).toContainText('1.公共数据资源不可复原或灭失的；');
	await expect(clause).toBeInViewport();
	expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('art-9-4-1');
	await expect(clause.getByRole('link', { name: /第九条（四）1/ })).toHaveAttribute('href', '#art-9-4-1');
	await expect(page.getByRole('alert')).toHaveCount(0);
	const head = page.locator('.doc-head');
	await expect(head.getByRole('heading', { level: 1 })).toHaveText('公共数据资源登记管理暂行办法');
	await expect(head).toContainText('国家');
	await expect(head).toContainText('暂行');
	await expect(head).toContainText('发改数据规〔2025〕26号');
	await expect(head.getByTestId('facts-source')).toContainText('正文未载');
	// the outline: 6 chapters and 24 articles
	await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link')).toHaveCount(6 + 24);
});

test('the 价格通知 reads as a 通知: addressee, sections, closing, signature and date', async ({ page }) => {
	await page.goto('/regions/nationalPricing/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('发改价格〔2025〕65号');
	await expect(page.locator('#addressee')).toContainText('各省、自治区、直辖市');
	await expect(page.locator('#closing')).toContainText('本通知自2025年3月1日起施行。');
	await expect(page.locator('#signature')).toContainText('国家数据局');
	await expect(page.locator('#date')).toContainText('2025年1月16日');
	const outline = page.getByRole('navigation', { name: '目录' });
	await expect(outline.getByRole('link', { name: /^五 加强指导监督$/ })).toBeVisible();
	await expect(outline.getByRole('link', { name: '署名' })).toHaveCount(0);
});

test('home groups the texts national → province → city, under headings', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const regs = page.getByRole('region', { name: '法规文件' });
	// national first, then each province with its own text and its cities, each with its count
	await expect(regs.getByRole('heading', { level: 3 })).toHaveText([
		'国家文件 （4 件）',
		'河南省 （1 件）',
		'江苏省 （1 件）',
		'浙江省 （1 件）',
		'辽宁省 （1 件）',
		'山东省 （1 件）'
	]);
	const group = (name: RegExp) => regs.locator('details', { has: page.getByRole('heading', { name }) });
	const national = group(/^国家文件/);
	await expect(national.locator('[data-region]')).toHaveCount(4);
	await expect(group(/^山东省/).locator('[data-region="taian"]')).toHaveCount(1);
	await expect(group(/^浙江省/).locator('[data-region="quzhou"]')).toHaveCount(1);
	// a national citation previews its clause
	const cite = national.locator('[data-region="nationalSpec"]').getByRole('link', { name: '第二十七条' });
	await cite.focus();
	await expect(page.getByRole('tooltip')).toContainText('有效期5年');
	await national.locator('[data-region="nationalSpec"]').getByRole('link', { name: '阅读全文' }).click();
	await expect(page).toHaveURL(/\/regions\/nationalSpec\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('公共数据资源授权运营实施规范（试行）');
});

test('the reader index lists the levels too', async ({ page }) => {
	await page.goto('/regions/');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['国家文件', '省级规定', '市级规定']);
	await expect(page.locator('[data-level="national"] [data-region]')).toHaveCount(4);
});

test('search finds a national clause and links to it', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const box = page.getByRole('banner').getByRole('searchbox');
	await box.fill('不可复原或灭失');
	const group = page.getByRole('banner').locator('.panel').getByRole('region', { name: '登记办法' });
	await expect(group.locator('mark').first()).toHaveText('不可复原或灭失');
	await group.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/regions\/nationalRegistration\/#art-9-4-1$/);
	await expect(page.locator('#art-9-4-1')).toBeInViewport();
});

test('national documents are not rule regions: the simulator offers the five regions only', async ({
	page
}) => {
	await page.goto('/simulate/');
	await hydrated(page);
	const options = await page.getByLabel('地区').locator('option').allTextContents();
	expect(options.slice(0, 5)).toEqual(['衢州', '营口', '泰安', '河南', '江苏']);
	for (const name of ['实施规范', '登记办法', '价格通知', '流通安全方案'])
		expect(options).not.toContain(name);
});

for (const id of NATIONAL) {
	test(`axe: no violations on /regions/${id}/`, async ({ page }) => {
		await page.goto(`/regions/${id}/`);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}
