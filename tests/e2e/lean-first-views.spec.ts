// Issue 20: parts a page's first screen does not need load beside it, after the first paint. The prerendered
// HTML keeps the heading and intro (and a frame where the part comes); the part arrives, works, deep links and
// keyboard use hold, and axe finds nothing.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, hydrated } from './helpers';

test('/data/: the dimension list arrives after the page, each dimension linked to its clauses', async ({
	page,
	request
}) => {
	const html = await (await request.get('/data/')).text();
	// prerendered: the heading, the intro and the files, a frame for the list, not the catalogue itself
	expect(html).toContain('rules.json');
	expect(html).toContain('data-testid="data-dimensions-loading"');
	expect(html).not.toContain('term.maxMonths');

	await page.goto('/data/');
	await hydrated(page);
	const link = page.locator('li', { hasText: 'term.maxMonths' }).getByRole('link');
	await expect(link).toBeVisible();
	await expect(page.getByTestId('data-dimensions-loading')).toHaveCount(0);
	const count = await page.locator('ul.dims > li').count();
	expect(count).toBeGreaterThan(50);
	await expect(page.getByRole('heading', { level: 2 })).toContainText(`(${count})`);
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/compare\/clauses\/\?d=term\.maxMonths$/u);
});

test('/data/: axe clean once the list is in', async ({ page }) => {
	await page.goto('/data/');
	await hydrated(page);
	await expect(page.locator('ul.dims').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

/** Whether a script the page has loaded holds `text`. */
const scriptsHold = (page: Page, text: string) =>
	page.evaluate(async (text) => {
		const scripts = performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((u) => u.endsWith('.js'));
		const texts = await Promise.all(scripts.map((u) => fetch(u).then((r) => r.text())));
		return texts.some((t) => t.includes(text));
	}, text);

/** Whether the page has loaded the dimension catalogue (a label only the catalogue has). */
const catalogueLoaded = (page: Page) => scriptsHold(page, 'What counts as public data');

test('/data/ and /drafts/ load without the dimension catalogue; /drafts/ brings it on creating', async ({
	page
}) => {
	await page.goto('/data/');
	await hydrated(page);
	await expect(page.locator('ul.dims').first()).toBeVisible();
	// the probe can fail: once the list is in, the catalogue is among the page's scripts
	expect(await catalogueLoaded(page)).toBe(true);

	await page.goto('/drafts/');
	await hydrated(page);
	const create = page.getByRole('button', { name: '创建并编辑' });
	await expect(create).toBeEnabled();
	expect(await catalogueLoaded(page)).toBe(false);
	await create.click();
	await expect(page).toHaveURL(/\/drafts\/edit\/\?id=/u);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('/search/ on a phone: the footer is below the fold from the first paint, and the status keeps two lines', async ({
	browser
}) => {
	// the prerendered page, as painted before any script: the place for the results already fills the screen
	const bare = await browser.newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: false });
	const first = await bare.newPage();
	await first.goto('/search/');
	const footerTop = await first.locator('footer').evaluate((f) => f.getBoundingClientRect().top);
	expect(footerTop).toBeGreaterThanOrEqual(823);
	await bare.close();

	const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await ctx.newPage();
	await page.goto(`/search/?q=${encodeURIComponent('数据安全')}`);
	await hydrated(page);
	const status = page.locator('main [aria-live="polite"].status');
	await expect(status.locator('p')).toHaveCount(1);
	await expect(status).toContainText(/\d/u);
	// the box is as tall as the count and the progress line together, so neither coming nor going moves what
	// is under it: a second line added in place leaves its height as it is
	const [oneLine, twoLines] = await status.evaluate((box) => {
		const h1 = box.getBoundingClientRect().height;
		const extra = document.createElement('p');
		extra.textContent = '…';
		box.append(extra);
		const h2 = box.getBoundingClientRect().height;
		extra.remove();
		return [h1, h2];
	});
	expect(twoLines).toBeCloseTo(oneLine, 0);
	await ctx.close();
});

test('/eligibility/: the verdicts’ reach keeps the place of its rows until the criteria are in', async ({
	browser
}) => {
	const sizes: [width: number, slack: number][] = [
		[1350, 2],
		[412, 60]
	];
	for (const [width, slack] of sizes) {
		const viewport = { width, height: 900 };
		const bare = await browser.newContext({ viewport, javaScriptEnabled: false });
		const first = await bare.newPage();
		await first.goto('/eligibility/');
		const before = await first.getByTestId('verdict-reach').evaluate((s) => s.getBoundingClientRect().height);
		await bare.close();

		const ctx = await browser.newContext({ viewport });
		const page = await ctx.newPage();
		await page.goto('/eligibility/');
		await hydrated(page);
		const reach = page.getByTestId('verdict-reach');
		await expect(reach.locator('ul.regions > li')).toHaveCount(5);
		const after = await reach.evaluate((s) => s.getBoundingClientRect().height);
		expect(Math.abs(after - before)).toBeLessThanOrEqual(slack);
		await ctx.close();
	}
});

test('/timeline/ on a phone: the results’ place fills the screen before any script, so the footer waits below', async ({
	browser
}) => {
	const bare = await browser.newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: false });
	const page = await bare.newPage();
	await page.goto('/timeline/');
	const footerTop = await page.locator('footer').evaluate((f) => f.getBoundingClientRect().top);
	expect(footerTop).toBeGreaterThanOrEqual(823);
	await bare.close();
});

/** Whether the page has loaded the region registry's manifest (a title only it carries). */
const registryLoaded = (page: Page) =>
	scriptsHold(page, 'Quzhou Implementing Rules for the Authorized Operation');

test('a page that shows no citation loads no citation source: /data/ never fetches the region registry', async ({
	page
}) => {
	// the probe can fail: the home page lists the documents, with their statuses and clauses
	await page.goto('/');
	await hydrated(page);
	await expect(page.locator('article.card[data-region]').first()).toBeVisible();
	expect(await registryLoaded(page)).toBe(true);

	// the citation source (state/citations: the registry, the corpora, the drafts) loads when a citation first
	// asks for it (state/citations-lazy), not with every page
	await page.goto('/data/');
	await hydrated(page);
	await expect(page.locator('ul.dims').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await registryLoaded(page)).toBe(false);
});
