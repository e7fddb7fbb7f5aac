import { describe, expect, test } from 'vitest';
import { withoutWhitespace } from '$lib/corpus/clean';
import { analyze } from '$lib/corpus/report';
import { assemble, linesOfPage, type TextPiece } from './pdf';
import { readImport } from './read';
import { readCMap } from './node-cmaps';
import {
	linesOf,
	makeEncryptedPdf,
	makePdf,
	makeScannedPdf,
	makeUnembeddedPdf,
	nationalTexts
} from './test-fixtures';
import { ImportError } from './types';
import { wordsIn } from '$lib/rules/words';

const texts = nationalTexts();
const piece = (str: string, x: number, y: number, size = 10): TextPiece => ({
	str,
	x,
	y,
	width: [...str].length * size,
	size
});
const page = (...lines: string[]) => lines.map((text, i) => ({ text, y: 800 - i * 20 }));
const shape = (text: string) =>
	analyze(text).units.map((u) => [u.id, u.level, u.label.zh, withoutWhitespace(u.text)].join(' '));

async function refusal(bytes: Uint8Array, name = 'x.pdf'): Promise<ImportError> {
	return refusalWith(bytes, readCMap, name);
}

async function refusalWith(
	bytes: Uint8Array,
	loadCMap: (f: string) => Promise<Uint8Array>,
	name = 'x.pdf'
): Promise<ImportError> {
	const e = await readImport(bytes, name, { loadCMap }).then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(ImportError);
	return e as ImportError;
}

describe('printed lines from text pieces', () => {
	test('pieces on one baseline join left to right; a visible gap is a space; top line first', () => {
		const lines = linesOfPage([
			piece('为推进', 110, 700.4),
			piece('第一条', 50, 700),
			piece('（一）项', 50, 680),
			piece(' ', 80, 700),
			piece('标题', 200, 740, 16)
		]);
		expect(lines.map((l) => l.text)).toEqual(['标题', '第一条 为推进', '（一）项']);
	});

	test('pieces that touch are not split by a space', () => {
		expect(linesOfPage([piece('2025', 50, 500), piece('年', 90, 500)])[0]!.text).toBe('2025年');
	});
});

describe('page furniture', () => {
	test('page numbers at either edge and running headers are dropped and counted; a one-off title stays', () => {
		const a = assemble([
			page('国家数据局文件', '国家数据局文件', '第一条　内容', '- 1 -'),
			page('国家数据局文件', '第二条　内容', '— 2 —'),
			page('国家数据局文件', '第三条　内容', '第 3 页 共 3 页')
		]);
		// the page-1 title repeats the running header below it, and stays
		expect(a.text).toBe('国家数据局文件\n第一条　内容\n第二条　内容\n第三条　内容');
		expect(a.dropped).toEqual([
			{ text: '国家数据局文件', pages: 3 },
			{ text: '- 1 -', pages: 1 },
			{ text: '— 2 —', pages: 1 },
			{ text: '第 3 页 共 3 页', pages: 1 }
		]);
	});

	test('a line recurring on only some pages is text', () => {
		const a = assemble([
			page('甲', '第一条'),
			page('乙', '第二条'),
			page('丙', '第三条'),
			page('甲', '第四条'),
			page('丁', '第五条')
		]);
		expect(a.dropped).toEqual([]);
	});

	test('pages without text are listed', () => {
		expect(assemble([page('第一条'), [], page('第二条')]).emptyPages).toEqual([2]);
	});
});

describe('.pdf made with an embedded CJK font', () => {
	test.each(Object.keys(texts))(
		'%s, one printed line a paragraph, with a running header and page numbers: the same outline as the text',
		async (name) => {
			const text = texts[name]!;
			const { bytes, printed } = await makePdf(linesOf(text), {
				header: '国家发展改革委　国家数据局',
				pageNumbers: true,
				linesPerPage: 6,
				spaceAsGap: true
			});
			const imported = await readImport(bytes, `${name}.pdf`, { loadCMap: readCMap });
			expect(imported.format).toBe('pdf');
			expect(linesOf(imported.text).map(withoutWhitespace)).toEqual(printed.map(withoutWhitespace));
			expect(shape(imported.text)).toEqual(shape(text));
			const furniture = imported.notes.find((n) => n.code === 'pageFurniture');
			expect(furniture?.examples?.[0]).toMatch(/^国家发展改革委 ?国家数据局 ×\d+$/u);
		},
		60_000
	);

	test('hard-wrapped at 30 characters: each printed line kept, the words all there', async () => {
		const text = texts['registration-measures']!;
		const { bytes, printed } = await makePdf(linesOf(text), { wrapAt: 30, pageNumbers: true });
		expect(printed.length).toBeGreaterThan(linesOf(text).length + 60);
		const imported = await readImport(bytes, 'wrapped.pdf', { loadCMap: readCMap });
		expect(linesOf(imported.text).map(withoutWhitespace)).toEqual(printed.map(withoutWhitespace));
		expect(withoutWhitespace(imported.text)).toBe(withoutWhitespace(text));
		expect(wordsIn(imported.notes.find((n) => n.code === 'pdfLines')!.message, 'en')).toContain(
			'joined when the text is split'
		);
	}, 60_000);

	test('fonts not embedded (STSong-Light, UniGB-UCS2-H): read through the Adobe-GB1 character maps', async () => {
		const lines = linesOf(texts['registration-measures']!).slice(0, 12);
		const bytes = makeUnembeddedPdf(lines);
		const imported = await readImport(bytes, 'itext.pdf', { loadCMap: readCMap });
		expect(linesOf(imported.text).map(withoutWhitespace)).toEqual(lines.map(withoutWhitespace));
		// without the maps nothing is readable: the loader is what makes the difference
		const missing = async () => {
			throw new Error('no maps');
		};
		expect((await refusalWith(bytes, missing)).code).toBe('noTextLayer');
	});

	test('a PDF without a text layer: OCR it first', async () => {
		const e = await refusal(await makeScannedPdf());
		expect(e.code).toBe('noTextLayer');
		expect(wordsIn(e.localized, 'en')).toMatch(/has no text layer .*; OCR it first/u);
	});

	test('a password-protected PDF says so', async () => {
		expect((await refusal(makeEncryptedPdf())).code).toBe('encryptedPdf');
	});

	test('a damaged PDF, and a text file named .pdf', async () => {
		expect((await refusal(new TextEncoder().encode('%PDF-1.7\ngarbage'))).code).toBe('damagedPdf');
		expect((await refusal(new TextEncoder().encode('第一条　内容'), 'x.pdf')).code).toBe('misnamed');
	});
});
