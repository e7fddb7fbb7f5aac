import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';
import { internalNames } from './internal-names';

test.describe.configure({ timeout: 90_000 });

const stepOf = async (page: import('@playwright/test').Page) =>
	Number(/第 (\d+)\//.exec((await page.locator('.progress').textContent()) ?? '')?.[1]);

test('trainer: the keys work after clicking 全屏 and 讲稿; one press per step (run and advance)', async ({
	page
}) => {
	await page.goto('/training/course/?id=taian-full-cycle&mode=trainer');
	await hydrated(page);
	await expect(page.getByText(/第 1\/\d+ 步/)).toBeVisible();
	// the projected screen has no site header
	await expect(page.locator('header.site')).toBeHidden();
	await page.getByRole('button', { name: '全屏' }).click();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('step-result')).toBeVisible();
	await page.getByRole('button', { name: /讲稿/ }).click();
	await page.keyboard.press('PageDown');
	// one press: the next step, already run (unless it opens with a quiz)
	await expect(page.getByText(/第 2\/\d+ 步/)).toBeVisible();
	if (!(await page.locator('.quiz').isVisible())) await expect(page.getByTestId('step-result')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.getByText(/第 1\/\d+ 步/)).toBeVisible();
});

test('presenter view in a second window: notes and the next step, both windows in step', async ({
	page,
	context
}) => {
	await page.goto('/training/course/?id=quzhou-full-cycle&mode=trainer');
	await hydrated(page);
	await expect(page.getByText(/第 1\/\d+ 步/)).toBeVisible();
	const [presenter] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: /演讲者视图/ }).click()
	]);
	await hydrated(presenter);
	await expect(presenter.getByTestId('presenter')).toBeVisible();
	await expect(presenter.getByTestId('presenter-notes')).toBeVisible();
	await expect(presenter.getByTestId('presenter-next')).not.toBeEmpty();
	// the projected screen shows no notes
	await expect(page.getByTestId('trainer-notes')).toHaveCount(0);

	// moving in the presenter window moves the projector, and back. The first step opens with a question:
	// the first press reveals its answer (on both screens), the next runs the step, the next moves on
	await expect(page.locator('.quiz')).toBeVisible();
	await presenter.keyboard.press('ArrowRight');
	await expect(page.locator('.quiz .feedback')).toBeVisible();
	await presenter.keyboard.press('ArrowRight');
	await expect(page.getByTestId('step-result')).toBeVisible();
	await presenter.keyboard.press('ArrowRight');
	await expect(page.getByText(/第 2\/\d+ 步/)).toBeVisible();
	await expect(presenter.getByText(/当前步骤 · 2\//)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(presenter.getByText(/当前步骤 · 1\//)).toBeVisible();
});

test('trainee: progress resumes after a reload and from the course card; a disabled button says why', async ({
	page
}) => {
	await page.goto('/training/course/?id=quzhou-full-cycle&mode=trainee');
	await hydrated(page);
	for (let i = 0; i < 30 && !(await page.locator('.quiz').isVisible()); i++) {
		await page.keyboard.press('ArrowRight');
		// a step's result, a quiz, or both (a quiz step that has run): the first of them
		await expect(page.getByTestId('step-result').or(page.locator('.quiz')).first()).toBeVisible();
	}
	// a quiz blocks the run button, and says so
	await expect(page.getByRole('button', { name: '执行本步（→）' })).toBeDisabled();
	await expect(page.getByText('先作答')).toBeVisible();
	await expect(page.getByText('先选择一项')).toBeVisible();
	const at = await stepOf(page);
	await page.locator('.quiz input[type=radio]').first().check();
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(page).toHaveURL(/item=/);

	await page.reload();
	await hydrated(page);
	await expect.poll(() => stepOf(page)).toBe(at);
	await expect(page.locator('.quiz .feedback')).toBeVisible();

	await page.goto('/training/');
	await hydrated(page);
	const card = page.locator('[data-walkthrough="quzhou-full-cycle"]');
	await card.getByTestId('course-continue').click();
	await hydrated(page);
	await expect.poll(() => stepOf(page)).toBe(at);
});

for (const lang of ['zh', 'en'] as const)
	test(`${lang}: no internal name on the training pages`, async ({ page }) => {
		if (lang === 'en') await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
		await page.goto('/training/');
		await hydrated(page);
		await expect(page.locator('.quiz').first()).toBeVisible();
		expect(await internalNames(page)).toEqual([]);
		await page.goto('/training/course/?id=quzhou-full-cycle&mode=trainer');
		await hydrated(page);
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('r');
			await page.keyboard.press('ArrowRight');
		}
		// a step's result, a quiz, or both (a quiz step that has run): the first of them
		await expect(page.getByTestId('step-result').or(page.locator('.quiz')).first()).toBeVisible();
		expect(await internalNames(page)).toEqual([]);
	});
