// Hundreds of regions (issue 18), against the TEST-ONLY build with synthetic regions — never the normal build:
//
//   npm run build:synthetic          # 60 copies of taian (syn-001 …) over the provinces, in build-synthetic/
//   E2E_SYNTHETIC=1 E2E_BUILD=build-synthetic E2E_SKIP_SUBPATH=1 npx playwright test tests/e2e/regions-at-scale.spec.ts --project=root
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { pageBytes } from '../../bench/bytes.mjs';
import { axeViolations, cachedPaths, hydrated, serviceWorkerReady } from './helpers';

test.skip(!process.env.E2E_SYNTHETIC, 'needs the synthetic test-only build (see the top of this file)');

test.beforeEach(async ({ request }) => {
	// the build must really be the synthetic one: fail, not pass vacuously
	const list = await (await request.get('/_app/regions.json')).json();
	expect(Object.keys(list.regions).filter((id) => id.startsWith('syn-')).length).toBeGreaterThanOrEqual(60);
	expect(list.all).toBe(false);
});

test('first views do not grow with the regions: the same bytes (±2%) as in the normal build', () => {
	// deterministic (bytes, never times): the normal build is build/ (`npm run build`, made before this spec
	// in `npm test`); the synthetic one holds 60 more regions. What grows with them (the region registry, the
	// picker's list) loads after the first view, beside the page.
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const normal = join(root, 'build');
	const synthetic = join(root, process.env.E2E_BUILD ?? 'build-synthetic');
	expect(existsSync(join(normal, 'index.html')), 'run `npm run build` first').toBe(true);
	expect(normal).not.toBe(synthetic);
	const gzip = (dir: string, route: string) => pageBytes(dir, route).gzip;
	for (const route of ['/', '/search/', '/compare/']) {
		const ratio = gzip(synthetic, route) / gzip(normal, route);
		expect(Math.abs(ratio - 1), `${route}: synthetic / normal = ${ratio.toFixed(3)}`).toBeLessThanOrEqual(
			0.02
		);
	}
});

test('the region picker holds the synthetic set: grouped by province, searchable, pinned', async ({
	page
}) => {
	await page.goto('/eligibility/?regions=taian');
	await hydrated(page);
	const picker = page.getByTestId('region-chooser-picker');
	await expect(picker.getByText('显示 65 / 65 个')).toBeVisible();
	// folded provinces with counts; the one holding the chosen region open
	const guangdong = picker.locator('details[data-group="province:广东省"]');
	await expect(guangdong.locator('summary')).toContainText('（2）');
	await expect(guangdong).not.toHaveAttribute('open');
	await expect(picker.locator('details[data-group="province:山东省"]')).toHaveAttribute('open');
	await expect(page.locator('.verdict-card')).toHaveCount(1);

	await picker.getByRole('searchbox').fill('合成017');
	await expect(picker.getByText('显示 1 / 65 个')).toBeVisible();
	await picker.getByRole('checkbox', { name: '合成017市' }).check();
	await expect(page).toHaveURL(/regions=taian%2Csyn-017|regions=taian,syn-017/);
	await expect(page.locator('.verdict-card')).toHaveCount(2);
	await expect(page.locator('.verdict-card[data-region="syn-017"]')).toBeVisible();

	await picker.getByRole('button', { name: '置顶 合成017市' }).click();
	await page.reload();
	await hydrated(page);
	const pinned = page.getByTestId('region-chooser-picker').locator('[data-group="pinned"]');
	await expect(pinned.getByRole('checkbox', { name: '合成017市' })).toBeChecked();
	expect(await axeViolations(page)).toEqual([]);
});

