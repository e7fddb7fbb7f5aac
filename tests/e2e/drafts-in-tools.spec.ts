import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerAllFacts, axeViolations, hydrated } from './helpers';

// A saved draft beside the five regulations in the comparison, the simulator, the eligibility checker and the
// timelines. Drafts are seeded straight into IndexedDB ("pdao", schema version 2: a summary row in
// `scenarios`, the payload in `payloads`), built like the sandbox's "clone a region": Tai'an's text, parser
// options and rule values (read from the app's own /data/rules.json), with the term cap changed to 24 months.

test.describe.configure({ timeout: 90_000 });

const TAIAN_SOURCE = readFileSync('src/lib/regions/taian/source.txt', 'utf8');
const NAME = '试点市';

interface Seed {
	id: string;
	/** Term cap in months (Tai'an's own is 36). */
	termMonths?: number;
	/** A payload that is not a draft at all (a damaged record). */
	broken?: boolean;
}

/** Write a draft straight into the library, once the library page has opened (and so created) the database. */
async function seedDraft(page: Page, seed: Seed) {
	if (!page.url().includes('/library/')) {
		await page.goto('/library/');
		await hydrated(page);
	}
	// "export all" is enabled once the page holds the opened repository: the schema is there
	await expect(page.getByRole('button', { name: '全部导出' })).toBeEnabled();
	await page.evaluate(
		async ({ seed, source, name }) => {
			type Row = Record<string, unknown>;
			const data = (await (await fetch('/data/rules.json')).json()) as {
				dimensions: { id: string }[];
				values: Row[];
			};
			const values: Record<string, Row[]> = {};
			for (const d of data.dimensions) values[d.id] = [];
			for (const v of data.values) {
				if (v.region !== 'taian') continue;
				const dv: Row = { from: v.from, value: v.value, summary: v.summary, citations: v.citations };
				if (v.qualifier !== null) dv.qualifier = v.qualifier;
				if (v.note !== null) dv.note = v.note;
				values[v.dimension as string]!.push(dv);
			}
			if (seed.termMonths !== undefined) {
				const [term] = values['term.maxMonths']!;
				values['term.maxMonths'] = [
					{
						...term,
						value: { kind: 'number', value: seed.termMonths, bound: 'atMost' },
						summary: { zh: `一般不超过${seed.termMonths}个月`, en: `generally ${seed.termMonths} months` }
					}
				];
			}
			const draft = seed.broken
				? { format: 'something-else', values: 3 }
				: {
						format: 'pdao-draft/1',
						title: `${name}公共数据开发利用管理办法（草案）`,
						name,
						level: 'city',
						status: ['draft'],
						base: 'taian',
						procedure: 'taian',
						source,
						parse: { scheme: 'articles' },
						values,
						clauseTexts: {},
						notes: '',
						operatorTerm: { zh: '数据运营单位', en: 'data operator' }
					};
			const open = () =>
				new Promise<IDBDatabase>((resolve, reject) => {
					const req = indexedDB.open('pdao');
					req.onsuccess = () => resolve(req.result);
					req.onerror = () => reject(req.error);
				});
			const db = await open();
			if (!db.objectStoreNames.contains('payloads')) throw new Error('the library has no payloads store');
			const now = new Date().toISOString();
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(['scenarios', 'payloads'], 'readwrite');
				tx.objectStore('scenarios').put({
					id: seed.id,
					kind: 'draft',
					name,
					tags: [],
					regions: ['taian'],
					createdAt: now,
					updatedAt: now,
					revision: 1,
					schemaVersion: 1
				});
				tx.objectStore('payloads').put({ id: seed.id, payload: draft });
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ seed, source: TAIAN_SOURCE, name: NAME }
	);
}

async function deleteDraft(page: Page, id: string) {
	await page.evaluate(
		(id) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('pdao');
				req.onsuccess = () => {
					const tx = req.result.transaction(['scenarios', 'payloads'], 'readwrite');
					tx.objectStore('scenarios').delete(id);
					tx.objectStore('payloads').delete(id);
					tx.oncomplete = () => {
						req.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				req.onerror = () => reject(req.error);
			}),
		id
	);
}

/** Click enabled events that move the application forward (never a rejection) until licensed. */
async function driveToLicence(page: Page) {
	const status = page.getByTestId('sim-status');
	for (let i = 0; i < 25; i++) {
		if ((await status.textContent())?.includes('已获授权')) return;
		await page
			.locator('.events li:not(.refused) button')
			.filter({ hasNotText: /不予|驳回|不通过|拒绝|不同意|退出|终止|提出异议|异议成立|要求补|撤回/ })
			.first()
			.click();
	}
	await expect(status).toContainText('已获授权');
}

