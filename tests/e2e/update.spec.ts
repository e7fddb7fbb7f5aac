// Service-worker updates never break an open session: deploy A, open it, deploy B; A keeps working, the new
// version is announced, and applying it (on the user's word) reloads into B.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { deployNewWorker, hydrated } from './helpers';

const PORT = 4175;
let server: ChildProcess | undefined;

test.afterEach(() => {
	server?.kill();
});

test('a new version is announced and applied on reload; the open session keeps working', async ({
	page
}, info) => {
	const site = info.outputPath('site');
	rmSync(site, { recursive: true, force: true });
	cpSync('build', site, { recursive: true });
	server = spawn('node', ['scripts/serve.mjs', site, String(PORT), '/'], { stdio: 'ignore' });
	const url = `http://127.0.0.1:${PORT}`;
	await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);

	// version A, controlled by its service worker
	await page.goto(`${url}/regions/taian/`);
	await hydrated(page);
	await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
	const cachesA = await page.evaluate(() => caches.keys());
	expect(cachesA).toHaveLength(1);

	// deploy version B: a new service worker (new version id, new cache)
	await deployNewWorker(page, site);

	// announced, not forced: the open page still works
	await expect(page.getByText('有新版本可用')).toBeVisible({ timeout: 15_000 });
	await page.getByRole('link', { name: '第十四条', exact: true }).click();
	await expect(page.locator('#art-14')).toBeInViewport();

	// applied on the user's word: reload into B, whose cache replaces A's
	// wait for the reload the click causes (not the load state of the page already shown)
	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '刷新以更新' }).click()]);
	await hydrated(page);
	await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-b$/)]);
	await expect(page.getByText('有新版本可用')).toHaveCount(0);
});
