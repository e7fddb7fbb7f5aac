import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { renderCited } from '../../../../tests/render-cited';
import { parseCorpus } from '$lib/corpus/parse';
import { clauseChoices } from '$lib/drafts/form';
import { DIMENSIONS } from '$lib/regions/dimensions';
import type { DatedValue, Dimension } from '$lib/regions/types';
import ValueEditor from './ValueEditor.svelte';
import { clause, region } from '$lib/regions/fixture-ids';

const dim = (id: string): Dimension => DIMENSIONS.find((d) => d.id === id)!;
const term = dim('term.maxMonths');
const cadence = dim('reporting.operatorCadence');
const materials = dim('application.materials');
const yesNo = DIMENSIONS.find((d) => d.type === 'boolean')!;
const textDim = DIMENSIONS.find((d) => d.type === 'text')!;
const validUntil = dim('regulation.validUntil');

const corpus = parseCorpus(
	region('draft-t'),
	'某市办法\n第一条 为了规范，制定本办法。\n第二条 授权期限一般不超过2年。\n第三条 届满前6个月重新申请。',
	{ scheme: 'articles' }
);
const choices = clauseChoices(corpus);
const known = new Set(corpus.clauses.map((c) => c.id));

const TERM: DatedValue = {
	from: null,
	value: { kind: 'number', value: 36, bound: 'atMost' },
	qualifier: 'generally',
	summary: { zh: '一般不超过3年', en: 'Generally at most 3 years' },
	citations: [clause('art-2'), clause('art-14-4')]
};

function setup(dimension: Dimension, value: DatedValue) {
	const onchange = vi.fn<(next: DatedValue) => void>();
	const view = renderCited(ValueEditor, {
		dimension,
		value,
		region: region('draft-t'),
		choices,
		known,
		onchange
	});
	return { onchange, ...view };
}

const silent = (): DatedValue => ({
	from: null,
	value: { kind: 'notSpecified' },
	summary: { zh: '未规定', en: 'Not specified' },
	citations: []
});

