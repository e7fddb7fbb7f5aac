import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { outline } from '$lib/import/outline';
import ImportReport from './ImportReport.svelte';

const TEXT = [
	'某市公共数据授权运营管理办法',
	'第一章　总则',
	'这一行不在任何一条之内',
	'第一条　为规范公共数据授权运营，制定本办法。',
	'第三条　授权运营协议期限一般不超过2年。',
	'(一)提交运营报告；'
].join('\n');

describe('ImportReport', () => {
	test('counts per level, blocking problems, lines to check and every unplaced line', () => {
		const o = outline(TEXT);
		render(ImportReport, {
			outline: o,
			origin: { name: '办法.docx', format: 'docx', notes: [] },
			pending: true,
			id: 't',
			onscheme: () => {}
		});
		expect(screen.getByText('来源：办法.docx（Word 文档）')).toBeInTheDocument();
		const counts = screen.getByTestId('import-counts');
		expect(within(counts).getByRole('row', { name: '条 2' })).toBeInTheDocument();
		expect(within(counts).getByRole('row', { name: '章 1' })).toBeInTheDocument();
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('无法拆分');
		expect(alert).toHaveTextContent('缺少 第二条');
		expect(alert).toHaveTextContent('有 1 行无法归入任何条');
		expect(screen.getByTestId('import-checks')).toHaveTextContent('第 6 行像编号标题');
		expect(screen.getByTestId('import-unplaced')).toHaveTextContent('第 3 行 这一行不在任何一条之内');
	});

	test('the scheme the text shows is offered when another is chosen', async () => {
		const onscheme = vi.fn();
		const o = outline('通知\n一、总体要求\n内容。\n二、主要任务\n内容。', { scheme: 'articles' });
		render(ImportReport, { outline: o, origin: null, pending: true, id: 't', onscheme });
		expect(screen.getByText('文本的编号看来是：按部分（一、二、…）。')).toBeInTheDocument();
		expect(screen.getByRole('alert')).toHaveTextContent('按“第X条”没有找到任何条文');
		await fireEvent.click(screen.getByRole('button', { name: '改用按部分（一、二、…）' }));
		expect(onscheme).toHaveBeenCalledWith('sections');
		await fireEvent.change(screen.getByRole('combobox', { name: '编号方式' }), {
			target: { value: 'sections' }
		});
		expect(onscheme).toHaveBeenLastCalledWith('sections');
	});

	test('a clean text: no alert, the encoding and notes shown', () => {
		const o = outline('办法\n第一条　甲。\n第二条　乙。');
		render(ImportReport, {
			outline: o,
			origin: {
				name: 'a.txt',
				format: 'txt',
				encoding: 'gb18030',
				bom: false,
				notes: [{ code: 'layout', severity: 'info', message: { zh: '已统一版式', en: 'Layout' } }]
			},
			pending: true,
			id: 't',
			onscheme: () => {}
		});
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByTestId('import-encoding')).toHaveTextContent('编码：GB18030');
		expect(screen.getByText('已统一版式')).toBeInTheDocument();
		expect(screen.getByTestId('import-summary')).toHaveTextContent('2 条');
	});
});
