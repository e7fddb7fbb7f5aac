// Regions kept offline follow an app update (issue 18): deploy A, keep a province offline, deploy B in which
// one of the region's files changed name (as a changed chunk does); once B activates, the kept cache holds B's
// file, not A's, and the region's page is still there.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedPaths, deployNewWorker, hydrated, serviceWorkerReady } from './helpers';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 7;
let server: ChildProcess | undefined;

test.afterEach(() => {
	server?.kill();
});

const keptPaths = (page: Page) => cachedPaths(page, 'pdao-offline');

test('a region kept offline is refreshed when a new version activates: new files in, old ones out', async ({
	page
}, info) => {
	test.setTimeout(90_000);
	const site = info.outputPath('site');
	rmSync(site, { recursive: true, force: true });
	cpSync('build', site, { recursive: true });
	server = spawn('node', ['scripts/serve.mjs', site, String(PORT), '/'], { stdio: 'ignore' });
	const url = `http://127.0.0.1:${PORT}`;
	await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);

	// version A: Shandong (Tai'an) kept offline on purpose
	await page.goto(`${url}/offline/`);
	await hydrated(page);
	await serviceWorkerReady(page);
	// a small corpus: every document is fetched after the first visit anyway, and the page says so
	await expect(page.getByTestId('offline-all-fetched')).toContainText('首次访问后');
	await page
		.locator('tr[data-group="province:山东省"]')
		.getByRole('button', { name: /将山东省保存为离线可用/ })
		.click();
	await expect(page.getByTestId('offline-status')).toContainText('山东省已可离线使用');
	const listFile = join(site, '_app/regions.json');
	const list = JSON.parse(readFileSync(listFile, 'utf8'));
	const old: string = list.regions.taian.files.find((f: string) => f.endsWith('.js'));
	expect(await keptPaths(page)).toEqual(expect.arrayContaining(['/regions/taian/', old]));

	// version B: one of Tai'an's files under a new name, and a new service worker (new version id)
	const renamed = old.replace(/\.js$/, '-b.js');
	cpSync(join(site, old), join(site, renamed));
	list.regions.taian.files = list.regions.taian.files.map((f: string) => (f === old ? renamed : f));
	writeFileSync(listFile, JSON.stringify(list));
	await deployNewWorker(page, site);
	await expect(page.getByText('有新版本可用')).toBeVisible({ timeout: 15_000 });
	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '刷新以更新' }).click()]);
	await hydrated(page);

	await expect.poll(() => keptPaths(page), { timeout: 15_000 }).toContain(renamed);
	const after = await keptPaths(page);
	expect(after).not.toContain(old);
	expect(after).toContain('/regions/taian/');
	// the province still counts as kept
	await expect(page.locator('tr[data-group="province:山东省"] td').first()).toContainText('已离线 1 / 1 件');
});
