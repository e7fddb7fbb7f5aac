import { expect, test } from '@playwright/test';
import { MAIN_ROUTES, axeViolations, hydrated } from './helpers';

for (const route of MAIN_ROUTES) {
	test(`axe: no violations on ${route}`, async ({ page }) => {
		await page.goto(route);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}

// On a phone, once what loads after the first paint is in (the comparison's matrix and its conformity marks, the
// reader's outline, the timeline's chart): the checks Lighthouse's mobile run makes, touch targets included.
test.describe('at 412 px wide, with everything loaded', () => {
	test.use({ viewport: { width: 412, height: 915 }, hasTouch: true });
	// /compare/'s matrix is ~9,500 elements once every card is laid out; axe's run over it (target-size included)
	// takes ~3.5 s on an idle machine and passed the 45 s test limit once on a loaded 2-core CI run. A limit, not a
	// timing assertion: the checks are the same.
	test.slow();
	for (const route of MAIN_ROUTES) {
		test(`axe: no violations on ${route}`, async ({ page }) => {
			await page.goto(route);
			await hydrated(page);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
			// The stacked comparison's cards are `content-visibility: auto`: the browser skips laying out those far
			// from the screen, and axe measures a skipped card's links wrongly (too small), depending on timing
			// (dequelabs/axe-core#2768; CI failed once on /compare/'s 4th card on). Lay every card out, as scrolling
			// to it would, so that every card's targets are measured as drawn.
			await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test('axe: no violations with search results open, in English', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await page.getByRole('button', { name: /切换界面语言/ }).click();
	await page.getByRole('banner').getByRole('searchbox').fill('数据安全');
	await expect(page.getByRole('banner').locator('mark').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('axe: no violations on the 404 page', async ({ page }) => {
	await page.goto('/regions/atlantis/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