test('eligibility with many regions: nothing is evaluated until a region is chosen', async ({
	page,
	request
}) => {
	// each region's own files, as the build lists them: what the page fetched shows which regions it loaded
	const list = (await (await request.get('/_app/regions.json')).json()) as {
		regions: Record<string, { files: string[] }>;
	};
	const owner = new Map<string, string>();
	for (const [id, r] of Object.entries(list.regions))
		for (const f of r.files) if (!f.endsWith('/')) owner.set(f, id);
	const loaded = new Set<string>();
	page.on('request', (r) => {
		const id = owner.get(new URL(r.url()).pathname);
		if (id) loaded.add(id);
	});
	await page.goto('/eligibility/');
	await hydrated(page);
	await expect(page.getByTestId('elig-pick-first')).toContainText('共 65 个地区');
	await expect(page.locator('#topic-heading')).toHaveText('申请的地区');
	await expect(page.locator('.verdict-card')).toHaveCount(0);
	const picker = page.getByTestId('region-chooser-picker');
	await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(0);
	expect([...loaded].filter((id) => id.startsWith('syn-'))).toEqual([]);

	await picker.getByRole('searchbox').fill('合成017');
	await picker.getByRole('checkbox', { name: '合成017市' }).check();
	await expect(page).toHaveURL(/regions=syn-017/);
	await expect(page.getByTestId('elig-pick-first')).toHaveCount(0);
	await expect(page.locator('.verdict-card')).toHaveCount(1);
	await expect(page.locator('.verdict-card[data-region="syn-017"]')).toBeVisible();
	// the chosen region's criteria were fetched, and no other synthetic region's
	expect([...loaded].filter((id) => id.startsWith('syn-'))).toEqual(['syn-017']);
	expect(await axeViolations(page)).toEqual([]);
});

