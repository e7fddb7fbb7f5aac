import { region } from '$lib/regions/fixture-ids';
import { screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { renderCited } from '../../../tests/render-cited';
import { getRegion } from '$lib/regions/registry';
import { today } from '$lib/state/today.svelte';
import Validity from './Validity.svelte';

describe('Validity', () => {
	test.each([
		['2026-11-23', 'inForce', '还剩 7 天'],
		['2026-11-30', 'inForce', '是最后一天'],
		['2026-12-01', 'expired', '已失效'],
		['2024-11-30', 'notYetInForce', '尚未施行']
	])('Jiangsu on %s is %s', (date, state, text) => {
		const { container } = renderCited(Validity, { meta: getRegion(region('jiangsu'))!, today: date });
		expect(container.querySelector('[data-state]')?.getAttribute('data-state')).toBe(state);
		expect(container.querySelector('[data-validity-now]')?.textContent).toContain(text);
		// the clause it rests on is cited (once to be read: the place kept for the widest sentence is hidden)
		expect(screen.getByRole('link', { name: /art-29|第二十九条/ })).toHaveAttribute(
			'href',
			expect.stringMatching(/regions\/jiangsu\/?#art-29$/)
		);
	});

	test('a draft with a blank date says so instead of counting days', () => {
		const { container } = renderCited(Validity, { meta: getRegion(region('taian'))!, today: '2026-11-23' });
		expect(container.querySelector('[data-state]')?.getAttribute('data-state')).toBe('undetermined');
		expect(container.textContent).toContain('2024年 月 日');
		expect(container.textContent).toContain('有效期 2 年');
	});

	test('before the date is known (prerendering): the dates as written, no count of days', () => {
		const { container } = renderCited(Validity, { meta: getRegion(region('jiangsu'))!, today: null });
		expect(container.querySelector('[data-state]')?.getAttribute('data-state')).toBe('pending');
		const now = container.querySelector('[data-validity-now]')!;
		expect(now.textContent).not.toContain('还剩');
		expect(now.textContent).toContain('2026-11-30');
	});

	test('a dated text keeps the place of its widest sentence, hidden, so nothing moves when today arrives', () => {
		const { container } = renderCited(Validity, { meta: getRegion(region('jiangsu'))!, today: null });
		const ghosts = [...container.querySelectorAll('.ghost')];
		// of 尚未施行…还有 9999 天 (44 half-ems), 现行有效…还剩 729 天（至 2026-11-30）(44), 今天…是最后一天 (36),
		// 已失效…已过 9999 天 (42): the first of the widest
		expect(ghosts).toHaveLength(1);
		expect(ghosts[0]!.textContent?.trim()).toBe('尚未施行：自 2024-12-01 起施行，还有 9999 天');
		expect(ghosts[0]!.getAttribute('aria-hidden')).toBe('true');
		expect(ghosts[0]!.hasAttribute('inert')).toBe(true);
		// neither read nor reached: one link to the clause
		expect(screen.getAllByRole('link', { name: /art-29|第二十九条/ })).toHaveLength(1);
	});

	test('an undated text has one sentence on every date: nothing is kept hidden', () => {
		const { container } = renderCited(Validity, { meta: getRegion(region('taian'))!, today: null });
		expect(container.querySelectorAll('.ghost')).toHaveLength(0);
		expect(container.querySelector('[data-validity-now]')?.textContent).toContain('2024年 月 日');
	});

	test('an impossible ?today= is ignored in favour of the real date', () => {
		today.start(new URLSearchParams({ today: '2026-02-30' }));
		expect(today.overridden).toBe(false);
		expect(today.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
