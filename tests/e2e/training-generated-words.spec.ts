// The generated quizzes ask in the app's own words (Paraglide quiz_say_*), said in the interface language and
// filled with the law-derived words (a region's name, a rule's summary) in that same language.
import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

test.describe.configure({ timeout: 90_000 });

const CJK = /[\u4e00-\u9fff]/;

test('zh: the generated questions and an explanation in Chinese', async ({ page }) => {
	await page.goto('/training/');
	await hydrated(page);
	const section = page.getByRole('region', { name: '由规则数据自动生成的测验' });
	const questions = section.locator('p.question');
	await expect(questions.first()).toBeVisible();
	const texts = await questions.allTextContents();
	expect(texts.length).toBeGreaterThanOrEqual(4);
	for (const t of texts) expect(t.trim()).toMatch(/^哪一地.+？$/);
	const quiz = section.locator('.quiz').first();
	await quiz.getByRole('radio').first().check();
	await quiz.getByRole('button', { name: '提交答案' }).click();
	// "{region}：{summary}", both halves Chinese
	await expect(quiz.getByRole('status')).toContainText(/[\u4e00-\u9fff]+：[\u4e00-\u9fff]/);
});

test('en: the generated questions and an explanation in English', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
	await page.goto('/training/');
	await hydrated(page);
	const section = page.getByRole('region', { name: 'Questions generated from the rule data' });
	const questions = section.locator('p.question');
	await expect(questions.first()).toBeVisible();
	const texts = await questions.allTextContents();
	expect(texts.length).toBeGreaterThanOrEqual(4);
	for (const t of texts) {
		expect(t.trim()).toMatch(/^(In which region|Which region|Where)\b.+\?$/);
		// Chinese only where the English quotes the qualifier word beside its translation: “generally” (原则上)
		expect(t.replace(/\([^)]*\)/g, '')).not.toMatch(CJK);
	}
	const quiz = section.locator('.quiz').first();
	await quiz.getByRole('radio').first().check();
	await quiz.getByRole('button', { name: 'Check' }).click();
	const status = quiz.getByRole('status');
	await expect(status).toBeVisible();
	const explanation = (await status.locator('p').nth(1).textContent())!.trim();
	expect(explanation).toMatch(/^[^:：]+: \S/);
	expect(explanation).not.toMatch(/^[^:]*[\u4e00-\u9fff][^:]*:/);
});