test('home lists documents by province with counts and a status filter', async ({ page }) => {
	await page.goto('/?today=2026-12-05');
	await hydrated(page);
	// folded: no card rendered until a province is opened
	await expect(page.locator('article[data-region]')).toHaveCount(0);
	const shandong = page.locator('details[data-group="province:山东省"]');
	await expect(shandong.locator('summary')).toContainText('（3 件）');
	// every citation drawn from here on, as first drawn: a clause's label, never its id
	await page.evaluate(() => {
		const seen: string[] = ((window as unknown as { citesSeen: string[] }).citesSeen = []);
		new MutationObserver(() => {
			for (const a of document.querySelectorAll('article[data-region] a.cite'))
				seen.push(a.textContent ?? '');
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await shandong.locator('summary').click();
	await expect(shandong.locator('article[data-region]')).toHaveCount(3);
	const seen = await page.evaluate(() => (window as unknown as { citesSeen: string[] }).citesSeen);
	expect(seen.length).toBeGreaterThan(0);
	expect(seen.filter((t) => !/^第.+条/.test(t))).toEqual([]);
	await page.getByRole('button', { name: /已失效/ }).click();
	await expect(page.locator('article[data-region]')).toHaveCount(1);
	await expect(page.locator('article[data-region="jiangsu"]')).toBeVisible();
});

test('offline: the shell is kept; a region opened once stays; a province kept on purpose works', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await hydrated(page);
	await serviceWorkerReady(page);
	const installed = await cachedPaths(page);
	expect(installed).toContain('/eligibility/');
	expect(installed).not.toContain('/regions/syn-005/');
	expect(installed).not.toContain('/regions/syn-006/');

	// opened once, online
	await page.goto('/regions/syn-005/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('泰安');
	await expect.poll(async () => (await cachedPaths(page)).includes('/regions/syn-005/')).toBe(true);

	await context.setOffline(true);
	await page.goto('/regions/syn-005/#art-14-6');
	await page.reload();
	await hydrated(page);
	await expect(page.locator('#art-14-6')).toContainText('不少于6个月');
	// never opened: not there offline (the app's 404, which says so)
	const missing = await page.goto('/regions/syn-006/');
	expect(missing?.status()).toBe(404);
	await context.setOffline(false);

	// a province kept on purpose, its size shown first
	await page.goto('/offline/');
	await hydrated(page);
	// many documents: only what is opened or kept is offline, so no "everything is fetched" note
	await expect(page.getByTestId('offline-status')).toBeAttached();
	await expect(page.getByTestId('offline-all-fetched')).toHaveCount(0);
	const row = page.locator('tr[data-group="province:四川省"]');
	await expect(row.locator('td').nth(1)).toContainText(/\d+ kB|MB/);
	await row.getByRole('button', { name: /将四川省保存为离线可用（约 .+）/ }).click();
	await expect(page.getByTestId('offline-status')).toContainText('四川省已可离线使用');
	await expect(row.locator('td').first()).toContainText('已离线 2 / 2 件');
	expect(await axeViolations(page)).toEqual([]);

	await context.setOffline(true);
	// syn-023 and syn-054 are Sichuan's; never opened, kept on purpose
	await page.goto('/regions/syn-054/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('泰安');
	await context.setOffline(false);

	// removed again
	await page.goto('/offline/');
	await hydrated(page);
	await page
		.locator('tr[data-group="province:四川省"]')
		.getByRole('button', { name: '移除四川省的离线文件' })
		.click();
	await expect(page.getByTestId('offline-status')).toContainText('已移除四川省的离线文件');
	await expect.poll(async () => (await cachedPaths(page)).includes('/regions/syn-054/')).toBe(false);
});

test('compare: five columns by default; the picker adds a synthetic region, its order listed', async ({
	page
}) => {
	await page.goto('/compare/');
	await hydrated(page);
	const table = page.getByRole('table');
	// the dimension, the national baseline, the first five regions
	await expect(table.getByRole('columnheader')).toHaveCount(7);
	const picker = page.getByTestId('compare-region-picker');
	await picker.getByRole('searchbox').fill('合成017');
	await picker.getByRole('checkbox', { name: '合成017市' }).check();
	await expect(page).toHaveURL(/syn-017/);
	await expect(table.getByRole('columnheader')).toHaveCount(8);
	const order = page.getByRole('list', { name: '列的顺序' });
	await expect(order.getByRole('listitem')).toHaveCount(6);
	await expect(order.getByRole('listitem').last()).toContainText('合成017市');
	await page.getByRole('button', { name: '上移 合成017市' }).click();
	await expect(order.getByRole('listitem').nth(4)).toContainText('合成017市');
	expect(await axeViolations(page)).toEqual([]);
});

test('search everything: results across the synthetic regions, shown as shards arrive, then complete', async ({
	page
}) => {
	await page.goto(`/search/?q=${encodeURIComponent('不少于6个月')}`);
	await hydrated(page);
	await expect(page.locator('a.result').first()).toBeVisible();
	// complete: the progress line goes, and every copy of Tai'an answers (each has the clause). 65 shards fetched
	// and indexed: a few seconds alone, longer than expect's 5 s on CI's two loaded cores (failed once there)
	await expect(page.getByTestId('search-progress')).toHaveCount(0, { timeout: 30_000 });
	const groups = page.locator('section.group');
	expect(await groups.count()).toBeGreaterThanOrEqual(61);
	await expect(page.getByRole('region', { name: '合成060市' })).toBeVisible();
});

test('/regions/ and /training/ stay short: provinces folded, a region’s courses once it is chosen', async ({
	page
}) => {
	await page.goto('/regions/');
	await hydrated(page);
	const shandong = page.locator('details[data-group="province:山东省"]');
	await expect(shandong.locator('summary')).toContainText('（3 件）');
	await expect(page.locator('article[data-region]')).toHaveCount(0);
	await shandong.locator('summary').click();
	await expect(shandong.locator('article[data-region]')).toHaveCount(3);

	await page.goto('/training/');
	await hydrated(page);
	const picker = page.getByTestId('training-region-picker');
	await expect(picker).toBeVisible();
	await expect(page.locator('li[data-walkthrough^="syn-017-"]')).toHaveCount(0);
	await picker.getByRole('searchbox').fill('合成017');
	await picker.getByRole('checkbox', { name: '合成017市' }).check();
	await expect(page.locator('li[data-walkthrough^="syn-017-"]').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