test('compare: the draft is a sixth column, labelled, its changed term marked different, in the exports', async ({
	page
}) => {
	await seedDraft(page, { id: 'cmp-1', termMonths: 24 });
	await page.goto('/compare/?draft=cmp-1&topic=agreement');
	await hydrated(page);
	const table = page.getByRole('table');
	// the dimension column, the national baseline, the five, and the draft
	await expect(table.getByRole('columnheader')).toHaveCount(8);
	const head = table.locator('th[data-draft="draft-cmp-1"]');
	await expect(head).toContainText('草案');
	await expect(head).toContainText(NAME);
	await expect(head.getByRole('link').first()).toHaveAttribute('href', /\/drafts\/view\/\?id=cmp-1/);
	const term = page.locator('tr[data-dimension="term.maxMonths"]');
	// the draft's column sits next to the row header, before the baseline and the five
	await expect(table.getByRole('columnheader').nth(1)).toHaveAttribute('data-draft', 'draft-cmp-1');
	await expect(term.locator('td').nth(0)).toContainText('不超过24个月（一般）');
	await expect(term.locator('.status')).toContainText('不同');
	// the draft's citation links into its own text
	await expect(term.locator('td').nth(0).locator('a.cite').first()).toHaveAttribute(
		'href',
		/\/drafts\/view\/\?id=cmp-1#art-14-4/
	);
	expect(await axeViolations(page)).toEqual([]);

	// beside its own region alone: the changed term differs, the unchanged cells agree
	await page.goto('/compare/?r=taian&draft=cmp-1&topic=agreement');
	await hydrated(page);
	await expect(table.getByRole('columnheader')).toHaveCount(4);
	await expect(page.locator('tr[data-dimension="term.maxMonths"] .status')).toContainText('不同');
	await expect(page.locator('tbody tr.different')).toHaveCount(1);
	// Tai'an cannot be dropped: one regulation stays beside the draft
	await expect(page.getByRole('checkbox', { name: /泰安/ })).toBeDisabled();

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('compare-taian-draft-cmp-1-topic-agreement.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text).toContain(`草案：${NAME} 条款`);
	expect(text).toContain('不超过24个月（一般）');
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 JSON' }).click()
	]);
	const parsed = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(parsed.selection.draft).toBe('cmp-1');
	expect(parsed.columns[1]).toMatchObject({ region: 'draft-cmp-1', draft: true, name: { zh: NAME } });

	// saved to the library, the comparison reopens with its draft
	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(/已保存为“规则对照：泰安、草案：试点市”/)).toBeVisible();
});

test('compare: a draft is added from the page’s own picker, and removed again', async ({ page }) => {
	await seedDraft(page, { id: 'cmp-2' });
	await page.goto('/compare/?r=quzhou,henan');
	await hydrated(page);
	await page.getByText('加入一份草案').click();
	await expect(page.getByLabel('已保存的草案').locator('option')).toContainText([NAME]);
	await page.getByRole('button', { name: '加入', exact: true }).click();
	await expect(page).toHaveURL(/draft=cmp-2/);
	await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(5);
	// an unchanged clone of Tai'an: its term cap reads as Tai'an's
	await expect(page.locator('tr[data-dimension="term.maxMonths"] td.draft-col')).toContainText(
		'不超过36个月（一般）'
	);
	await page.getByRole('button', { name: '移除草案' }).click();
	await expect(page).not.toHaveURL(/draft=/);
	await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(4);
});

test('simulate: a changed clone runs to licence on its own term cap, cites its own text, replays on Tai’an, saves and reopens', async ({
	page
}) => {
	await seedDraft(page, { id: 'sim-1', termMonths: 24 });
	await page.goto('/simulate/?draft=sim-1');
	await hydrated(page);
	await expect(page.getByLabel('地区')).toHaveValue('draft-sim-1');
	await expect(page.getByLabel('地区').locator('option:checked')).toHaveText(`草案：${NAME}`);
	await page.getByLabel('开始日期').fill('2026-01-05');
	await answerAllFacts(page);
	await page.getByRole('button', { name: '开始模拟' }).click();
	await expect(page.getByTestId('sim-draft')).toContainText('草案');
	await expect(page.getByTestId('sim-draft')).toContainText('按泰安的办理流程模拟');
	await driveToLicence(page);
	// 24 months from 2026-01-05: the last day is 2028-01-04, the term expires the day after
	await expect(page.locator('.deadlines')).toContainText('2028-01-05');
	await expect(page.locator('.deadlines')).not.toContainText('2029-01-05');
	const signed = page
		.locator('.trace tbody tr.milestone')
		.filter({ hasText: /签订|协议|授权/ })
		.last();
	await expect(signed.locator('a.cite[href*="/drafts/view/?id=sim-1#art-14-4"]').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// the same dated script replayed on Tai'an, beside the draft
	await page.getByRole('checkbox', { name: '泰安' }).check();
	await page.getByRole('button', { name: '对照运行' }).click();
	const table = page.locator('table.compare');
	await expect(table.getByRole('columnheader')).toHaveCount(3);
	await expect(table.getByRole('columnheader').nth(1)).toContainText(NAME);

	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(`已保存为“草案：${NAME} · 2026-01-05”`)).toBeVisible();
	await page.goto('/library/');
	await hydrated(page);
	const saved = page.locator('.item').filter({ hasText: `草案：${NAME} · 2026-01-05` });
	const href = await saved.getByRole('link', { name: '打开' }).getAttribute('href');
	await saved.getByRole('link', { name: '打开' }).click();
	await hydrated(page);
	await expect(page.getByTestId('sim-status')).toContainText('已获授权');
	await expect(page.getByTestId('sim-draft')).toContainText(NAME);
	await expect(page.locator('.deadlines')).toContainText('2028-01-05');

	// once the draft is deleted the run says so instead of replaying on something else
	await deleteDraft(page, 'sim-1');
	await page.goto(href!);
	await hydrated(page);
	await expect(page.getByText('这次模拟所依的草案已不存在，无法恢复。')).toBeVisible();
	await expect(page.getByTestId('sim-status')).toHaveCount(0);
});

