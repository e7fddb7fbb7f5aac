import { expect, test, type Page } from '@playwright/test';
import { answerAllFacts, hydrated, serviceWorkerReady } from './helpers';

// The map of outcomes walks every path of the statechart: in a worker, so the page answers clicks meanwhile; where
// the worker cannot run (its file does not load, or the browser has none), on the page, and the map comes all
// the same.

test.describe.configure({ timeout: 90_000 });

async function startRun(page: Page) {
	await page.goto('/simulate/');
	await hydrated(page);
	await page.getByLabel('开始日期').fill('2026-01-05');
	await answerAllFacts(page);
	await page.getByRole('button', { name: '开始模拟' }).click();
	await expect(page.getByTestId('sim-status')).toContainText('申请中');
}

const mapHeading = (page: Page) => page.getByRole('heading', { name: '通往各结局的最短路径' });
const walked = (page: Page) => page.evaluate(() => document.documentElement.dataset.outcomesWalked ?? '');

test('the outcome map is walked in a worker', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await startRun(page);
	await expect(mapHeading(page)).toBeVisible({ timeout: 30_000 });
	expect(await walked(page)).toBe('worker');
	expect(workers.some((u) => /\/_app\/immutable\/workers\/outcomes\.worker-[\w-]+\.js$/.test(u))).toBe(true);
	// the map names outcomes, each with its steps
	await expect(page.locator('dl dt').first()).toContainText(/步/);
});

const failures: [string, (page: Page) => Promise<unknown>][] = [
	[
		'its file does not load',
		(page) => page.context().route(/\/workers\/outcomes\.worker-/, (r) => r.abort())
	],
	[
		'the browser has no workers',
		(page) =>
			page.addInitScript(() => {
				delete (window as { Worker?: unknown }).Worker;
			})
	]
];
for (const [why, fail] of failures)
	test(`when the worker cannot run (${why}), the map is walked on the page`, async ({ page }) => {
		await fail(page);
		await startRun(page);
		await expect(mapHeading(page)).toBeVisible({ timeout: 30_000 });
		expect(await walked(page)).toBe('page');
	});

test('offline, once the app is kept, the map is walked in the worker (its file is kept with the app)', async ({
	page,
	context
}) => {
	await page.goto('/simulate/');
	await hydrated(page);
	await serviceWorkerReady(page);
	await context.setOffline(true);
	await startRun(page);
	await expect(mapHeading(page)).toBeVisible({ timeout: 30_000 });
	expect(await walked(page)).toBe('worker');
	await context.setOffline(false);
});
