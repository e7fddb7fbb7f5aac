import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

const questions = (page: import('@playwright/test').Page) =>
	page
		.locator('.topics .prog')
		.evaluateAll((els) => els.reduce((n, e) => n + Number(/\/(\d+)/.exec(e.textContent ?? '')?.[1] ?? 0), 0));

test('the regions applied in: fewer questions, their verdicts only, kept in the address', async ({
	page
}) => {
	await page.goto('/eligibility/');
	await hydrated(page);
	// the questions come with the criteria, after the first paint: count them once the verdicts are there
	await expect(page.locator('.verdict-card')).toHaveCount(5);
	const all = await questions(page);
	expect(all).toBeGreaterThan(0);
	const chooser = page.getByTestId('region-chooser');
	for (const r of ['营口', '泰安', '河南', '衢州'])
		await chooser.getByRole('checkbox', { name: r }).uncheck();
	await expect(page).toHaveURL(/regions=jiangsu/);
	await expect(page.locator('.verdict-card')).toHaveCount(1);
	await expect.poll(() => questions(page)).toBeLessThan(all);
	await page.reload();
	await hydrated(page);
	await expect(page.locator('.verdict-card')).toHaveCount(1);
	await expect(chooser.getByRole('checkbox', { name: '江苏' })).toBeChecked();
	await expect(chooser.getByRole('checkbox', { name: '衢州' })).not.toBeChecked();
});

test('a verdict says what fails, what to do and from when it could change, with the clause', async ({
	page
}) => {
	await page.goto('/eligibility/?today=2026-12-05&regions=quzhou');
	await hydrated(page);
	await page.getByRole('button', { name: /网络与数据安全/ }).click();
	await page.getByRole('button', { name: '添加一次事件' }).click();
	const incident = page.getByRole('group', { name: '事件 1' });
	await incident.getByLabel('发生日期').fill('2025-12-01');
	await incident.getByLabel('发生日期').dispatchEvent('change');
	const card = page.locator('.verdict-card[data-region="quzhou"]');
	await expect(card).toHaveAttribute('data-verdict', 'notEligible');
	const top = card.getByTestId('next-steps');
	await expect(top).toContainText('不满足');
	await expect(top.locator('.cite').first()).toBeVisible();
	await expect(card.getByTestId('changes-on')).toContainText('2028-12-02');
});

test('on a phone the verdict is one link away from every group; the report names applicant, date, texts, answers', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/eligibility/?today=2026-12-05&regions=quzhou,taian');
	await hydrated(page);
	// the nine groups take one row
	const nav = page.getByRole('navigation', { name: '问题分组' });
	const box = await nav.locator('ol').boundingBox();
	expect(box!.height).toBeLessThan(90);
	const groups = await nav.getByRole('button').count();
	for (let i = 0; i < groups; i++) {
		await nav.getByRole('button').nth(i).click();
		await expect(page.getByRole('link', { name: '查看结论 ↓' })).toBeVisible();
	}
	await page.getByRole('link', { name: '查看结论 ↓' }).click();
	await expect(page.locator('#results-heading')).toBeInViewport();
	const { scroll, client } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(scroll).toBeLessThanOrEqual(client);

	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	const head = page.getByTestId('report-head');
	await expect(head).toContainText('2026-12-05');
	await expect(head).toContainText('申请人');
	await expect(head).toContainText('衢州、泰安');
	await expect(head.locator('li')).toHaveCount(2);
	await expect(page.getByTestId('answers-given')).toBeVisible();
});
