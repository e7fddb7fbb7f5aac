import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { failScriptsContaining, hydrated } from './helpers';

// The files written in both languages (the comparison's JSON, the timeline's CSV and calendar) say the app's own
// words — a document's status, a milestone's note — in English too, while the interface is Chinese: the browser
// loads the English messages only on demand (scripts/english-on-demand.ts), so each of these exports loads them
// first. When they cannot be loaded, the export says so and writes nothing half-translated.

test.describe.configure({ timeout: 120_000 });

const CJK = /[\u4e00-\u9fff]/;

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-12-05T10:00:00+08:00'));
});

async function download(page: Page, button: string): Promise<string> {
	const [file]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return readFileSync((await file.path())!, 'utf8');
}

test('the comparison’s JSON says each document’s status in English while the interface is Chinese', async ({
	page
}) => {
	await page.goto('/compare/?r=quzhou,jiangsu&topic=agreement');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const json = JSON.parse(await download(page, '导出 JSON'));
	const jiangsu = json.columns[1].document.label;
	expect(jiangsu.zh).toContain('已失效');
	expect(jiangsu.en).toContain('lapsed on 2026-11-30');
	expect(jiangsu.en).not.toMatch(CJK);
	const quzhou = json.columns[0].document.label;
	expect(quzhou.en).toContain('validity unknown');
	// the interface stays Chinese
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('button', { name: '导出 JSON' })).toBeVisible();
});

test('the timeline’s CSV and calendar say statuses, reasons and notes in English while the interface is Chinese', async ({
	page
}) => {
	await page.goto('/timeline/');
	await hydrated(page);
	await expect(page.locator('g.lane[data-lane]')).not.toHaveCount(0);

	const csv = await download(page, '导出 CSV');
	const statusRow = csv.split('\r\n').find((l) => l.startsWith('document,jiangsu,'));
	expect(statusRow).toBeDefined();
	expect(statusRow).toContain('已失效');
	expect(statusRow).toContain('lapsed on 2026-11-30');
	// where a text is silent, the reason in both languages
	expect(csv).toContain('The text does not say');

	const cal = await download(page, '导出日历（.ics）');
	const unfolded = cal.replace(/\r\n /g, '');
	expect(unfolded).toMatch(/Document status on 2026-12-05: [^\r\\]*lapsed on 2026-11-30/);
	const enLines = unfolded.split(/\r\n|\\n/).filter((l) => l.startsWith('Document status on '));
	expect(enLines.length).toBeGreaterThan(0);
	for (const l of enLines) expect(l.replace(/“[^”]*”|"[^"]*"/g, '')).not.toMatch(CJK);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test.describe('offline, with the English never downloaded', () => {
	test.use({ serviceWorkers: 'block' });

	test('an export that needs the English says why it cannot be written, and writes nothing', async ({
		page
	}) => {
		// the chunk holding the English messages (found by one of its words) cannot be fetched
		await failScriptsContaining(page, 'Preparing the file…', 'internetdisconnected');
		await page.goto('/compare/?r=quzhou,jiangsu&topic=agreement');
		await hydrated(page);
		let downloads = 0;
		page.on('download', () => downloads++);
		await page.getByRole('button', { name: '导出 JSON' }).click();
		await expect(page.locator('main')).toContainText('英文文本未能加载');
		expect(downloads).toBe(0);
		// the interface is still usable: a CSV briefing (in the interface's language) is written
		const csv = await download(page, '导出 CSV');
		expect(csv).toContain('江苏');
	});
});
