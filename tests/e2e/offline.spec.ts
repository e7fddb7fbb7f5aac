import { expect, test } from '@playwright/test';
import { linesOf, makeUnembeddedPdf, nationalTexts } from '../../src/lib/import/test-fixtures';
import { MAIN_ROUTES, hydrated, serviceWorkerReady } from './helpers';

test('after one visit, every route works with the network off, including search', async ({
	page,
	context
}) => {
	// every main route opened and hydrated in turn: 22–26 s on a quiet machine, past the 45 s default on CI's
	// two loaded cores (it measures no time: the routes just take their turn)
	test.slow();
	await page.goto('/');
	await hydrated(page);
	await serviceWorkerReady(page);
	await context.setOffline(true);
	for (const route of MAIN_ROUTES) {
		const res = await page.goto(route);
		expect(res?.ok(), route).toBe(true);
		await hydrated(page);
		await expect(page.getByRole('main'), route).toBeVisible();
	}
	// a hard reload offline
	await page.goto('/regions/taian/#art-14-6');
	await page.reload();
	await expect(page.locator('#art-14-6')).toContainText('不少于6个月');
	// a navigation to the documents page: its code and every document's details (the cards' issuers) from the cache
	await page.goto('/');
	await hydrated(page);
	await page.getByRole('banner').locator('a[href$="regions/"]').first().click();
	await expect(page).toHaveURL(/\/regions\/$/);
	await expect(page.getByRole('main')).toContainText('发改数据规〔2025〕27号');
	// search builds its index offline from the precached texts
	await page.goto('/search/?q=%E6%97%A5%E5%BF%97');
	await expect(page.getByRole('main').getByRole('region', { name: '泰安' })).toBeVisible();
	// an unknown page offline still gets the app's 404 with search
	await page.goto('/no/such/page/');
	await expect(page.getByRole('main').getByRole('search')).toBeVisible();
	await context.setOffline(false);
});

test('the web-app manifest is installable: name, start URL, icons', async ({ request }) => {
	const res = await request.get('/manifest.webmanifest');
	expect(res.ok()).toBe(true);
	const manifest = await res.json();
	expect(manifest.name).toBe('公共数据授权运营规则参考');
	expect(manifest.display).toBe('standalone');
	for (const icon of manifest.icons) {
		const img = await request.get(`/${icon.src}`);
		expect(img.ok(), icon.src).toBe(true);
	}
	expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
});

test('the offline shell leaves the PDF and Word readers out; a PDF imported once online imports offline', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/drafts/');
	await hydrated(page);
	await serviceWorkerReady(page);

	// the build lists the import-only files: PDF.js, its character maps, mammoth — over a megabyte
	const lazy = (await (await page.request.get('/_app/import-only.json')).json()) as string[];
	expect(lazy.filter((f) => f.endsWith('.bcmap')).length).toBeGreaterThan(10);
	expect(lazy.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
	let bytes = 0;
	for (const f of lazy) bytes += (await (await page.request.get(f)).body()).length;
	expect(bytes).toBeGreaterThan(1_500_000);
	const cached = () =>
		page.evaluate(async () => {
			const out: string[] = [];
			for (const key of await caches.keys())
				for (const req of await (await caches.open(key)).keys()) out.push(new URL(req.url).pathname);
			return out;
		});
	const installed = await cached();
	expect(installed).toContain('/drafts/');
	expect(installed.filter((p) => lazy.includes(p))).toEqual([]);

	// one PDF read online (its Chinese font not embedded: the character maps are fetched) …
	const pdf = {
		name: 'itext.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from(makeUnembeddedPdf(linesOf(nationalTexts()['registration-measures']!).slice(0, 10)))
	};
	const section = page.locator('section', { has: page.getByRole('heading', { name: '从法规文件新建草案' }) });
	await section.locator('input[type="file"]').setInputFiles(pdf);
	const summary = section.getByTestId('import-report').getByTestId('import-summary');
	await expect(summary).toHaveText('1 章 4 条 4 项');
	await expect.poll(async () => (await cached()).filter((p) => lazy.includes(p)).length).toBeGreaterThan(2);

	// … and another offline, from the cache
	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	await section.locator('input[type="file"]').setInputFiles(pdf);
	await expect(summary).toHaveText('1 章 4 条 4 项');
	await expect(section.getByTestId('from-file-error')).toHaveCount(0);
	await context.setOffline(false);
});
