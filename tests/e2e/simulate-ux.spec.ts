import { expect, test, type Page } from '@playwright/test';
import { answerAllFacts, hydrated } from './helpers';
import { INTERNAL_NAME_PATTERNS, internalNames } from './internal-names';

test.describe.configure({ timeout: 120_000 });

async function english(page: Page) {
	await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
}

/** Take enabled forward actions until licensed (never a rejection). */
async function driveToLicence(page: Page, licensed: RegExp) {
	const status = page.getByTestId('sim-status');
	// the region's own admission steps (a national duty's event does not lead to a licence)
	const forward = page
		.locator('.events li:not(.refused):not(:has(.national-tag)) button')
		.filter({
			hasNotText:
				/不予|驳回|不通过|拒绝|不同意|退出|终止|提出异议|异议成立|要求补|撤回|Reject|Refuse|Raise an objection|exit|Terminat|Ask for|withdraw|Uphold|not pass/i
		})
		.first();
	for (let i = 0; i < 25; i++) {
		// wait until the page has settled on one or the other: licensed, or a next step to take (under load the
		// status can lag the click that licensed, and no forward step is left to wait for)
		await expect(status.filter({ hasText: licensed }).or(forward).first()).toBeVisible();
		if (licensed.test((await status.textContent()) ?? '')) return;
		await forward.click();
	}
	await expect(status).toContainText(licensed);
}

test('the patterns catch internal ids and let prose and the law through', () => {
	const hit = (s: string) => INTERNAL_NAME_PATTERNS.some((re) => re.test(s));
	for (const s of [
		'PUBLISH_CALL',
		'licensed.reporting.due',
		'xstate.after.termExpiry',
		'评估：pass',
		'termExpiry'
	])
		expect(hit(s), s).toBe(true);
	for (const s of [
		'第十六条 授权运营期限原则上不超过3年。',
		'Materials pass the pre-review',
		'Status: Licensed',
		'See www.gov.cn for the text.',
		'GB/T 35273'
	])
		expect(hit(s), s).toBe(false);
});

for (const lang of ['zh', 'en'] as const)
	test(`${lang}: no internal name on the simulator, from start to licence, with every section open`, async ({
		page
	}) => {
		if (lang === 'en') await english(page);
		await page.goto('/simulate/?today=2026-12-05');
		await hydrated(page);
		// the start date defaults to today
		await expect(page.locator('input[type="date"]')).toHaveValue('2026-12-05');
		await answerAllFacts(page);
		await page.getByRole('button', { name: lang === 'zh' ? '开始模拟' : 'Start simulation' }).click();
		// after Start: what changed, with focus on it
		const note = page.getByTestId('sim-change');
		await expect(note).toBeFocused();
		await expect(note).toContainText(lang === 'zh' ? '模拟已开始' : 'has started');
		// the statechart is laid out when first opened (nobody waits for a layout they do not look at)
		const diagram = page.locator('details.diagram');
		await expect(diagram).not.toHaveAttribute('open');
		await expect(page.locator('g.state')).toHaveCount(0);
		// one possible action, the rest folded with the reasons
		await expect(page.locator('.events li:not(.refused) button')).not.toHaveCount(0);
		await expect(page.getByTestId('sim-blocked').locator('summary')).toHaveText(
			lang === 'zh' ? /另有 \d+ 项现在不能进行/ : /\d+ more, not possible now/
		);
		await expect(page.locator('.events button[disabled]')).toHaveCount(0);
		expect(await internalNames(page)).toEqual([]);

		// each action says what it changed; the keyboard user lands on the note
		const first = page.locator('.events li:not(.refused) button').first();
		const label = (await first.textContent())!.trim();
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(note).toBeFocused();
		await expect(note).toContainText(label);

		await driveToLicence(page, lang === 'zh' ? /已获授权/ : /Licensed/);
		// the sticky bar: date, status, next deadline
		const bar = page.getByTestId('sim-bar');
		await expect(bar).toContainText(lang === 'zh' ? '下一期限' : 'Next deadline');
		await expect(bar).toHaveCSS('position', 'sticky');
		await page.getByRole('button', { name: lang === 'zh' ? /跳到下一期限/ : /Next deadline:/ }).click();
		await expect(note).toContainText(lang === 'zh' ? '日期：' : 'Date:');
		// the statechart (opened with every section above), the map of outcomes and the trace in words
		await expect(page.locator('g.state.on').first()).toBeVisible();
		await expect(
			page.getByRole('heading', {
				name: lang === 'zh' ? '通往各结局的最短路径' : 'Shortest path to each outcome'
			})
		).toBeVisible();
		expect(await internalNames(page)).toEqual([]);
		await expect(page.locator('svg g.state text').first()).not.toHaveText(/^[a-z]+$/);
	});

test('switching language mid-simulation keeps the run and its trace', async ({ page }) => {
	await page.goto('/simulate/?today=2026-12-05');
	await hydrated(page);
	await answerAllFacts(page);
	await page.getByRole('button', { name: '开始模拟' }).click();
	await page.locator('.events li:not(.refused) button').first().click();
	const rows = await page.locator('table.trace tbody tr').count();
	expect(rows).toBeGreaterThan(0);
	await page.getByRole('button', { name: /切换界面语言/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Trace' })).toBeVisible();
	await expect(page.locator('table.trace tbody tr')).toHaveCount(rows);
	await expect(page.getByTestId('sim-status')).toContainText('Applying');
	expect(await internalNames(page)).toEqual([]);
});

test('on a phone the header shows the current section and nothing overflows', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/training/');
	await hydrated(page);
	await expect(
		page.getByRole('navigation', { name: /主导航|Main/ }).locator('a[aria-current="page"]')
	).toBeInViewport();
	const { scroll, client } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(scroll).toBeLessThanOrEqual(client);
});

for (const lang of ['zh', 'en'] as const)
	test(`${lang}: at 1280 px the header's sections sit in one row`, async ({ page }) => {
		if (lang === 'en') await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await hydrated(page);
		const tops = await page
			.locator('header.site nav li')
			.evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top)))]);
		expect(tops).toHaveLength(1);
		const nav = await page
			.locator('header.site nav')
			.evaluate((e) => ({ s: e.scrollWidth, c: e.clientWidth }));
		expect(nav.s).toBeLessThanOrEqual(nav.c + 1);
	});
