import { expect, test } from '@playwright/test';
import { axeViolations, hydrated } from './helpers';

test('a trainee walks the Quzhou course end to end: quizzes, machine results, score, completion record', async ({
	page
}) => {
	await page.goto('/training/');
	await hydrated(page);
	await page
		.locator('[data-walkthrough="quzhou-full-cycle"]')
		.getByRole('link', { name: '学员模式' })
		.click();
	await hydrated(page);
	await expect(page.getByText(/第 1\/\d+ 步/)).toBeVisible();
	for (let i = 0; i < 40; i++) {
		if (await page.getByRole('heading', { name: '演练完成' }).isVisible()) break;
		const check = page.getByRole('button', { name: '提交答案' });
		if (await check.isVisible()) {
			await page.locator('.quiz input[type=radio]').first().check();
			await check.click();
			await expect(page.locator('.quiz .feedback')).toContainText(/回答正确|回答错误/);
		}
		const run = page.getByRole('button', { name: '执行本步（→）' });
		if (await run.isVisible()) {
			await run.click();
			await expect(page.getByTestId('step-result')).toBeVisible();
			// the statechart took every step of the course
			await expect(page.getByTestId('step-result')).not.toContainText('拒绝');
		}
		const next = page.getByRole('button', { name: '下一步（→）' });
		if (await next.isVisible()) await next.click();
	}
	await expect(page.getByRole('heading', { name: '演练完成' })).toBeVisible();
	await page.getByLabel('学员姓名').fill('张三');
	await expect(page.locator('.certificate')).toContainText('张三');
	await expect(page.locator('.certificate')).toContainText('测验得分');
	await expect(page.getByText('进度已保存在本机资料库')).toBeVisible();
});

test('trainer mode: keyboard runs steps, R reveals the answer, N shows speaker notes', async ({ page }) => {
	await page.goto('/training/course/?id=taian-full-cycle&mode=trainer');
	await hydrated(page);
	await expect(page.getByText(/第 1\/\d+ 步/)).toBeVisible();
	for (let i = 0; i < 6; i++) {
		if (await page.locator('.quiz').isVisible()) {
			await page.keyboard.press('r');
			await expect(page.locator('.quiz .feedback')).toBeVisible();
			break;
		}
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
	}
	await page.keyboard.press('n');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText(/第 \d+\/\d+ 步/)).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
