import { expect, test, type Page } from '@playwright/test';
import { answerAllFacts, axeViolations, hydrated } from './helpers';

// A journey in Quzhou delivers its first product on 2026-01-05: the national registration measures (登记办法
// 第九条（一）) give 20 working days — last day 2026-02-02, the deadline firing on 2026-02-03. The simulator
// shows it as a national rule with the national clause; the timeline shows the same date from the saved run.
test.describe.configure({ timeout: 120_000 });

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

/** Click the first enabled button for an event (a data condition's passing variant comes first). */
async function send(page: Page, type: string) {
	await page.locator(`.events button[data-event="${type}"]:enabled`).first().click();
}

test('a national deadline on a regional journey: /simulate/ shows it as a national rule, /timeline/ dates it', async ({
	page
}) => {
	await page.goto('/simulate/');
	await hydrated(page);
	await page.getByLabel('地区').selectOption('quzhou');
	await expect(page.locator('.fact .cite').first()).toHaveAttribute('href', /\/regions\/quzhou\//);
	await page.getByLabel('开始日期').fill('2026-01-05');
	await answerAllFacts(page);
	await page.getByRole('button', { name: '开始模拟' }).click();
	await driveToLicence(page);

	// the yearly operating report (价格通知 五) is pending from the start of the term
	await expect(page.locator('.deadlines li[data-deadline="nationalReportOpens"]')).toContainText('国家规定');

	for (const type of [
		'COMPLETE_TRAINING',
		'REQUEST_DATA',
		'APPROVE_DATA_REQUEST',
		'PROCESS_DATA',
		'SUBMIT_PRODUCT',
		'APPROVE_PRODUCT'
	])
		await send(page, type);

	const due = page.locator('.deadlines li[data-deadline="nationalRegistrationDue"]');
	await expect(due).toContainText('2026-02-03');
	await expect(due.locator('.national-tag')).toHaveText('国家规定');
	await expect(due.locator('a.cite').first()).toHaveAttribute(
		'href',
		/\/regions\/nationalRegistration\/#art-9-1$/
	);
	await expect(due.locator('a.cite').first()).toContainText('登记办法');
	// the national event is offered with its party and clause
	const apply = page
		.locator('.events li')
		.filter({ has: page.locator('[data-event="NATIONAL_APPLY_REGISTRATION"]') });
	await expect(apply.locator('.national-tag')).toBeVisible();
	// the duties table and, for Quzhou, that its text is silent on them
	const duties = page.getByTestId('national-duties');
	await expect(duties.locator('tr[data-duty="firstRegistration"]')).toContainText('20个工作日');
	await expect(duties).toContainText('国家规定单独适用');

	expect(await axeViolations(page)).toEqual([]);

	// the deadline fires on the simulated clock: overdue the day after its last day
	await page.getByLabel('前进天数').fill('29');
	await page.getByRole('button', { name: '前进', exact: true }).click();
	await expect(page.getByTestId('sim-today')).toHaveText('2026-02-03');
	await expect(page.locator('.trace tr.national').last()).toContainText('20个工作日内未提交首次登记申请');

	await page.getByRole('button', { name: '保存到资料库' }).click();
	await expect(page.getByText(/已保存为“衢州 · 2026-02-03”/)).toBeVisible();

	await page.goto('/timeline/');
	await hydrated(page);
	await page.getByLabel('协议签订日').fill('2026-01-05');
	await page.getByLabel('叠加已保存的模拟').selectOption({ label: '衢州 · 2026-02-03' });
	const table = page.getByRole('region', { name: '全部日期（表格）' });
	const row = table.locator('tr').filter({ hasText: '国家规定：首次登记申请截止' });
	await expect(row.first()).toContainText('2026-02-02');
	await expect(
		table.locator('tr').filter({ hasText: '国家规定：2026年度经营情况报告截止' }).first()
	).toContainText('2027-03-31');
	await expect(page.locator('.legend').first()).toContainText('国家规定');
	await expect(page.getByTestId('national-duties')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
