import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

// The timeline's own sentences (tl_say_* messages: the undated legend, the convention notes) are said in the
// interface language, English included (its strings load on demand).
const WORDS = {
	zh: { legend: '未定日期（文本未规定或含糊）', note: '文本未规定报送日', not: 'The text does not fix' },
	en: {
		legend: 'No date (the text is silent or vague)',
		note: 'The text does not fix',
		not: '文本未规定报送日'
	}
} as const;

for (const lang of ['zh', 'en'] as const)
	test(`${lang}: the undated legend and the report notes are said in the interface language`, async ({
		page
	}) => {
		if (lang === 'en') await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
		await page.goto('/timeline/?today=2026-12-05');
		await hydrated(page);
		await expect(page.locator('g.lane[data-lane]')).not.toHaveCount(0);
		const w = WORDS[lang];
		await expect(page.locator('svg').getByText(w.legend, { exact: true })).toHaveCount(1);
		await expect(page.locator('main')).toContainText(w.note);
		await expect(page.locator('main')).not.toContainText(w.not);
	});
