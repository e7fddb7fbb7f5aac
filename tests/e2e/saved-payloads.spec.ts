// A saved item's payload is checked for its kind when opened: a run whose rules no longer replay it says so
// in the simulator and on the timeline, an unreadable run names the field, and nothing is opened silently.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

/** Start a Quzhou run on a fixed day and save it; returns the saved item's id. */
async function saveRun(page: Page): Promise<string> {
	await page.goto('/simulate/');
	await hydrated(page);
	await page.getByLabel('开始日期').fill('2026-01-05');
	await page.getByRole('button', { name: '开始模拟' }).click();
	await expect(page.getByTestId('sim-status')).toBeVisible();
	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(/已保存为“衢州 · 2026-01-05”/)).toBeVisible();
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const req = indexedDB.open('pdao');
				req.onsuccess = () => {
					const tx = req.result.transaction('scenarios', 'readonly');
					const all = tx.objectStore('scenarios').getAll();
					all.onsuccess = () => {
						req.result.close();
						resolve((all.result as { id: string; kind: string }[]).find((r) => r.kind === 'simulation')!.id);
					};
					all.onerror = () => reject(all.error);
				};
				req.onerror = () => reject(req.error);
			})
	);
}

/** Change the stored payload behind the app's back. */
async function spoil(page: Page, id: string, how: 'snapshot' | 'shape') {
	await page.evaluate(
		({ id, how }) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('pdao');
				req.onsuccess = () => {
					const tx = req.result.transaction('payloads', 'readwrite');
					const store = tx.objectStore('payloads');
					const get = store.get(id);
					get.onsuccess = () => {
						const row = get.result as { id: string; payload: Record<string, unknown> };
						const p = row.payload;
						// a snapshot the script no longer reaches: what a change of the rules does to a saved run
						if (how === 'snapshot') (p.snapshot as { context: { renewals: number } }).context.renewals = 7;
						else p.start = 'not a date';
						store.put(row);
					};
					tx.oncomplete = () => {
						req.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				req.onerror = () => reject(req.error);
			}),
		{ id, how }
	);
}

test('a run whose rules changed says so in the simulator and on the timeline', async ({ page }) => {
	const id = await saveRun(page);
	await spoil(page, id, 'snapshot');
	await page.goto(`/simulate/?item=${id}`);
	await hydrated(page);
	await expect(page.locator('.message')).toHaveText(/规则已有变化，无法按原样恢复/);
	await expect(page.getByTestId('sim-status')).toHaveCount(0);

	await page.goto('/timeline/');
	await hydrated(page);
	await page.getByLabel('叠加已保存的模拟').selectOption({ label: '衢州 · 2026-01-05' });
	await expect(page.getByRole('alert').filter({ hasText: '规则已有变化' })).toBeVisible();
});

test('an unreadable run names the field and opens nothing', async ({ page }) => {
	const id = await saveRun(page);
	await spoil(page, id, 'shape');
	await page.goto(`/simulate/?item=${id}`);
	await hydrated(page);
	await expect(page.locator('.message')).toContainText('start');
	await expect(page.locator('.message')).toContainText('未打开');
	await expect(page.getByTestId('sim-status')).toHaveCount(0);
});

test('an unreadable saved comparison names the field and changes nothing', async ({ page }) => {
	await page.goto('/compare/?r=quzhou,henan');
	await hydrated(page);
	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(/已保存为/)).toBeVisible();
	// the selection's query string replaced by a number, behind the app's back
	const id = await page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const req = indexedDB.open('pdao');
				req.onsuccess = () => {
					const db = req.result;
					const all = db.transaction('scenarios', 'readonly').objectStore('scenarios').getAll();
					all.onsuccess = () => {
						const id = (all.result as { id: string; kind: string }[]).find(
							(r) => r.kind === 'comparison'
						)!.id;
						const tx = db.transaction('payloads', 'readwrite');
						const store = tx.objectStore('payloads');
						const get = store.get(id);
						get.onsuccess = () => store.put({ ...get.result, payload: { params: 42 } });
						tx.oncomplete = () => {
							db.close();
							resolve(id);
						};
						tx.onerror = () => reject(tx.error);
					};
					all.onerror = () => reject(all.error);
				};
				req.onerror = () => reject(req.error);
			})
	);
	await page.goto(`/compare/?r=quzhou,yingkou&item=${id}`);
	await hydrated(page);
	await expect(page.getByText(/未打开/)).toContainText('params');
	// the page keeps its own selection
	await expect(page.getByRole('columnheader', { name: /营口/ })).toBeVisible();
});
