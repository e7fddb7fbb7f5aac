import { expect, test, type Page } from '@playwright/test';
import { answerAllFacts, hydrated } from './helpers';

// Clicking through a whole journey takes many steps; on a loaded 2-core CI machine give it room.
test.describe.configure({ timeout: 90_000 });

/** Click enabled events that move the application forward (never a rejection) until licensed. */
async function driveToLicence(page: Page) {
	const status = page.getByTestId('sim-status');
	for (let i = 0; i < 25; i++) {
		if ((await status.textContent())?.includes('已获授权')) return;
		const forward = page
			.locator('.events li:not(.refused) button')
			.filter({ hasNotText: /不予|驳回|不通过|拒绝|不同意|退出|终止|提出异议|异议成立|要求补|撤回/ });
		await forward.first().click();
	}
	await expect(status).toContainText('已获授权');
}

for (const region of ['quzhou', 'taian'] as const) {
	test(`a full journey in ${region}: admission, licence, deadlines firing, a refused action with its clause`, async ({
		page
	}) => {
		await page.goto('/simulate/');
		await hydrated(page);
		await page.getByLabel('地区').selectOption(region);
		// the region's journey loads asynchronously: answer its facts, not the previous region's
		await expect(page.locator('.fact .cite').first()).toHaveAttribute(
			'href',
			new RegExp(`/regions/${region}/`)
		);
		await page.getByLabel('开始日期').fill('2026-01-05');
		await answerAllFacts(page);
		await page.getByRole('button', { name: '开始模拟' }).click();
		await expect(page.getByTestId('sim-status')).toContainText('申请中');

		// a refused action says why and cites the clause (folded under "N more, not possible now")
		await page.getByTestId('sim-blocked').locator('summary').click();
		const refused = page.locator('.events li.refused').first();
		await expect(refused.locator('.why')).toContainText('不可');
		await expect(refused.locator('.cite').first()).toBeVisible();

		// the statechart diagram (dagre layout) highlights where the journey stands
		await page.getByText('状态图（当前环节加粗）').click();
		await expect(page.locator('g.state.on').first()).toBeVisible();

		await driveToLicence(page);
		await expect(page.locator('.trace tbody tr')).not.toHaveCount(0);
		await expect(page.locator('.trace tbody tr').first().locator('.cite').first()).toBeVisible();

		// deadlines fire on the simulated clock
		const before = await page.getByTestId('sim-today').textContent();
		const next = page.getByRole('button', { name: /跳到下一期限/ });
		if (await next.count()) {
			await next.click();
			await expect(page.getByTestId('sim-today')).not.toHaveText(before!);
		} else {
			await page.getByRole('button', { name: '+1 个月' }).click();
			await expect(page.getByTestId('sim-today')).toHaveText('2026-02-05');
		}
	});
}

test('compare mode replays the script on other regions and marks divergences; a run saves and reopens', async ({
	page
}) => {
	await page.goto('/simulate/');
	await hydrated(page);
	await page.getByLabel('开始日期').fill('2026-01-05');
	await answerAllFacts(page);
	await page.getByRole('button', { name: '开始模拟' }).click();
	await driveToLicence(page);
	await page.getByRole('checkbox', { name: '泰安' }).check();
	await page.getByRole('checkbox', { name: '江苏' }).check();
	await page.getByRole('button', { name: '对照运行' }).click();
	const table = page.locator('table.compare');
	await expect(table.getByRole('columnheader')).toHaveCount(4);
	await expect(table.locator('tbody tr').last()).toContainText('最终状态');
	await expect(table.locator('tr.diverge').first()).toBeVisible();

	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(/已保存为“衢州 · 2026-01-05”/)).toBeVisible();
	await page.goto('/library/');
	await hydrated(page);
	await page
		.locator('.item')
		.filter({ hasText: '衢州 · 2026-01-05' })
		.getByRole('link', { name: '打开' })
		.click();
	await hydrated(page);
	await expect(page.getByTestId('sim-status')).toContainText('已获授权');
	// a reopened run has its words and its map of outcomes, as a started one does
	await expect(page.locator('table.trace tbody tr').first()).not.toHaveText(/^\s*$/);
	await expect(page.getByRole('heading', { name: '通往各结局的最短路径' })).toBeVisible();
});

test('the eligibility answers drive the simulator’s facts', async ({ page }) => {
	await page.goto('/eligibility/');
	await hydrated(page);
	await page.getByRole('button', { name: /网络与数据安全/ }).click();
	await page.getByRole('button', { name: '添加一次事件' }).click();
	const incident = page.getByRole('group', { name: '事件 1' });
	await incident.getByLabel('发生日期').fill('2025-12-01');
	await incident.getByLabel('发生日期').dispatchEvent('change');
	await page.goto('/simulate/');
	await hydrated(page);
	await page.getByLabel('开始日期').fill('2026-01-05');
	await page.getByRole('button', { name: '使用资格自查中的答案' }).click();
	await expect(page.getByRole('combobox', { name: '近3年未发生网络安全或数据安全事件' })).toHaveValue(
		'false'
	);
	await page.getByRole('button', { name: '开始模拟' }).click();
	await expect(page.getByTestId('sim-status')).toContainText('申请中');
});
