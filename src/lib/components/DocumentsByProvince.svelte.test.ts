import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { renderCited } from '../../../tests/render-cited';
import { documents, regions } from '$lib/regions/registry';
import type { DocumentMeta } from '$lib/regions/types';
import DocumentsByProvince from './DocumentsByProvince.svelte';

const cards = (c: HTMLElement) =>
	[...c.querySelectorAll('article[data-region]')].map((e) => e.getAttribute('data-region'));

describe('DocumentsByProvince', () => {
	test('national first, then provinces with counts; the status filter counts and filters', async () => {
		const { container } = renderCited(DocumentsByProvince, { documents, today: '2026-12-05' });
		const groups = [...container.querySelectorAll('details[data-group]')].map((d) =>
			d.getAttribute('data-group')
		);
		expect(groups[0]).toBe('national');
		expect(groups).toContain('province:山东省');
		expect(cards(container).sort()).toEqual(documents.map((d) => d.id).sort());
		expect(container.querySelector('[data-group="province:山东省"] summary')!.textContent).toContain(
			'（1 件）'
		);

		const lapsed = screen.getByRole('button', { name: /已失效/ });
		// the counts come once the status maths have loaded (after the first view)
		await vi.waitFor(() => expect(lapsed).toBeEnabled());
		expect(lapsed.textContent).toContain('1');
		await fireEvent.click(lapsed);
		expect(lapsed).toHaveAttribute('aria-pressed', 'true');
		expect(cards(container)).toEqual(['jiangsu']);
		await fireEvent.click(screen.getByRole('button', { name: /征求意见稿/ }));
		expect(cards(container).sort()).toEqual(['quzhou', 'taian', 'yingkou']);
	});

	test('the filter counts on the date it is given: before 2026-12-01 Jiangsu has not lapsed', async () => {
		renderCited(DocumentsByProvince, { documents, today: '2026-11-30' });
		const lapsed = screen.getByRole('button', { name: /已失效/ });
		await vi.waitFor(() => expect(lapsed).toBeEnabled());
		expect(lapsed.textContent).toContain('0');
	});

	test('many documents: groups fold and render their cards only when opened', async () => {
		const many = [
			...documents,
			...Array.from(
				{ length: 40 },
				(_, i) =>
					({
						...regions.find((r) => r.id === 'taian')!,
						id: `syn-${i}`,
						order: 1000 + i,
						name: { zh: `合成${i}市`, en: `Synthetic ${i}` }
					}) as DocumentMeta
			)
		];
		const { container } = renderCited(DocumentsByProvince, { documents: many, today: '2026-12-05' });
		expect(cards(container)).toEqual([]);
		const shandong = container.querySelector('details[data-group="province:山东省"]') as HTMLDetailsElement;
		expect(shandong.querySelector('summary')!.textContent).toContain('（41 件）');
		shandong.open = true;
		await fireEvent(shandong, new Event('toggle'));
		// the cards come once the group's clause labels are in: each validity clause cited by its label
		await vi.waitFor(() => expect(cards(container).length).toBe(41));
		const taian = container.querySelector('article[data-region="taian"]')!;
		expect([...taian.querySelectorAll('a.cite')].map((a) => a.textContent)).toEqual(['第三十一条']);
	});
});
