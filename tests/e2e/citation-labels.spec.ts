// A citation's label ("第二十七条", "三十第一段") comes from its document's clause labels, built at build time
// (corpus/labels): the prerendered HTML carries the labels, hydration keeps them, and the pages that draw
// citations in the browser draw them with their labels — no document's text is fetched or parsed for a label.
// The text loads when a reader asks for it: a citation's preview.
import { expect, test, type Page } from '@playwright/test';
import { answerAllFacts, hydrated } from './helpers';

/** A region's text chunk (source.txt?raw: "_app/immutable/regions/<id>.text.<hash>.js"). */
const TEXT_CHUNK = /\/_app\/immutable\/regions\/[^/]+\.text\.[^/]+\.js$/u;
/** A clause id standing where its label should (art-27, sec-30-p1, 实施规范 art-2 …). */
const RAW_ID = /(^|\s)(art|sec|ch|item)-\d/u;

/** Every text a visible citation has shown since the page started (recorded from before its first paint). */
async function recordCitations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { citationTexts: string[] }).citationTexts = seen;
		const record = () =>
			document.querySelectorAll<HTMLElement>('a.cite').forEach((a) => {
				const t = a.textContent ?? '';
				if (a.checkVisibility() && !seen.includes(t)) seen.push(t);
			});
		new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
	});
	return () => page.evaluate(() => (window as unknown as { citationTexts: string[] }).citationTexts);
}

test('the prerendered page carries the labels, and hydration keeps them', async ({ page, request }) => {
	const html = await (await request.get('/regions/')).text();
	expect(html).toMatch(/class="cite[^"]*"[^>]*>(<!---->)?第二十七条/u);
	expect(html).not.toMatch(/class="cite[^"]*"[^>]*>(<!---->)?art-27/u);

	const seen = await recordCitations(page);
	const texts: string[] = [];
	page.on('request', (r) => texts.push(r.url()));
	await page.goto('/regions/');
	await hydrated(page);
	await expect(page.locator('a.cite', { hasText: '第二十七条' }).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await seen()).not.toEqual([]);
	expect((await seen()).filter((t) => RAW_ID.test(t))).toEqual([]);
	expect(texts.filter((u) => TEXT_CHUNK.test(u))).toEqual([]);
});

for (const route of ['/', '/eligibility/', '/compare/', '/timeline/', '/compare/conformity/', '/simulate/'])
	test(`${route}: citations drawn in the browser show their labels from the first draw, without any text`, async ({
		page
	}) => {
		const seen = await recordCitations(page);
		const texts: string[] = [];
		page.on('request', (r) => texts.push(r.url()));
		await page.goto(route);
		await hydrated(page);
		await expect(page.locator('a.cite:visible').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		const shown = await seen();
		expect(shown.length).toBeGreaterThan(1);
		expect(shown.filter((t) => RAW_ID.test(t))).toEqual([]);
		expect(texts.filter((u) => TEXT_CHUNK.test(u))).toEqual([]);
	});

test("/simulate/: a run starts with its citations labelled, the national duties' included", async ({
	page
}) => {
	const seen = await recordCitations(page);
	const texts: string[] = [];
	page.on('request', (r) => texts.push(r.url()));
	await page.goto('/simulate/?today=2026-12-05');
	await hydrated(page);
	await answerAllFacts(page);
	await page.getByRole('button', { name: '开始模拟' }).click();
	await expect(page.getByTestId('sim-change')).toBeFocused();
	const duties = page.getByTestId('national-duties');
	await expect(duties.locator('a.cite', { hasText: '第九条' }).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect((await seen()).filter((t) => RAW_ID.test(t))).toEqual([]);
	expect(texts.filter((u) => TEXT_CHUNK.test(u))).toEqual([]);
});

test("a citation's preview loads its document's text then, and shows the clause", async ({ page }) => {
	const texts: string[] = [];
	page.on('request', (r) => texts.push(r.url()));
	await page.goto('/regions/');
	await hydrated(page);
	const cite = page.locator('a.cite', { hasText: '第二十七条' }).first();
	await expect(cite).toBeVisible();
	expect(texts.filter((u) => TEXT_CHUNK.test(u))).toEqual([]);
	await cite.focus();
	const tip = page.getByRole('tooltip');
	await expect(tip).toContainText('第二十七条');
	// the clause's own words, verbatim from the national specification's text
	await expect(tip.locator('.law-text')).toContainText('本规范');
	expect(texts.filter((u) => TEXT_CHUNK.test(u))).toHaveLength(1);
});

test('in English, the labels switch to the English numbering once the labels are in', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
	await page.goto('/regions/');
	await hydrated(page);
	await expect(page.locator('a.cite', { hasText: 'Art. 27' }).first()).toBeVisible();
	await expect(page.locator('a.cite', { hasText: '第二十七条' })).toHaveCount(0);
});
