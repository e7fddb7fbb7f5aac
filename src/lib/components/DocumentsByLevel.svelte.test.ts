import { screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { renderCited } from '../../../tests/render-cited';
import { documents, loadDetails } from '$lib/regions/registry';
import DocumentsByLevel from './DocumentsByLevel.svelte';

describe('DocumentsByLevel', () => {
	test('national → province → city, each under its heading, every card in its group', () => {
		const { container } = renderCited(DocumentsByLevel, { documents, today: '2026-12-05', heading: 2 });
		const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
		expect(headings).toEqual(['国家文件', '省级规定', '市级规定']);
		const group = (level: string) =>
			[...container.querySelectorAll(`[data-level="${level}"] [data-region]`)].map((c) =>
				c.getAttribute('data-region')
			);
		expect(group('national')).toEqual([
			'nationalSpec',
			'nationalRegistration',
			'nationalPricing',
			'nationalCirculation'
		]);
		expect(group('province')).toEqual(['henan', 'jiangsu']);
		expect(group('city')).toEqual(['quzhou', 'yingkou', 'taian']);
	});

	test('a national card: its level, validity cited, and where facts not in its text come from', async () => {
		const { container } = renderCited(DocumentsByLevel, { documents, today: '2026-12-05', heading: 2 });
		const spec = container.querySelector('[data-region="nationalSpec"]') as HTMLElement;
		const pricing = container.querySelector('[data-region="nationalPricing"]') as HTMLElement;
		// issuer, number and the facts' source are not in the eager manifest: each card loads its document's
		await within(spec).findByTestId('facts-source');
		await within(pricing).findByText(/发改价格〔2025〕65号/u, { selector: '.facts' });
		expect(spec.textContent).toContain('国家');
		expect(spec.textContent).toContain('试行');
		expect(spec.textContent).toContain('发改数据规〔2025〕27号');
		expect(spec.querySelector('[data-state]')?.getAttribute('data-state')).toBe('inForce');
		expect(within(spec).getByRole('link', { name: /第二十七条|art-27/ })).toHaveAttribute(
			'href',
			expect.stringMatching(/regions\/nationalSpec\/?#art-27$/)
		);
		expect(within(spec).getByTestId('facts-source').textContent).toMatch(/^发文机关 · 文号：正文未载/u);
		expect(pricing.textContent).toContain('印发日期：2025-01-16');
		expect(within(pricing).queryByTestId('facts-source')).toBeNull();
	});

	test('facts given (a page that prerenders them): each card shows its issuer on the first render, no waiting', async () => {
		const pricing = await loadDetails(documents.find((d) => d.id === 'nationalPricing')!.id);
		const facts = { nationalPricing: { issuer: pricing.issuer, docNumber: pricing.docNumber } };
		const { container } = renderCited(DocumentsByLevel, { documents, today: null, heading: 2, facts });
		const card = container.querySelector('[data-region="nationalPricing"]') as HTMLElement;
		// synchronously, before any effect could have loaded them: the line holds the issuer and the number
		const line = card.querySelector('p.facts')!.textContent!;
		expect(line).toContain('发文机关：');
		expect(line).toContain('发改价格〔2025〕65号');
		// a card without given facts has, at this point, only what the manifest has
		const other = container.querySelector('[data-region="henan"] p.facts')!.textContent!;
		expect(other).not.toContain('发文机关');
	});
});
