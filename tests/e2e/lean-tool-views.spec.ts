// Issue 20, session 9: the heaviest tool pages are frames whose body loads beside them after the first paint.
// The prerendered HTML keeps the heading, the intro and a frame that holds the footer below the fold; the scripts
// it loads at start do not hold the dimension catalogue; the body arrives, deep links (query and #fragment)
// restore the view, keyboard use holds and axe finds nothing.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeViolations, failScriptsContaining, hydrated } from './helpers';

/** A label only the dimension catalogue has. */
const CATALOGUE_LABEL = 'What counts as public data';

/**
 * The texts of the scripts a prerendered page loads at start: its modulepreload links and inline imports, and
 * every module those import statically (the HTML does not always list them all: SvelteKit leaves out a module
 * it first met behind a dynamic import, which the browser then fetches in a second round).
 */
async function startScripts(request: APIRequestContext, path: string) {
	const html = await (await request.get(path)).text();
	const refs = [
		...[...html.matchAll(/<link[^>]+>/g)]
			.filter((m) => m[0].includes('rel="modulepreload"'))
			.map((m) => /href="([^"]+)"/.exec(m[0])![1]!),
		...[...html.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]!)
	];
	expect(refs.length).toBeGreaterThan(3);
	const page = new URL(path, 'http://x/');
	const texts = new Map<string, string>();
	const queue = refs.map((r) => new URL(r, page).href);
	while (queue.length) {
		const url = queue.pop()!;
		if (texts.has(url)) continue;
		const text = await (await request.get(new URL(url).pathname)).text();
		texts.set(url, text);
		for (const m of text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
			queue.push(new URL(m[1]!, url).href);
	}
	return [...texts.values()];
}

const FRAMES: [path: string, heading: string][] = [
	['/compare/conformity/', '对照国家框架'],
	['/compare/clauses/', '对照条文']
];

for (const [path, heading] of FRAMES) {
	test(`${path}: prerendered as its frame, without the dimension catalogue among the start scripts`, async ({
		request,
		browser
	}) => {
		const html = await (await request.get(path)).text();
		expect(html).toContain(heading);
		expect(html).toContain('class="loading-frame');
		const scripts = await startScripts(request, path);
		expect(scripts.some((t) => t.includes(CATALOGUE_LABEL))).toBe(false);

		// as painted before any script, on a phone: the frame keeps the footer below the fold
		const bare = await browser.newContext({
			viewport: { width: 412, height: 823 },
			javaScriptEnabled: false
		});
		const first = await bare.newPage();
		await first.goto(path);
		await expect(first.getByRole('heading', { level: 1 })).toContainText(heading);
		const footerTop = await first.locator('footer').evaluate((f) => f.getBoundingClientRect().top);
		expect(footerTop).toBeGreaterThanOrEqual(823);
		await bare.close();
	});
}

test('/compare/conformity/: the marks arrive beside the page; ?r= and #fragment restore the view', async ({
	page
}) => {
	await page.goto('/compare/conformity/?r=quzhou#mark-conflicts');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('衢州 对照国家框架');
	await expect(page.getByTestId('conformity-summary')).toContainText('衢州 对照国家框架：');
	await expect(page.locator('.loading-frame')).toHaveCount(0);
	await expect(page.locator('section#mark-conflicts')).toBeInViewport();
	// the picked region is the current one in the pick list
	await expect(page.locator('nav.pick a[aria-current="page"]')).toHaveText('衢州');
	expect(await axeViolations(page)).toEqual([]);

	// keyboard: a dimension's link opens its clauses for the same region
	const link = page.locator('tr[data-dimension] th a').first();
	const dimension = await page.locator('tr[data-dimension]').first().getAttribute('data-dimension');
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(
		new RegExp(`/compare/clauses/\\?d=${dimension!.replace(/\./g, '\\.')}&r=quzhou$`, 'u')
	);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('对照条文');
	await expect(page.locator('section.col').first()).toBeVisible();
});

