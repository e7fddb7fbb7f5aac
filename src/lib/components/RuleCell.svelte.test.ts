import { fireEvent, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { renderCited } from '../../../tests/render-cited';
import { DIMENSIONS } from '$lib/regions/dimensions';
import type { DatedValue } from '$lib/regions/types';
import RuleCell from './RuleCell.svelte';
import { clause, region } from '$lib/regions/fixture-ids';

const dim = DIMENSIONS.find((d) => d.id === 'agreement.contents')!;
const value = (n: number): DatedValue => ({
	from: null,
	value: { kind: 'text', value: { zh: '协议内容', en: 'contents' } },
	summary: { zh: '协议内容', en: 'contents' },
	citations: Array.from({ length: n }, (_, i) => clause(`art-${i + 1}`))
});

test('a dozen citations: four shown, the rest folded behind "N more"', async () => {
	const { container } = renderCited(RuleCell, { dimension: dim, value: value(12), region: region('taian') });
	const [shown] = container.querySelectorAll('p.cites');
	expect(shown!.querySelectorAll('a.cite')).toHaveLength(4);
	const more = container.querySelector('details.more-cites') as HTMLDetailsElement;
	expect(more.dataset.folded).toBe('8');
	expect(screen.getByText('另 8 条')).toBeInTheDocument();
	expect(more.open).toBe(false);
	await fireEvent.click(screen.getByText('另 8 条'));
	expect(more.querySelectorAll('a.cite')).toHaveLength(8);
});

test('five citations or fewer are all shown, nothing folded', () => {
	const { container } = renderCited(RuleCell, { dimension: dim, value: value(5), region: region('taian') });
	expect(container.querySelector('details.more-cites')).toBeNull();
	expect(container.querySelectorAll('a.cite')).toHaveLength(5);
});
