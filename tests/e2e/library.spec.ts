import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { hydrated, serviceWorkerReady } from './helpers';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>甲公司';

test('save, reload, offline, reopen, rename, tag, duplicate, delete with undo, export and import back', async ({
	page,
	context
}, testInfo) => {
	// save an applicant profile from the eligibility checker
	await page.goto('/eligibility/');
	await hydrated(page);
	await page.getByRole('checkbox', { name: '运营单位' }).check();
	await page.getByLabel('名称').fill(HOSTILE_NAME);
	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(`已保存为“${HOSTILE_NAME}”`)).toBeVisible();
	// a later answer is written back to the saved profile
	await page.getByRole('button', { name: /主体资格/ }).click();
	await page.getByRole('combobox', { name: /法律形式/ }).selectOption({ index: 1 });

	await serviceWorkerReady(page);
	await page.goto('/library/');
	await hydrated(page);
	const item = page.locator('.item').filter({ hasText: '甲公司' });
	await expect(item).toHaveCount(1);
	// the name renders as text
	await expect(item.locator('.saved-name')).toHaveText(HOSTILE_NAME);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	// survives a reload and an offline reload
	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	await expect(page.locator('.item').filter({ hasText: '甲公司' })).toHaveCount(1);
	// reopen it offline: the answers come back
	await page.locator('.item').filter({ hasText: '甲公司' }).getByRole('link', { name: '打开' }).click();
	await hydrated(page);
	await expect(page.getByText(`已载入“${HOSTILE_NAME}”`)).toBeVisible();
	await expect(page.getByRole('checkbox', { name: '运营单位' })).toBeChecked();
	await context.setOffline(false);

	await page.goto('/library/');
	await hydrated(page);
	// rename and tag
	await item.getByRole('button', { name: '重命名' }).click();
	await page.getByRole('textbox', { name: /新名称/ }).fill('乙公司资料');
	await page.getByRole('button', { name: '保存', exact: true }).click();
	const renamed = page.locator('.item').filter({ hasText: '乙公司资料' });
	await expect(renamed).toHaveCount(1);
	await renamed.getByRole('button', { name: '标签' }).click();
	await page.getByRole('textbox', { name: /标签/ }).fill('试点, 2026');
	await page.getByRole('button', { name: '保存', exact: true }).click();
	await expect(renamed).toContainText('#试点');
	// duplicate, then delete the copy and undo
	await renamed.getByRole('button', { name: '复制' }).click();
	const copy = page.locator('.item').filter({ hasText: '乙公司资料（副本）' });
	await expect(copy).toHaveCount(1);
	await copy.getByRole('button', { name: '删除' }).click();
	await expect(copy).toHaveCount(0);
	await page.getByRole('button', { name: '撤销' }).click();
	await expect(copy).toHaveCount(1);

	// export all, delete everything, import the file back
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '全部导出' }).click()
	]);
	const file = testInfo.outputPath('library.json');
	writeFileSync(file, readFileSync((await download.path())!));
	expect(JSON.parse(readFileSync(file, 'utf8')).items).toHaveLength(2);

	// importing the same file again clashes: keep both
	await page.locator('input[type=file]').setInputFiles(file);
	await expect(page.getByText('文件中有 2 项与资料库中已有内容编号相同')).toBeVisible();
	await page.getByRole('button', { name: '都保留（导入的作为新项）' }).click();
	await expect(page.getByText('已导入：新增 2 项，替换 0 项。')).toBeVisible();
	await expect(page.locator('.item')).toHaveCount(4);
});

test('a hostile or malformed file is refused with reasons, and nothing saved is lost', async ({
	page
}, testInfo) => {
	await page.goto('/compare/?r=taian,henan');
	await hydrated(page);
	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(/已保存为/)).toBeVisible();
	await page.goto('/library/');
	await hydrated(page);
	await expect(page.locator('.item')).toHaveCount(1);

	const cases: [string, string][] = [
		['not-json.json', '{ this is not json'],
		[
			'proto.json',
			'{"format":"pdao-library","version":1,"exported":"2026-11-23T00:00:00.000Z","items":[{"__proto__":{"x":1}}]}'
		],
		[
			'wrong-version.json',
			'{"format":"pdao-library","version":99,"exported":"2026-11-23T00:00:00.000Z","items":[]}'
		]
	];
	for (const [name, text] of cases) {
		const file = testInfo.outputPath(name);
		writeFileSync(file, text);
		await page.locator('input[type=file]').setInputFiles(file);
		await expect(page.getByRole('alert')).toContainText('文件未导入，资料库未作任何改动');
		await expect(page.locator('.item')).toHaveCount(1);
	}
	// the saved comparison still opens
	await page.locator('.item').getByRole('link', { name: '打开' }).click();
	await expect(page).toHaveURL(/r=taian%2Chenan|r=taian,henan/);
});

test('when IndexedDB is unavailable the app says so and keeps working in memory', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('/library/');
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('本机存储（IndexedDB）不可用');
	await page.goto('/eligibility/');
	await hydrated(page);
	await page.getByLabel('名称').fill('临时资料');
	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText('已保存为“临时资料”')).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: 'IndexedDB' })).toBeVisible();
});

test('a corrupted saved record is listed as damaged; the rest still list and open', async ({ page }) => {
	await page.goto('/compare/?r=quzhou,henan');
	await hydrated(page);
	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(/已保存为/)).toBeVisible();
	// corrupt the store behind the app's back: a row with wrong types and no payload
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('pdao');
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('scenarios', 'readwrite');
					tx.objectStore('scenarios').put({ id: 'broken-1', kind: 42, name: null, tags: 'x' });
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				req.onerror = () => reject(req.error);
			})
	);
	await page.goto('/library/');
	await hydrated(page);
	await expect(page.locator('.item')).toHaveCount(2);
	await expect(page.locator('.item[data-item="broken-1"]')).toContainText('已损坏');
	const good = page.locator('.item').filter({ hasText: '规则对照' });
	await good.getByRole('link', { name: '打开' }).click();
	await expect(page).toHaveURL(/r=quzhou%2Chenan|r=quzhou,henan/);
});