test('/compare/conformity/: an unknown ?r= is said at once, in the frame', async ({ page }) => {
	await page.goto('/compare/conformity/?r=atlantis');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('atlantis');
	await expect(page.getByTestId('conformity-summary')).toHaveCount(0);
});

test('/compare/clauses/: ?d= and the regions restore the view; without ?d= the dimensions to pick, by keyboard', async ({
	page
}) => {
	await page.goto('/compare/clauses/?d=term.maxMonths&r=quzhou,jiangsu&nat=0');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('对照条文');
	await expect(page).toHaveTitle(/^(?!对照条文 ·)/u);
	const cols = page.locator('section.col');
	await expect(cols).toHaveCount(2);
	await expect(cols.nth(0).getByRole('heading', { level: 2 })).toHaveText('衢州');
	await expect(cols.nth(1).getByRole('heading', { level: 2 })).toHaveText('江苏');
	await expect(page.getByRole('heading', { name: '逐词比较', level: 2 })).toBeVisible();
	// the way back keeps the selection
	await expect(page.getByRole('link', { name: /←/u })).toHaveAttribute(
		'href',
		/r=quzhou%2Cjiangsu|r=quzhou,jiangsu/u
	);
	expect(await axeViolations(page)).toEqual([]);

	await page.goto('/compare/clauses/');
	await hydrated(page);
	const pick = page.locator('ul.dims a', { hasText: /./u }).first();
	await expect(pick).toBeVisible();
	await pick.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/compare\/clauses\/\?.*d=/u);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('对照条文');
});

test('/eligibility/: neither the fact catalogue nor the pack schema among the start scripts; saved answers and the draft picker still come', async ({
	page,
	request
}) => {
	const scripts = await startScripts(request, '/eligibility/');
	// a question only the fact catalogue holds
	expect(scripts.some((t) => t.includes('是否明确了数据安全负责人'))).toBe(false);
	const html = await (await request.get('/eligibility/')).text();
	expect(html).toContain('class="draft-frame');

	await page.goto('/eligibility/');
	await hydrated(page);
	await page.getByRole('checkbox', { name: '运营单位' }).check();
	const henan = page.locator('.verdict-card[data-region="henan"]');
	await expect(henan).toHaveAttribute('data-verdict', 'notApplicable');
	// the reach names the roles a text lacks, with the catalogue's words
	await expect(page.getByTestId('verdict-reach').locator('.lacks').first()).not.toBeEmpty();
	// the answers, restored from this device after a reload (the schema loads to check them)
	await page.reload();
	await hydrated(page);
	await expect(henan).toHaveAttribute('data-verdict', 'notApplicable');
	await expect(page.getByRole('checkbox', { name: '运营单位' })).toBeChecked();
	// the draft picker in place of its frame, by keyboard
	await expect(page.locator('.draft-frame')).toHaveCount(0);
	const add = page.getByText('加入一份草案');
	await add.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.draft-slot details')).toHaveAttribute('open', '');
	expect(await axeViolations(page)).toEqual([]);
});

