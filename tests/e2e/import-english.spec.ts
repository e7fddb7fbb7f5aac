import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

// The importer's and the split report's words are the app's own (Paraglide messages carried as the words and
// their inputs): after a switch to English the built app says a file's refusal and the report's problems in
// English, and the regulation's own numbering words stay as written.

test.describe.configure({ timeout: 120_000 });

const fromFileSection = (page: Page) =>
	page.locator('section', { has: page.getByRole('heading', { name: "New draft from a regulation's file" }) });

async function inEnglish(page: Page) {
	await page.goto('/drafts/');
	await hydrated(page);
	await page.getByRole('button', { name: /切换界面语言/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('a refused file is said in English', async ({ page }) => {
	await inEnglish(page);
	const section = fromFileSection(page);
	await section.locator('input[type="file"]').setInputFiles({
		name: 'scan.png',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
	});
	await expect(section).toContainText(
		'This is an image: it holds no text to read. Run text recognition (OCR) on it first and import the result.'
	);
	await expect(section).not.toContainText('这是一张图片');
});

test('the split report’s problems and counts are said in English', async ({ page }) => {
	await inEnglish(page);
	const section = fromFileSection(page);
	await section.locator('input[type="file"]').setInputFiles({
		name: 'gap.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(
			'某市公共数据授权运营管理办法\n第一条 为规范管理，制定本办法。\n第四条 本办法自印发之日起施行。\n'
		)
	});
	const report = section.getByTestId('import-report');
	await expect(report.getByTestId('import-summary')).toHaveText('2 articles', { timeout: 30_000 });
	const alert = report.getByRole('alert');
	await expect(alert).toContainText('Numbering runs out of order 1 time (gaps or repeats).');
	await expect(alert).toContainText(
		'Numbering gap: 2 numbers are missing before 第四条 (expected 2, found 4).'
	);
	await expect(alert).not.toContainText('编号不连续');
});
