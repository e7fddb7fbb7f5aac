import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '$lib/corpus/report';
import { layoutNote } from '$lib/import/normalize';
import { i18n } from '$lib/state/locale.svelte';
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
	test('counts per level, what blocks applying (each gap with its line) and every unplaced line', () => {
		render(ImportReport, {
			report: analyze(TEXT),
			origin: { name: '办法.docx', format: 'docx', notes: [] },
			pending: true,
			id: 't',
			onscheme: () => {}
		});
		expect(screen.getByText('来源：办法.docx（Word 文档）')).toBeInTheDocument();
		const counts = screen.getByTestId('import-counts');
		expect(within(counts).getByRole('row', { name: '条 2' })).toBeInTheDocument();
		expect(within(counts).getByRole('row', { name: '章 1' })).toBeInTheDocument();
		// half-width brackets are an item, not a paragraph to check
		expect(within(counts).getByRole('row', { name: '项 1' })).toBeInTheDocument();
		expect(screen.getByTestId('import-summary')).toHaveTextContent('1 章 2 条 1 项');
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('无法拆分');
		expect(alert).toHaveTextContent('1 行无法归入任何单元');
		expect(alert).toHaveTextContent('第 5 行 编号不连续：第三条 之前缺少 1 个编号（应为 2，实为 3）');
		expect(screen.getByTestId('import-unplaced')).toHaveTextContent('第 3 行 这一行不在任何一条之内');
	});

	test('the scheme the text shows is offered when another is chosen', async () => {
		const onscheme = vi.fn();
		const report = analyze('通知\n一、总体要求\n内容。\n二、主要任务\n内容。', { scheme: 'articles' });
		render(ImportReport, { report, origin: null, pending: true, id: 't', onscheme });
		expect(screen.getByText('文本的编号看来是：按部分（一、二、…）。')).toBeInTheDocument();
		expect(screen.getByRole('alert')).toHaveTextContent('按“第X条”编号未找到任何条');
		expect(screen.getByRole('alert')).toHaveTextContent('按“一、”可识别 2 个单元');
		expect(screen.getByTestId('import-unplaced')).toHaveTextContent('第 4 行 二、主要任务');
		await fireEvent.click(screen.getByRole('button', { name: '改用按部分（一、二、…）' }));
		expect(onscheme).toHaveBeenCalledWith('sections');
		await fireEvent.change(screen.getByRole('combobox', { name: '编号方式' }), {
			target: { value: 'sections' }
		});
		expect(onscheme).toHaveBeenLastCalledWith('sections');
	});

	test('a clean text: no alert, the encoding, notes and hard wraps joined shown', () => {
		const para = '为规范公共数据授权运营管理，根据有关法律法规，结合本市实际，制定本办法。本办法适用于本市。';
		const wrapped = ['办法', `第一条\u3000${para}`, `第二条\u3000${para}`, `第三条\u3000${para}`]
			.map((l) => [...l].map((ch, i) => (i && i % 20 === 0 ? '\n' : '') + ch).join(''))
			.join('\n');
		render(ImportReport, {
			report: analyze(wrapped),
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
		expect(screen.getByTestId('import-summary')).toHaveTextContent(/^3 条$/u);
		expect(screen.getByTestId('import-layout')).toHaveTextContent(
			'已合并 6 处被硬换行断开的行（原文约每 20 字换行）'
		);
	});

	describe('in English', () => {
		afterEach(() => i18n.set('zh-CN', false));

		test('the report’s warnings, a numbering gap, the counts and the reader’s notes are said in English', () => {
			i18n.set('en', false);
			render(ImportReport, {
				report: analyze(TEXT),
				origin: {
					name: 'a.txt',
					format: 'txt',
					notes: [layoutNote({ lineEnds: 2, oddSpaces: 0, invisible: 1 })!]
				},
				pending: true,
				id: 't',
				onscheme: () => {}
			});
			const alert = screen.getByRole('alert');
			expect(alert).toHaveTextContent('1 line could not be placed in any unit.');
			expect(alert).toHaveTextContent('Numbering runs out of order 1 time (gaps or repeats).');
			expect(alert).toHaveTextContent(
				'Numbering gap: 1 number is missing before 第三条 (expected 2, found 3).'
			);
			expect(alert).not.toHaveTextContent('无法归入');
			expect(screen.getByTestId('import-summary')).toHaveTextContent('1 chapter, 2 articles, 1 item');
			expect(
				screen.getByText(
					'Layout normalised: 2 line ends (CR/CRLF and the like), 1 invisible characters (zero-width, soft hyphens …); no words changed.'
				)
			).toBeInTheDocument();
		});
	});
});