test('/timeline/: the results (documents, exports, chart) load beside the page into the place it keeps', async ({
	page,
	request
}) => {
	const scripts = await startScripts(request, '/timeline/');
	// the exports' calendar file is written by the results part, not by the page's first view
	expect(scripts.some((t) => t.includes('text/calendar'))).toBe(false);
	const html = await (await request.get('/timeline/')).text();
	expect(html).toContain('class="results');

	await page.goto('/timeline/');
	await hydrated(page);
	const docs = page.getByTestId('tl-documents');
	await expect(docs.locator('li[data-region] [data-doc-status]').first()).toBeVisible();
	await expect(page.getByRole('button', { name: '导出日历（.ics）' })).toBeVisible();
	await expect(page.locator('section[aria-labelledby="chart-h"] svg').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

for (const path of ['/timeline/', '/eligibility/', '/simulate/'])
	test(`${path} at 412 px: the draft picker comes into its closed line's place`, async ({ browser }) => {
		const viewport = { width: 412, height: 823 };
		const bare = await browser.newContext({ viewport, javaScriptEnabled: false });
		const first = await bare.newPage();
		await first.goto(path);
		const frame = await first.locator('.draft-frame').evaluate((el) => el.getBoundingClientRect().height);
		await bare.close();
		expect(frame).toBeGreaterThan(10);

		const ctx = await browser.newContext({ viewport });
		const page = await ctx.newPage();
		await page.goto(path);
		await hydrated(page);
		await expect(page.locator('.draft-slot summary')).toBeVisible();
		await expect(page.locator('.draft-frame')).toHaveCount(0);
		const picker = await page.locator('.draft-slot').evaluate((el) => el.getBoundingClientRect().height);
		expect(Math.abs(picker - frame)).toBeLessThanOrEqual(3);
		await ctx.close();
	});

// Session 16: the course list carries each course's entry (built at build time, the cross-region ones too), not
// the cross-region walkthroughs' steps; the question card comes with the generated questions; a course's page is
// its frame, and the course (its player, the walkthrough and its engine) loads beside it.
const STEP_NOTE = '先画两张图'; // a cross-region step's speaker notes
const QUIZ_CARD = '提交答案'; // the question card's button
for (const path of ['/training/', '/training/course/'])
	test(`${path}: neither the walkthroughs' steps nor the question card among the start scripts`, async ({
		request
	}) => {
		const scripts = await startScripts(request, path);
		expect(scripts.some((t) => t.includes(STEP_NOTE))).toBe(false);
		expect(scripts.some((t) => t.includes(QUIZ_CARD))).toBe(false);
	});

test('/training/: the generated questions come with their card, answerable by keyboard; a card that cannot load says so', async ({
	page,
	browser
}) => {
	await page.goto('/training/');
	await hydrated(page);
	const quiz = page.locator('section[aria-labelledby="gen-h"] section.quiz').first();
	await expect(quiz).toBeVisible();
	await quiz.getByRole('radio').first().focus();
	await page.keyboard.press('Space');
	await expect(quiz.getByRole('radio').first()).toBeChecked();
	expect(await axeViolations(page)).toEqual([]);

	// the card's code does not arrive: the section says why, and the courses above stay
	const ctx = await browser.newContext({ serviceWorkers: 'block' });
	await failScriptsContaining(ctx, QUIZ_CARD);
	const fresh = await ctx.newPage();
	await fresh.goto('/training/');
	await hydrated(fresh);
	await expect(fresh.locator('section[aria-labelledby="gen-h"] [role="alert"]')).toContainText(
		'生成的题目未能载入'
	);
	await expect(fresh.locator('main li[data-walkthrough]').first()).toBeVisible();
	await ctx.close();
});

test('/training/course/: the course arrives into its frame; a course part that cannot load says so', async ({
	page,
	request,
	browser
}) => {
	const html = await (await request.get('/training/course/')).text();
	expect(html).toContain('正在载入课程…');

	await page.goto('/training/course/?id=cross-region-differences&mode=trainer');
	await hydrated(page);
	await expect(page.locator('#step-h')).toHaveText('一级还是两级');
	await page.keyboard.press('n');
	await expect(page.getByTestId('trainer-notes')).toContainText(STEP_NOTE);
	expect(await axeViolations(page)).toEqual([]);

	// the course's own code (the chunk that draws the step) does not arrive: the frame says why, and offers a retry
	const ctx = await browser.newContext({ serviceWorkers: 'block' });
	await failScriptsContaining(ctx, 'step-h');
	const fresh = await ctx.newPage();
	await fresh.goto('/training/course/?id=quzhou-full-cycle&mode=trainee');
	await hydrated(fresh);
	await expect(fresh.getByTestId('course-load-error')).toContainText('本课程未能载入');
	await expect(fresh.getByRole('button', { name: '重试' })).toBeVisible();
	await ctx.close();
});
