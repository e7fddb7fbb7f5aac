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
		expect(container.textContent).toContain(text);
		// the clause it rests on is cited
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
		expect(container.textContent).not.toContain('还剩');
		expect(container.textContent).toContain('2026-11-30');
	});

	test('an impossible ?today= is ignored in favour of the real date', () => {
		today.start(new URLSearchParams({ today: '2026-02-30' }));
		expect(today.overridden).toBe(false);
		expect(today.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
