import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import TextField from './TextField.svelte';

describe('TextField', () => {
	test('one line by default; what is typed goes to oninput; the hint describes the box', async () => {
		const oninput = vi.fn();
		render(TextField, { label: '公告结束于', hint: '此句之前为公告', value: '', oninput });
		// the hint describes the box and is no part of its name
		const box = screen.getByRole('textbox', { name: '公告结束于' });
		expect(box.tagName).toBe('INPUT');
		expect(box).toHaveAccessibleDescription('此句之前为公告');
		expect(box).not.toHaveAttribute('aria-invalid');
		await fireEvent.input(box, { target: { value: '特此公告' } });
		expect(oninput).toHaveBeenCalledWith('特此公告');
	});

	test('rows make a text area; the dense and wide forms are classes of the field', () => {
		const { container } = render(TextField, { label: '备注', rows: 2, small: true, wide: true, lang: 'en' });
		const box = screen.getByRole('textbox', { name: '备注' });
		expect(box.tagName).toBe('TEXTAREA');
		expect(box).toHaveAttribute('rows', '2');
		expect(box).toHaveAttribute('lang', 'en');
		expect(container.querySelector('.field')).toHaveClass('small', 'wide');
	});

	test('an error replaces the hint and marks the box invalid; `invalid` with `describedby` points elsewhere', () => {
		render(TextField, { label: '名称', hint: '提示', error: '不能为空', maxlength: 200 });
		const box = screen.getByRole('textbox', { name: '名称' });
		expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(box).toHaveAccessibleDescription('✖ 不能为空');
		expect(box).toHaveAttribute('maxlength', '200');
		expect(screen.queryByText('提示')).toBeNull();
	});

	test('invalid for a reason said elsewhere', () => {
		document.body.insertAdjacentHTML('beforeend', '<p id="why">与取值矛盾</p>');
		render(TextField, { label: '摘要', invalid: true, describedby: 'why' });
		const box = screen.getByRole('textbox', { name: '摘要' });
		expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(box).toHaveAccessibleDescription('与取值矛盾');
	});

	test('a date box: labelled, its hint describing it, the date typed going to oninput', async () => {
		const oninput = vi.fn();
		render(TextField, { label: '日期', type: 'date', hint: '留空表示空白', value: '2026-11-30', oninput });
		const box = screen.getByLabelText('日期') as HTMLInputElement;
		expect(box).toHaveAttribute('type', 'date');
		expect(box.value).toBe('2026-11-30');
		expect(box).toHaveAccessibleDescription('留空表示空白');
		await fireEvent.input(box, { target: { value: '2027-01-01' } });
		expect(oninput).toHaveBeenCalledWith('2027-01-01');
	});
});
