import { expect, test } from '@playwright/test';
import { axeViolations, hydrated } from './helpers';

test('a new applicant fills the questionnaire, gets cited verdicts, opens a clause, prints the report', async ({
	page
}) => {
	await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
	await page.goto('/eligibility/');
	await hydrated(page);
	const verdict = (region: string) => page.locator(`.verdict-card[data-region="${region}"]`);
	// nothing answered: no region passes silently
	for (const r of ['quzhou', 'yingkou', 'taian', 'henan', 'jiangsu'])
		await expect(verdict(r)).toHaveAttribute('data-verdict', 'needsReview');

	// role: operator
	await page.getByRole('checkbox', { name: '运营单位' }).check();
	// a role Henan does not have → not applicable there (not "not eligible"), with Henan's own roles cited
	await expect(verdict('henan')).toHaveAttribute('data-verdict', 'notApplicable');

	// security topic: a major data-security incident in 2025
	await page.getByRole('button', { name: /网络与数据安全/ }).click();
	await expect(page.getByRole('heading', { name: '网络与数据安全' })).toBeFocused();
	await page.getByRole('button', { name: '添加一次事件' }).click();
	const incident = page.getByRole('group', { name: '事件 1' });
	await incident.getByLabel('发生日期').fill('2025-06-01');
	await incident.getByLabel('发生日期').dispatchEvent('change');
	await incident.getByRole('radio', { name: '是', exact: true }).check();
	await expect(verdict('quzhou')).toHaveAttribute('data-verdict', 'notEligible');
	await expect(verdict('taian')).toHaveAttribute('data-verdict', 'notEligible');

	// the answer is saved on this device
	await expect(page.getByText('答案已自动保存在本机')).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(verdict('quzhou')).toHaveAttribute('data-verdict', 'notEligible');

	// expand Quzhou: the unmet criterion quotes the text and cites 十三·1
	await verdict('quzhou').locator('summary').click();
	const crit = verdict('quzhou').locator('[data-criterion="incidents"]');
	await expect(crit).toHaveClass(/unmet/);
	await expect(crit).toContainText('近３年未发生网络安全或数据安全事件');
	await crit.getByRole('link', { name: '十三·1' }).click();
	await expect(page).toHaveURL(/\/regions\/quzhou\/#sec-13-1$/);
	await page.goBack();
	await hydrated(page);

	// print: a dated report with every verdict expanded
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(page.getByText('申请资格自查报告 · 2026-11-23')).toBeVisible();
	await expect(verdict('jiangsu').locator('details')).toHaveAttribute('open', '');
	await expect(page.getByRole('navigation', { name: '问题分组' })).toBeHidden();
});

test('axe: no violations on the questionnaire with answers and open verdicts', async ({ page }) => {
	await page.goto('/eligibility/');
	await hydrated(page);
	await page.getByRole('checkbox', { name: '开发主体', exact: true }).check();
	await page.locator('.verdict-card[data-region="jiangsu"] summary').click();
	expect(await axeViolations(page)).toEqual([]);
});
