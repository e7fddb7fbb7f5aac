// Search across hundreds of regions (issue 18), against the TEST-ONLY build with synthetic regions:
//
//   npm run build:synthetic
//   E2E_SYNTHETIC=1 E2E_BUILD=build-synthetic E2E_SKIP_SUBPATH=1 npx playwright test tests/e2e/search-at-scale.spec.ts --project=root
//
// The synthetic regions' shards are held back (the network is the test's to control): the first hits must be
// painted from the shards that are in, while the rest are still loading; released, the search completes over
// every shard (merged in slices) and finds every copy.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

test.skip(!process.env.E2E_SYNTHETIC, 'needs the synthetic test-only build (see the top of this file)');
// page.route does not see what a service worker fetches
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ request }) => {
	// the build must really be the synthetic one with SYNTHETIC copies: fail, not pass vacuously
	const list = await (await request.get('/_app/regions.json')).json();
	expect(Object.keys(list.regions).filter((id) => id.startsWith('syn-')).length).toBe(SYNTHETIC);
});

/** Synthetic regions in the build (npm run build:synthetic). */
const SYNTHETIC = 60;

/** A region's search shard (a prebuilt chunk: its clauses and serialized index, as a string). */
const isSyntheticShard = (body: string) => /^[^`]{0,40}`\{"region":"syn-\d+","docs":\[/.test(body);

/** Holds every synthetic region's shard until `release` is called; counts the shards held. */
async function holdSyntheticShards(page: Page) {
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	const held = { count: 0 };
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (isSyntheticShard(body)) {
			held.count++;
			await released;
		}
		await route.fulfill({ response, body });
	});
	return { release, held };
}

/** Shards not held back that the progress line has not counted yet (60 synthetic regions are held). */
async function unheldLeft(page: Page): Promise<number> {
	const text = (await page.getByTestId('search-progress').textContent()) ?? '';
	const m = /已检索 (\d+)\/(\d+) 份文件/.exec(text);
	return m ? Number(m[2]) - SYNTHETIC - Number(m[1]) : -1;
}

test('the first hits paint from the shards in while the others still load; then every region answers', async ({
	page
}) => {
	const { release, held } = await holdSyntheticShards(page);
	await page.goto(`/search/?q=${encodeURIComponent('不少于6个月')}`);
	await hydrated(page);
	const main = page.getByRole('main');
	// Tai'an and Quzhou (shards not held) answer while every synthetic region's shard is held back
	await expect(main.getByRole('region', { name: '泰安' })).toBeVisible();
	await expect(main.getByRole('region', { name: '衢州' })).toBeVisible();
	const progress = page.getByTestId('search-progress');
	await expect(progress).toContainText(/已检索 \d+\/\d+ 份文件/);
	expect(held.count).toBeGreaterThan(0);
	await expect(main.getByRole('region', { name: /^合成\d+市$/ })).toHaveCount(0);

	release();
	// complete: the progress line goes, and every copy of Tai'an answers (each has the clause)
	await expect(progress).toHaveCount(0, { timeout: 30_000 }); // every held shard indexed: slow on a loaded CI
	await expect(main.getByRole('region', { name: '合成060市' })).toBeVisible();
	expect(await main.locator('section.group').count()).toBeGreaterThanOrEqual(62);
});

test('a query no shard in so far can answer keeps going through every arriving shard', async ({ page }) => {
	const { release } = await holdSyntheticShards(page);
	await page.goto(`/search/?q=${encodeURIComponent('量子纠缠')}`);
	await hydrated(page);
	const progress = page.getByTestId('search-progress');
	// every shard not held back is queried as it arrives (none has a hit, so none is skipped)
	await expect.poll(() => unheldLeft(page)).toBe(0);
	await expect(page.getByRole('main').locator('a.result')).toHaveCount(0);
	release();
	await expect(progress).toHaveCount(0, { timeout: 30_000 }); // every held shard indexed: slow on a loaded CI
	await expect(page.getByRole('main')).toContainText('没有找到与“量子纠缠”匹配的条款');
});
