import { render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import PageHead from './PageHead.svelte';

describe('PageHead', () => {
	test('the document title and the h1 say the page title; the intro follows, printed by default', () => {
		const { container } = render(PageHead, { props: { title: '生命周期时间线', intro: '说明' } });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('生命周期时间线');
		expect(document.title).toMatch(/^生命周期时间线 · \S/);
		const intro = container.querySelector('p.intro')!;
		expect(intro).toHaveTextContent('说明');
		expect(intro).not.toHaveClass('no-print');
	});

	test('printIntro false leaves the intro out of print; no intro, no paragraph', () => {
		const a = render(PageHead, { props: { title: 'A', intro: 'x', printIntro: false } });
		expect(a.container.querySelector('p.intro')).toHaveClass('no-print');
		a.unmount();
		const b = render(PageHead, { props: { title: 'B' } });
		expect(b.container.querySelector('p')).toBeNull();
	});
});
