import { region } from '$lib/regions/fixture-ids';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { blankDraft } from '$lib/drafts/create';
import type { DraftIssue } from '$lib/drafts/types';
import { evaluateRegion } from '$lib/eligibility/engine';
import { draftRules } from '$lib/eligibility/with-draft';
import type { SavedItem } from '$lib/db';
import type { DraftSlot } from '$lib/state/draft-slot.svelte';
import { registerDraft } from '$lib/state/drafts.svelte';
import VerdictCard from '../eligibility/VerdictCard.svelte';
import DraftPicker from './DraftPicker.svelte';

const draft = blankDraft('试点市公共数据授权运营管理办法（草案）', '试点市', region('taian'));
const item: SavedItem = {
	id: 'abc',
	kind: 'draft',
	name: '试点市',
	tags: [],
	regions: [],
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z',
	revision: 1,
	schemaVersion: 1,
	payload: draft
};
const loaded = await registerDraft(item, draft);
const zeroTerm: DraftIssue = {
	severity: 'error',
	code: 'zeroTerm',
	dimension: 'term.maxMonths',
	message: { zh: '授权期限上限不能为 0 个月。', en: 'The maximum term cannot be 0 months.' }
};
const ready = (errors: DraftIssue[]): DraftSlot => ({
	status: 'ready',
	id: 'abc',
	region: loaded.region,
	loaded,
	errors,
	warnings: []
});

/** No saved drafts (the tests that never open the picker). */
const none = async () => [];

describe('DraftPicker', () => {
	test('the picker offers the drafts its `list` gives, read once when first opened', async () => {
		const list = vi.fn(async () => [
			{ id: 'd1', name: '甲市草案', updatedAt: '2026-11-02T08:00:00.000Z' },
			{ id: 'd2', name: '乙市草案', updatedAt: '2026-10-01T08:00:00.000Z' }
		]);
		const onpick = vi.fn();
		const { container } = render(DraftPicker, { slot: { status: 'none' }, list, onpick });
		expect(list).not.toHaveBeenCalled();
		const details = container.querySelector('details')!;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const select = await screen.findByRole('combobox', { name: '已保存的草案' });
		expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
			'甲市草案 · 2026-11-02',
			'乙市草案 · 2026-10-01'
		]);
		await fireEvent.change(select, { target: { value: 'd2' } });
		await fireEvent.submit(select.closest('form')!);
		expect(onpick).toHaveBeenCalledWith('d2');
		await fireEvent(details, new Event('toggle'));
		expect(list).toHaveBeenCalledTimes(1);
	});

	test('an open draft is badged and named, with links to read and edit it', () => {
		render(DraftPicker, { slot: ready([]), list: none, onpick: () => {} });
		expect(screen.getByText('草案')).toHaveAttribute('title', expect.stringContaining('不是现行规定'));
		expect(screen.getByTestId('draft-name')).toHaveTextContent('试点市');
		expect(screen.getByRole('link', { name: '修改草案' })).toHaveAttribute('href', '/drafts/edit/?id=abc');
		expect(screen.getByRole('link', { name: '查看草案' })).toHaveAttribute('href', '/drafts/view/?id=abc');
		expect(screen.queryByRole('alert')).toBeNull();
	});

	test('errors that keep the draft out of a tool are an alert, listed, with the way to fix them', () => {
		render(DraftPicker, {
			slot: ready([zeroTerm]),
			list: none,
			onpick: () => {},
			blocking: (count: number) => `草案有 ${count} 处错误，改正前不能模拟：`
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('草案有 1 处错误，改正前不能模拟');
		expect(alert).toHaveTextContent('不能为 0 个月');
		expect(screen.getAllByRole('link', { name: '修改草案' }).at(-1)).toHaveAttribute(
			'href',
			'/drafts/edit/?id=abc'
		);
	});

	test('where errors do not block, the draft is shown as written and the errors noted', () => {
		render(DraftPicker, { slot: ready([zeroTerm]), list: none, onpick: () => {} });
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByText(/以下按草案原样显示/)).toBeInTheDocument();
	});

	test.each([
		['missing', '找不到这份草案'],
		['invalid', '这份草案已损坏'],
		['badId', '链接中的草案编号无效']
	] as const)('a %s draft is said plainly and can be dropped', async (status, text) => {
		const onpick = vi.fn();
		const slot = (status === 'badId' ? { status } : { status, id: 'gone' }) as DraftSlot;
		render(DraftPicker, { slot, list: none, onpick });
		expect(screen.getByRole('alert')).toHaveTextContent(text);
		await fireEvent.click(screen.getByRole('button', { name: '移除草案' }));
		expect(onpick).toHaveBeenCalledWith(null);
		// the picker is still there to add another
		expect(screen.getByText('加入一份草案')).toBeInTheDocument();
	});
});

describe('VerdictCard for a draft', () => {
	test('is badged, named from the draft, and says its verdict is derived', () => {
		const result = evaluateRegion(draftRules(draft, loaded.region, null), {}, '2026-01-05');
		const { container } = render(VerdictCard, { result, meta: loaded.meta });
		const card = container.querySelector('.verdict-card')!;
		expect(card).toHaveAttribute('data-region', 'draft-abc');
		expect(card).toHaveAttribute('data-draft', 'true');
		expect(card).toHaveTextContent('草案');
		expect(card).toHaveTextContent('试点市');
		expect(card).toHaveTextContent('依草案推导的判断');
	});
});
