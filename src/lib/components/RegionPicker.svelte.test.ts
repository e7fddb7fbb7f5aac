import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { documents, regions } from '$lib/regions/registry';
import { MANY_REGIONS } from '$lib/regions/picker';
import type { DocumentMeta } from '$lib/regions/types';
import RegionPicker from './RegionPicker.svelte';

const PROVINCES = [
	['广东省', 'Guangdong'],
	['四川省', 'Sichuan'],
	['河南省', 'Henan']
] as const;
/** 60 synthetic cities beside the corpus, spread over three provinces. */
const many: DocumentMeta[] = [
	...documents,
	...Array.from({ length: 60 }, (_, i) => {
		const [zh, en] = PROVINCES[i % 3]!;
		return {
			...regions[0]!,
			id: `syn-${i + 1}`,
			order: 1000 + i,
			level: 'city',
			name: { zh: `合成${i + 1}市`, en: `Synthetic ${i + 1}` },
			province: { zh, en }
		} as DocumentMeta;
	})
];

beforeEach(() => localStorage.clear());

describe('RegionPicker', () => {
	test('few regions: every one a checkbox named by the region, ticked as chosen', async () => {
		const onchange = vi.fn();
		render(RegionPicker, { options: regions, selected: ['taian'], onchange, legend: '地区' });
		const box = screen.getByRole('group', { name: '地区' });
		for (const r of regions)
			expect(within(box).getByRole('checkbox', { name: r.name.zh })).toBeInTheDocument();
		expect(within(box).getByRole('checkbox', { name: '泰安' })).toBeChecked();
		expect(within(box).getByRole('checkbox', { name: '河南' })).not.toBeChecked();
		await fireEvent.click(within(box).getByRole('checkbox', { name: '河南' }));
		expect(onchange).toHaveBeenLastCalledWith(['taian', 'henan']);
		// the chip removes
		await fireEvent.click(within(box).getByRole('button', { name: '移除 泰安' }));
		expect(onchange).toHaveBeenLastCalledWith([]);
	});

	test('few regions (at most MANY_REGIONS): one flat list in national → province order, no groups, search or pins', () => {
		const { container } = render(RegionPicker, {
			options: documents,
			selected: [],
			onchange: vi.fn(),
			legend: '文件'
		});
		expect(documents.length).toBeLessThanOrEqual(MANY_REGIONS);
		expect(container.querySelectorAll('details')).toHaveLength(0);
		expect(screen.queryByRole('searchbox')).toBeNull();
		expect(screen.queryByRole('button', { name: /置顶/ })).toBeNull();
		const lists = container.querySelectorAll('ul[data-flat]');
		expect(lists).toHaveLength(1);
		const ids = [...lists[0]!.querySelectorAll('[data-option]')].map((li) => li.getAttribute('data-option'));
		// every document once, the national ones first (the same order as the grouped picker)
		expect([...ids].sort()).toEqual(documents.map((d) => d.id).sort());
		const national = documents.filter((d) => d.level === 'national').map((d) => d.id);
		expect(ids.slice(0, national.length).sort()).toEqual([...national].sort());
	});

	test('one more than MANY_REGIONS: the grouped picker with search and pins', () => {
		const options = many.slice(0, MANY_REGIONS + 1);
		const { container } = render(RegionPicker, { options, selected: [], onchange: vi.fn(), legend: '地区' });
		expect(container.querySelector('ul[data-flat]')).toBeNull();
		expect(container.querySelectorAll('details[data-group]').length).toBeGreaterThan(1);
		expect(screen.getByRole('searchbox')).toBeInTheDocument();
	});

	test('a minimum: at it, a chosen region cannot be dropped (box and chip disabled); above it, it can', async () => {
		const onchange = vi.fn();
		const view = render(RegionPicker, {
			options: regions,
			selected: ['taian', 'henan'],
			onchange,
			legend: '地区',
			min: 2
		});
		const box = screen.getByRole('group', { name: '地区' });
		expect(within(box).getByRole('checkbox', { name: '泰安' })).toBeDisabled();
		expect(within(box).getByRole('button', { name: '移除 泰安' })).toBeDisabled();
		expect(within(box).getByRole('checkbox', { name: '营口' })).toBeEnabled();
		await view.rerender({ selected: ['taian', 'henan', 'yingkou'] });
		expect(within(box).getByRole('checkbox', { name: '泰安' })).toBeEnabled();
		await fireEvent.click(within(box).getByRole('checkbox', { name: '泰安' }));
		expect(onchange).toHaveBeenLastCalledWith(['henan', 'yingkou']);
	});

	test('hundreds: grouped national → province, folded, and the search box narrows to a match', async () => {
		const onchange = vi.fn();
		const { container } = render(RegionPicker, { options: many, selected: [], onchange, legend: '地区' });
		const groups = [...container.querySelectorAll('details[data-group]')].map((d) =>
			d.getAttribute('data-group')
		);
		expect(groups[0]).toBe('national');
		expect(groups).toContain('province:广东省');
		expect(new Set(groups).size).toBe(groups.length);
		// folded when long, with counts
		const guangdong = container.querySelector('details[data-group="province:广东省"]') as HTMLDetailsElement;
		expect(guangdong.open).toBe(false);
		expect(guangdong.querySelector('summary')!.textContent).toContain('（20）');
		// a folded group's options are not rendered until it is opened
		expect(guangdong.querySelectorAll('input')).toHaveLength(0);
		guangdong.open = true;
		await fireEvent(guangdong, new Event('toggle'));
		expect(guangdong.querySelectorAll('input')).toHaveLength(20);
		expect(screen.getByText(`显示 ${many.length} / ${many.length} 个`)).toBeInTheDocument();

		await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '合成17市' } });
		expect(screen.getByText(`显示 1 / ${many.length} 个`)).toBeInTheDocument();
		const box = screen.getByRole('checkbox', { name: '合成17市' });
		expect((box.closest('details') as HTMLDetailsElement).open).toBe(true);
		await fireEvent.click(box);
		expect(onchange).toHaveBeenLastCalledWith(['syn-17']);

		await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '没有这个地方' } });
		expect(screen.getByText('没有符合的地区')).toBeInTheDocument();
	});

	test('pinned regions come first and are remembered; a chosen region becomes recent', async () => {
		const onchange = vi.fn();
		const first = render(RegionPicker, { options: many, selected: [], onchange, legend: '地区' });
		// folded: found through the search box
		await fireEvent.input(first.getByRole('searchbox'), { target: { value: '合成5市' } });
		await fireEvent.click(first.getAllByRole('button', { name: '置顶 合成5市' })[0]!);
		await fireEvent.input(first.getByRole('searchbox'), { target: { value: '合成9市' } });
		await fireEvent.click(first.getAllByRole('checkbox', { name: '合成9市' })[0]!);
		expect(JSON.parse(localStorage.getItem('pdao.picker.pinned')!)).toEqual(['syn-5']);
		expect(JSON.parse(localStorage.getItem('pdao.picker.recent')!)).toEqual(['syn-9']);
		first.unmount();

		const { container } = render(RegionPicker, { options: many, selected: [], onchange, legend: '地区' });
		const pinned = container.querySelector('[data-group="pinned"]') as HTMLElement;
		expect(within(pinned).getByRole('checkbox', { name: '合成5市' })).toBeInTheDocument();
		expect(within(pinned).getByRole('button', { name: '取消置顶 合成5市' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		const recent = container.querySelector('[data-group="recent"]') as HTMLElement;
		expect(within(recent).getByRole('checkbox', { name: '合成9市' })).toBeInTheDocument();
	});
});