test('eligibility: the draft’s verdict after the five, labelled, with its own citations', async ({
	page
}) => {
	await seedDraft(page, { id: 'elig-1', termMonths: 24 });
	await page.goto('/eligibility/?draft=elig-1');
	await hydrated(page);
	await page.getByRole('checkbox', { name: '运营单位' }).check();
	const card = page.locator('.verdict-card[data-region="draft-elig-1"]');
	await expect(card).toContainText('草案');
	await expect(card).toContainText(NAME);
	await expect(page.locator('.verdict-card')).toHaveCount(6);
	// the term cap plays no part in eligibility: the clone's verdict is Tai'an's
	const taian = await page.locator('.verdict-card[data-region="taian"]').getAttribute('data-verdict');
	await expect(card).toHaveAttribute('data-verdict', taian!);
	await card.locator('summary').click();
	await expect(card).toContainText('依草案推导的判断');
	await expect(card.locator('a.cite[href*="/drafts/view/?id=elig-1#"]').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('timeline: the draft is one more lane, named as a draft, in the table and the exports', async ({
	page
}) => {
	await seedDraft(page, { id: 'tl-1', termMonths: 24 });
	// the signing date defaults to the app's today: pin it
	await page.goto('/timeline/?draft=tl-1&today=2025-06-01');
	await hydrated(page);
	await expect(page.locator('g.lane[data-lane="draft-tl-1"]')).toBeVisible();
	await expect(page.locator('g.lane[data-lane="draft-tl-1"]')).toContainText(`草案：${NAME}`);
	const table = page.getByRole('region', { name: '全部日期（表格）' });
	await expect(table).toContainText(`草案：${NAME}`);
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 CSV' }).click()
	]);
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text).toContain('draft-tl-1');
	// signed 2025-06-01 for the draft's 24 months: the term's last day
	expect(text).toContain('2027-05-31');
	expect(await axeViolations(page)).toEqual([]);
});

test('a missing, malformed or damaged draft id is said plainly; the five still work', async ({ page }) => {
	await seedDraft(page, { id: 'broken-1', broken: true });
	await page.goto('/compare/?draft=nope');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('找不到这份草案');
	await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(7);

	await page.goto('/simulate/?draft=%3Cb%3Ex%3C%2Fb%3E');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('链接中的草案编号无效');
	await expect(page.getByLabel('地区').locator('option')).toHaveCount(5);

	await page.goto('/eligibility/?draft=broken-1');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('这份草案已损坏');
	await expect(page.locator('.verdict-card')).toHaveCount(5);

	await page.goto('/timeline/?draft=nope');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('找不到这份草案');
	await expect(page.locator('g.lane[data-lane]')).not.toHaveCount(0);
	await expect(page.locator('g.lane[data-lane^="draft-"]')).toHaveCount(0);
});

test('a draft with errors is kept out of the simulator and the timeline, the errors listed with a way to fix them', async ({
	page
}) => {
	await seedDraft(page, { id: 'bad-1', termMonths: 0 });
	await page.goto('/simulate/?draft=bad-1');
	await hydrated(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('改正前不能模拟');
	await expect(alert.getByRole('link', { name: '修改草案' })).toHaveAttribute(
		'href',
		/\/drafts\/edit\/\?id=bad-1/
	);
	await expect(page.getByLabel('地区').locator('option')).toHaveCount(5);

	await page.goto('/timeline/?draft=bad-1');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('改正前不能排入时间线');
	await expect(page.locator('g.lane[data-lane]')).not.toHaveCount(0);
	await expect(page.locator('g.lane[data-lane^="draft-"]')).toHaveCount(0);

	// the comparison still shows it as written, saying it has errors
	await page.goto('/compare/?r=taian&draft=bad-1&topic=agreement');
	await hydrated(page);
	await expect(page.getByText(/草案有 \d+ 处错误，以下按草案原样显示/)).toBeVisible();
	await expect(page.locator('tr[data-dimension="term.maxMonths"] td.draft-col')).toContainText('不超过0个月');
});
