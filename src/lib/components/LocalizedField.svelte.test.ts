import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import LocalizedField from './LocalizedField.svelte';

const labels = { labelZh: '摘要（中文）', labelEn: '摘要（英文）' };

describe('LocalizedField', () => {
	test('two boxes, Chinese first, each in its language; an edit gives the whole pair', async () => {
		const oninput = vi.fn();
		render(LocalizedField, { ...labels, value: { zh: '三年', en: 'three years' }, oninput });
		const [zh, en] = screen.getAllByRole('textbox');
		expect(zh).toHaveAccessibleName('摘要（中文）');
		expect(zh).toHaveAttribute('lang', 'zh-CN');
		expect(zh).toHaveValue('三年');
		expect(en).toHaveAccessibleName('摘要（英文）');
		expect(en).toHaveAttribute('lang', 'en');
		expect(en).toHaveValue('three years');
		await fireEvent.input(zh!, { target: { value: '两年' } });
		expect(oninput).toHaveBeenLastCalledWith({ zh: '两年', en: 'three years' });
		await fireEvent.input(en!, { target: { value: 'two years' } });
		expect(oninput).toHaveBeenLastCalledWith({ zh: '三年', en: 'two years' });
	});

	test('rows make text areas; small and wide are classes of both fields', () => {
		const { container } = render(LocalizedField, {
			...labels,
			value: { zh: '', en: '' },
			rows: 2,
			small: true,
			wide: true,
			oninput: vi.fn()
		});
		const boxes = screen.getAllByRole('textbox');
		expect(boxes.map((b) => b.tagName)).toEqual(['TEXTAREA', 'TEXTAREA']);
		expect(boxes.map((b) => b.getAttribute('rows'))).toEqual(['2', '2']);
		const fields = container.querySelectorAll('.field');
		expect(fields).toHaveLength(2);
		for (const f of fields) expect(f).toHaveClass('small', 'wide');
	});

	test('`invalid` with `describedby` marks the Chinese box only', () => {
		document.body.insertAdjacentHTML('beforeend', '<p id="why-pair">与取值矛盾</p>');
		render(LocalizedField, {
			...labels,
			value: { zh: '五年', en: 'five years' },
			invalid: true,
			describedby: 'why-pair',
			oninput: vi.fn()
		});
		const zh = screen.getByRole('textbox', { name: '摘要（中文）' });
		const en = screen.getByRole('textbox', { name: '摘要（英文）' });
		expect(zh).toHaveAttribute('aria-invalid', 'true');
		expect(zh).toHaveAccessibleDescription('与取值矛盾');
		expect(en).not.toHaveAttribute('aria-invalid');
		expect(en).not.toHaveAccessibleDescription();
	});
});