describe('ValueEditor', () => {
	test('a number with its unit and bound: typing changes the value, the rest is kept', async () => {
		const { onchange } = setup(term, TERM);
		const number = screen.getByRole('textbox', { name: '数值' });
		expect(number).toHaveValue('36');
		expect(screen.getByText('个月')).toBeInTheDocument();
		expect(screen.getByRole('combobox', { name: '界限' })).toHaveValue('atMost');
		await fireEvent.input(number, { target: { value: '24' } });
		// "一般不超过3年" no longer fits 24 months: written again, keeping 一般
		expect(onchange).toHaveBeenLastCalledWith({
			...TERM,
			value: { kind: 'number', value: 24, bound: 'atMost' },
			summary: { zh: '一般不超过24个月', en: 'generally, at most 24 months' }
		});
		await fireEvent.change(screen.getByRole('combobox', { name: '界限' }), { target: { value: 'exactly' } });
		expect(onchange).toHaveBeenLastCalledWith({
			...TERM,
			value: { kind: 'number', value: 24, bound: 'exactly' },
			summary: { zh: '一般24个月', en: 'generally, 24 months' }
		});
	});

	test('a half-typed number says why and does not overwrite the value', async () => {
		const { onchange } = setup(term, TERM);
		const number = screen.getByRole('textbox', { name: '数值' });
		await fireEvent.input(number, { target: { value: '' } });
		expect(onchange).not.toHaveBeenCalled();
		expect(number).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByRole('status')).toHaveTextContent('请输入数值');
		await fireEvent.input(number, { target: { value: '三' } });
		expect(screen.getByRole('status')).toHaveTextContent('不是数字');
		expect(onchange).not.toHaveBeenCalled();
		// a negative number is a value: the validator names it
		await fireEvent.input(number, { target: { value: '-3' } });
		expect(onchange).toHaveBeenLastCalledWith(
			expect.objectContaining({ value: { kind: 'number', value: -3, bound: 'atMost' } })
		);
		expect(screen.queryByRole('status')).toBeNull();
	});

	test('the kind selector offers "unlimited" for numbers only', async () => {
		const { onchange } = setup(term, TERM);
		const kind = screen.getByRole('combobox', { name: '取值类型' });
		expect(
			within(kind)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['未规定', '规定了取值', '不设限']);
		await fireEvent.change(kind, { target: { value: 'unlimited' } });
		expect(onchange).toHaveBeenLastCalledWith({
			...TERM,
			value: { kind: 'unlimited' },
			summary: { zh: '一般不限', en: 'generally, no limit' }
		});
		// the number field is gone
		expect(screen.queryByRole('textbox', { name: '数值' })).toBeNull();
	});

	test('not specified for a yes/no dimension, then a value once yes or no is chosen', async () => {
		const { onchange } = setup(yesNo, silent());
		const kind = screen.getByRole('combobox', { name: '取值类型' });
		expect(within(kind).getAllByRole('option')).toHaveLength(2);
		await fireEvent.change(kind, { target: { value: 'value' } });
		expect(onchange).not.toHaveBeenCalled();
		expect(screen.getByRole('status')).toHaveTextContent('请选择“是”或“否”');
		await fireEvent.click(screen.getByRole('radio', { name: '否' }));
		// the generated "未规定" summary follows the value
		expect(onchange).toHaveBeenLastCalledWith({
			...silent(),
			value: { kind: 'boolean', value: false },
			summary: { zh: '否', en: 'No' }
		});
	});

	test('an enum picks from the dimension options', async () => {
		const { onchange } = setup(cadence, silent());
		await fireEvent.change(screen.getByRole('combobox', { name: '取值类型' }), {
			target: { value: 'value' }
		});
		const option = screen.getByRole('combobox', { name: '选项' });
		const codes = within(option)
			.getAllByRole('option')
			.map((o) => (o as HTMLOptionElement).value);
		expect(codes).toEqual(['', ...cadence.options!.map((o) => o.value)]);
		await fireEvent.change(option, { target: { value: cadence.options![1]!.value } });
		expect(onchange).toHaveBeenLastCalledWith({
			...silent(),
			value: { kind: 'enum', value: cadence.options![1]!.value },
			summary: cadence.options![1]!.label
		});
	});

	test('a list ticks options, stored in the catalogue order', async () => {
		const [a, b] = materials.options!;
		const start: DatedValue = { ...silent(), value: { kind: 'list', value: [] } };
		const { onchange } = setup(materials, start);
		await fireEvent.click(screen.getByRole('checkbox', { name: b!.label.zh }));
		await fireEvent.click(screen.getByRole('checkbox', { name: a!.label.zh }));
		expect(onchange).toHaveBeenLastCalledWith({
			...start,
			value: { kind: 'list', value: [a!.value, b!.value] }
		});
	});

	test('a text value in both languages', async () => {
		const { onchange } = setup(textDim, silent());
		await fireEvent.change(screen.getByRole('combobox', { name: '取值类型' }), {
			target: { value: 'value' }
		});
		await fireEvent.input(screen.getByRole('textbox', { name: '规定内容（中文）' }), {
			target: { value: '甲' }
		});
		expect(onchange).toHaveBeenLastCalledWith({
			...silent(),
			value: { kind: 'text', value: { zh: '甲', en: '' } },
			summary: { zh: '甲', en: '' }
		});
	});

	test('a date: blank is a blank date, an impossible one is refused', async () => {
		const start: DatedValue = { ...silent(), value: { kind: 'date', value: '2026-11-30' } };
		const { onchange, container } = setup(validUntil, start);
		const date = container.querySelector('[data-dimension] input[type=date]') as HTMLInputElement;
		expect(date.value).toBe('2026-11-30');
		await fireEvent.input(date, { target: { value: '' } });
		expect(onchange).toHaveBeenLastCalledWith({ ...start, value: { kind: 'date', value: null } });
	});

	test('qualifier, summary and note; a blank note is dropped', async () => {
		const { onchange } = setup(term, TERM);
		const qualifier = screen.getByRole('combobox', { name: '限定词' });
		expect(qualifier).toHaveValue('generally');
		await fireEvent.change(qualifier, { target: { value: '' } });
		const { qualifier: _q, ...unqualified } = TERM;
		expect(onchange).toHaveBeenLastCalledWith(unqualified);
		await fireEvent.input(screen.getByRole('textbox', { name: '摘要（中文）' }), {
			target: { value: '两年' }
		});
		expect(onchange).toHaveBeenLastCalledWith({ ...TERM, summary: { ...TERM.summary, zh: '两年' } });
		await fireEvent.input(screen.getByRole('textbox', { name: '说明（中文）' }), { target: { value: '  ' } });
		expect(onchange.mock.lastCall![0]).not.toHaveProperty('note');
		// regenerating keeps the qualifier
		await fireEvent.click(screen.getByRole('button', { name: '用取值生成摘要' }));
		expect(onchange).toHaveBeenLastCalledWith({
			...TERM,
			summary: { zh: '一般不超过36个月', en: 'generally, at most 36 months' }
		});
	});

	test('a summary that contradicts its value is flagged', async () => {
		setup(term, { ...TERM, value: { kind: 'number', value: 60, bound: 'atMost' } });
		const summary = screen.getByRole('textbox', { name: '摘要（中文）' });
		expect(summary).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByRole('status')).toHaveTextContent('摘要中的数量与取值不符');
	});

	test('a summary the drafter wrote stays when the value changes, if it still fits', async () => {
		const own: DatedValue = { ...TERM, summary: { zh: '由协议约定', en: 'as agreed' } };
		const { onchange } = setup(term, own);
		await fireEvent.input(screen.getByRole('textbox', { name: '数值' }), { target: { value: '48' } });
		expect(onchange.mock.lastCall![0].summary).toEqual(own.summary);
	});

	test('the start date and the catalogue id sit behind "details"', async () => {
		const { container } = setup(term, TERM);
		const toggle = screen.getByRole('button', { name: /详细信息/ });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByText('term.maxMonths')).not.toBeVisible();
		await fireEvent.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const tech = container.querySelector('.tech') as HTMLElement;
		expect(within(tech).getByText('term.maxMonths')).toBeVisible();
		expect(within(tech).getByLabelText('自何日起适用')).toBeVisible();
	});

	test('the start date: a date sets it, blank clears it; its hint describes it', async () => {
		const { onchange } = setup(term, { ...TERM, from: '2027-01-01' });
		const from = screen.getByLabelText('自何日起适用') as HTMLInputElement;
		expect(from.value).toBe('2027-01-01');
		expect(from).toHaveAccessibleDescription('留空表示自施行之日起。');
		await fireEvent.input(from, { target: { value: '2027-03-01' } });
		expect(onchange).toHaveBeenLastCalledWith({ ...TERM, from: '2027-03-01' });
		await fireEvent.input(from, { target: { value: '' } });
		expect(onchange).toHaveBeenLastCalledWith({ ...TERM, from: null });
	});

	test('a dated value shows its start date without asking', () => {
		setup(term, { ...TERM, from: '2027-01-01' });
		expect(screen.getByRole('button', { name: /详细信息/ })).toHaveAttribute('aria-expanded', 'true');
	});

	test('citations: unresolved ones are marked, others are added from the text and removed', async () => {
		const { onchange } = setup(term, TERM);
		expect(screen.getByText(/草案文本中无此条/)).toBeInTheDocument();
		const pick = screen.getByRole('combobox', { name: '条款' });
		// already-cited clauses are not offered again
		const offered = within(pick)
			.getAllByRole('option')
			.map((o) => (o as HTMLOptionElement).value);
		expect(offered).toEqual(['', 'art-1', 'art-3']);
		await fireEvent.input(screen.getByRole('searchbox', { name: '查找条款' }), { target: { value: '届满' } });
		expect(
			within(pick)
				.getAllByRole('option')
				.map((o) => (o as HTMLOptionElement).value)
		).toEqual(['', 'art-3']);
		await fireEvent.click(screen.getByRole('button', { name: '添加引用' }));
		expect(onchange).toHaveBeenLastCalledWith({ ...TERM, citations: ['art-2', 'art-14-4', 'art-3'] });
		await fireEvent.click(screen.getByRole('button', { name: '移除引用 art-14-4' }));
		expect(onchange).toHaveBeenLastCalledWith({ ...TERM, citations: ['art-2'] });
	});

	test('a start date: blank is from entry into force', async () => {
		const { onchange } = setup(term, { ...TERM, from: '2027-01-01' });
		const from = screen.getByLabelText('自何日起适用') as HTMLInputElement;
		expect(from.value).toBe('2027-01-01');
		await fireEvent.input(from, { target: { value: '' } });
		expect(onchange).toHaveBeenLastCalledWith({ ...TERM, from: null });
	});
});
