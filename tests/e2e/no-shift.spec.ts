// Issue 20: no layout shift. What arrives after the first paint (a document's issuer, loaded lazily; the status
// badges, which wait for today's date; the journey's setup) comes into a place the prerendered HTML already
// keeps, of the same height. Each page is measured twice at 412 px: as painted before any script (a context
// with JavaScript off) and once hydrated with its data in; the parts that grew are named. Then the shifts the
// browser itself reports (PerformanceObserver 'layout-shift', CPU slowed down 4×) are summed.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hydrated } from './helpers';

const viewport = { width: 412, height: 823 };

type Box = { key: string; top: number; left: number; height: number };

/** Each matched element's place in the document (top from the document's start, left, height), keyed by `key`. */
const boxes = (page: Page, selector: string, key: string) =>
	page.locator(selector).evaluateAll(
		(els, k) =>
			els.map((el, i) => {
				const r = el.getBoundingClientRect();
				return {
					key: (k && el.getAttribute(k)) || String(i),
					top: Math.round(r.top + window.scrollY),
					left: Math.round(r.left),
					height: Math.round(r.height)
				};
			}),
		key
	);

/** The boxes whose place moved by more than 3 px between the two measures (none missing either side), down or
 * along their line: a line's height rounds differently as text or as a reserved min-height, never by a line. */
function moved(before: Box[], after: Box[]) {
	expect(after.map((b) => b.key)).toEqual(before.map((b) => b.key));
	return after
		.map((a, i) => ({ key: a.key, before: before[i]!, after: a }))
		.filter(
			(d) =>
				Math.abs(d.before.top - d.after.top) > 3 ||
				Math.abs(d.before.left - d.after.left) > 3 ||
				Math.abs(d.before.height - d.after.height) > 3
		);
}

type Case = {
	path: string;
	/** The elements whose place must not change (in document order). */
	selector: string;
	/** The attribute naming each element, for the report. */
	key: string;
	/** Waits until the page's late parts are in. */
	loaded: (page: Page) => Promise<void>;
	/** A page not fixed yet: both its tests are skipped as fixme (none now: /drafts/, /training/ and /simulate/
	 * were fixed in session 9). Remove the flag with the fix. */
	fixme?: boolean;
};

const CASES: Case[] = [
	{
		path: '/regions/',
		// the cards, and the clause each validity line cites: under the place its sentence keeps, it stays put
		// when the dates as written become a sentence counting days (which may take another line)
		selector: 'main article.card, main article.card p.validity a.cite',
		key: 'data-region',
		loaded: async (page) => {
			// every card's issuer is in (the details load after the first paint)
			const n = await page.locator('main article.card').count();
			expect(n).toBeGreaterThan(0);
			await expect(
				page.locator('main article.card p.facts:not(.outside)', { hasText: '发文机关' })
			).toHaveCount(n);
		}
	},
	{
		path: '/drafts/',
		selector: 'main form.new, main form.new label, main form.new button[type="submit"]',
		key: 'for',
		loaded: async (page) => {
			await expect(page.locator('main form.new .status-badge[data-doc-status]').first()).toBeVisible();
		}
	},
	{
		path: '/training/',
		selector: 'main li[data-walkthrough]',
		key: 'data-walkthrough',
		loaded: async (page) => {
			const n = await page.locator('main li[data-walkthrough]').count();
			expect(n).toBeGreaterThan(0);
			await expect(
				page.getByTestId('course-sources').locator('.status-badge[data-doc-status]').first()
			).toBeVisible();
			await expect(page.getByTestId('course-sources')).toHaveCount(n);
		}
	},
	{
		path: '/library/',
		selector: 'main .storage button',
		key: 'class',
		loaded: async (page) => {
			// the storage estimate is in
			await expect(page.locator('main .storage span').first()).toBeVisible();
		}
	},
	{
		path: '/simulate/',
		selector: 'main form.setup, main form.setup > label, main form.setup > button',
		key: 'for',
		loaded: async (page) => {
			await expect(page.locator('main form.setup select').nth(1)).toBeEnabled();
			await expect(page.getByTestId('sim-doc-start').locator('.status-badge[data-doc-status]')).toBeVisible();
		}
	}
];

async function prerendered(browser: Browser, c: Case) {
	const bare = await browser.newContext({ viewport, javaScriptEnabled: false });
	const page = await bare.newPage();
	await page.goto(c.path);
	const b = await boxes(page, c.selector, c.key);
	await bare.close();
	return b;
}

for (const c of CASES) {
	test(`${c.path} at 412 px: what comes after the first paint keeps the place the prerendered page gave it`, async ({
		browser
	}) => {
		test.fixme(!!c.fixme, 'not fixed yet: see the case');
		const before = await prerendered(browser, c);
		expect(before.length).toBeGreaterThan(0);

		const ctx = await browser.newContext({ viewport });
		const page = await ctx.newPage();
		await page.goto(c.path);
		await hydrated(page);
		await c.loaded(page);
		const after = await boxes(page, c.selector, c.key);
		expect(moved(before, after)).toEqual([]);
		await ctx.close();
	});

	test(`${c.path} at 412 px, CPU 4× slower: the layout shifts the browser reports sum below 0.01`, async ({
		browser
	}) => {
		test.fixme(!!c.fixme, 'not fixed yet: see the case');
		expect(await reportedShifts(browser, c.path, c.loaded)).toBeLessThan(0.01);
	});
}

/** The layout shifts the browser reports (no input before them) while `path` loads at 412 px, CPU 4× slower,
 * until `loaded` holds and two frames after. */
async function reportedShifts(browser: Browser, path: string, loaded: (page: Page) => Promise<void>) {
	const ctx = await browser.newContext({ viewport });
	const page = await ctx.newPage();
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(() => {
		const w = window as unknown as { __cls: number };
		w.__cls = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.__cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(path);
	await hydrated(page);
	await loaded(page);
	// two frames after the last change, so its shift (if any) is reported
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))
	);
	const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
	await ctx.close();
	return cls;
}

// A course's page is prerendered as its frame (the course is named in the address): the frame keeps a screen's
// height, so the footer waits below the fold, and the course shows once its texts and citations' labels are in —
// its quotes and its sources' status lines do not grow after it shows (session 16: 0.34 at 412 px before).
for (const id of ['quzhou-full-cycle', 'cross-region-differences'])
	test(`/training/course/?id=${id} at 412 px: the frame keeps the footer below the fold; the course arrives without a shift`, async ({
		browser
	}) => {
		const path = `/training/course/?id=${id}&mode=trainee`;
		const bare = await browser.newContext({ viewport, javaScriptEnabled: false });
		const first = await bare.newPage();
		await first.goto(path);
		await expect(first.getByRole('heading', { level: 1 })).toHaveText('岗前培训演练');
		await expect(first.getByText('正在载入课程…')).toBeVisible();
		expect(
			await first.locator('footer').evaluate((f) => f.getBoundingClientRect().top)
		).toBeGreaterThanOrEqual(viewport.height);
		await bare.close();

		const cls = await reportedShifts(browser, path, async (page) => {
			await expect(page.locator('#step-h')).toBeVisible();
			// the first step's quotes show their text, and every source its status
			const quotes = page.locator('.step blockquote');
			await expect(quotes.first()).toBeVisible();
			await expect(quotes.filter({ hasText: '正在载入条文' })).toHaveCount(0);
			await expect(
				page.getByTestId('course-sources').locator('.status-badge[data-doc-status]').first()
			).toBeVisible();
		});
		expect(cls).toBeLessThan(0.01);
	});
