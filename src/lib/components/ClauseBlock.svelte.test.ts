import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { indexCorpus } from '$lib/corpus/corpus';
import { loadCorpus } from '$lib/corpus/load';
import ClauseBlock from './ClauseBlock.svelte';
import { clause, region } from '$lib/regions/fixture-ids';

describe('ClauseBlock', () => {
	test('renders an article and its items verbatim, each anchored and copyable', async () => {
		const corpus = await loadCorpus(region('taian'));
		const index = indexCorpus(corpus);
		const oncopy = vi.fn();
		const { container } = render(ClauseBlock, { clause: index.get(clause('art-14'))!, index, oncopy });
		const item = container.querySelector('#art-14-6')!;
		expect(item.querySelector('p')?.textContent).toBe(index.get(clause('art-14-6'))!.text);
		expect(screen.getByRole('link', { name: '链接到 第十四条（六）' })).toHaveAttribute('href', '#art-14-6');
		await fireEvent.click(screen.getByRole('button', { name: '复制链接：第十四条第二款' }));
		expect(oncopy).toHaveBeenCalledWith(index.get(clause('art-14-p2')));
	});

	test('a Jiangsu list marker is not shown as text but the item text is exact', async () => {
		const index = indexCorpus(await loadCorpus(region('jiangsu')));
		const { container } = render(ClauseBlock, {
			clause: index.get(clause('art-18'))!,
			index,
			oncopy: () => {}
		});
		const p = container.querySelector('#art-18-1 p');
		expect(p?.textContent).toBe('（一）是否符合数据的申请用途和使用范围；');
	});

	test('section headings are headings', async () => {
		const index = indexCorpus(await loadCorpus(region('quzhou')));
		render(ClauseBlock, { clause: index.get(clause('sec-16'))!, index, oncopy: () => {} });
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('十六、协议签订');
	});
});
