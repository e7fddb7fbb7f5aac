import { describe, expect, test } from 'vitest';
import { withoutWhitespace } from '$lib/corpus/clean';
import { analyze } from '$lib/corpus/report';
import { readImport } from './read';
import { unzipSync } from 'fflate';
import {
	lieAboutSizes,
	linesOf,
	makeDocx,
	makeZip,
	nationalTexts,
	zeroDeflate,
	zipOfDeflated
} from './test-fixtures';
import { ImportError, LIMITS } from './types';
import { wordsIn } from '$lib/rules/words';

const texts = nationalTexts();
const shape = (text: string) =>
	analyze(text).units.map((u) => [u.id, u.level, u.label.zh, withoutWhitespace(u.text)].join(' '));

async function refusal(bytes: Uint8Array, name = 'x.docx'): Promise<ImportError> {
	const e = await readImport(bytes, name).then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(ImportError);
	return e as ImportError;
}

describe('.docx', () => {
	test.each(Object.keys(texts))(
		'%s: one paragraph a line, the same outline as the text',
		async (name) => {
			const text = texts[name]!;
			const imported = await readImport(await makeDocx(linesOf(text)), `${name}.docx`);
			expect(imported.format).toBe('docx');
			expect(linesOf(imported.text)).toEqual(linesOf(text).map((l) => l.trimEnd()));
			expect(shape(imported.text)).toEqual(shape(text));
			expect(imported.notes.filter((n) => n.severity === 'warning')).toEqual([]);
		},
		30_000
	);

	test('Word’s automatic numbering is lost, and the report says how many paragraphs', async () => {
		const lines = linesOf(texts['registration-measures']!).map((l) =>
			l.replace(/^第[一二三四五六七八九十]+条\u3000/u, '')
		);
		const numbered = (l: string, i: number) => i > 0 && !/^第.+章/u.test(l) && !/^（/u.test(l) && i % 3 === 0;
		const count = lines.filter(numbered).length;
		const imported = await readImport(await makeDocx(lines, { autoNumbered: numbered }), 'auto.docx');
		const note = imported.notes.find((n) => n.code === 'autoNumbering');
		expect(note?.severity).toBe('warning');
		expect(wordsIn(note!.message, 'zh-CN')).toContain(`有 ${count} 个段落使用 Word 自动编号`);
	});

	test('tables give their cells line by line; images are skipped, not read', async () => {
		const imported = await readImport(
			await makeDocx(linesOf(texts['pricing-notice']!), { tableAndImage: true }),
			'table.docx'
		);
		expect(imported.text.split('\n').slice(1, 3)).toEqual(['表格左格', '表格右格']);
		expect(wordsIn(imported.notes.find((n) => n.code === 'tables')!.message, 'en')).toContain('1 table;');
	});
});

describe('hostile and wrong archives', () => {
	test('more entries than any Word file has', async () => {
		const entries = Object.fromEntries(
			Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => [`f/${i}.bin`, 'x'])
		);
		expect((await refusal(makeZip(entries))).code).toBe('zipLimits');
	});

	test('a part that says it unpacks past the cap is never unpacked', async () => {
		const zip = lieAboutSizes(makeZip({ 'word/document.xml': '<w:document/>' }), LIMITS.zipPartBytes + 1);
		const e = await refusal(zip);
		expect(e.code).toBe('zipLimits');
		expect(wordsIn(e.localized, 'en')).toContain('word/document.xml');
	});

	test('the bomb fixture: a hand-written DEFLATE stream that inflates to zeros, 258 at a time', async () => {
		const { inflateSync } = await import('fflate');
		const stream = zeroDeflate(4096);
		const zeros = (x: Uint8Array | undefined) => [x?.length, x?.every((b) => b === 0)];
		expect(zeros(inflateSync(stream))).toEqual([1 + 258 * 4096, true]);
		expect(stream.length).toBeLessThan(7000);
		const zip = zipOfDeflated('a.bin', stream, 1 + 258 * 4096);
		expect(zeros(unzipSync(zip)['a.bin'])).toEqual([1 + 258 * 4096, true]);
	});

	test('a bomb that lies about its size unpacks only as far as it says, then fails as damaged', async () => {
		// about 64 MB of zeros (1 + 258 × 260,111 bytes) in a part named like Word's, declared as 1 KB
		const bomb = zipOfDeflated('word/document.xml', zeroDeflate(260_111), 1024);
		expect((await refusal(bomb)).code).toMatch(/^damaged(Zip|Docx)$/u);
	});

	test('ZIP archives that are not Word documents say what they are', async () => {
		expect((await refusal(makeZip({ 'OFD.xml': '<ofd/>' }), 'x.ofd')).code).toBe('ofd');
		expect((await refusal(makeZip({ mimetype: 'x', 'content.xml': '<x/>' }), 'x.odt')).code).toBe('odf');
		expect((await refusal(makeZip({ 'a.txt': 'hello' }), 'x.zip')).code).toBe('notDocx');
	});

	test('a truncated .docx is damaged, not a crash', async () => {
		const docx = await makeDocx(linesOf(texts['pricing-notice']!));
		expect((await refusal(docx.slice(0, docx.length / 2))).code).toMatch(/^damaged(Zip|Docx)$/u);
	});

	test('the text of a docx is the words of its paragraphs, nothing added', async () => {
		const text = texts['circulation-security-plan']!;
		const imported = await readImport(await makeDocx(linesOf(text)), 'plan.docx');
		expect(withoutWhitespace(imported.text)).toBe(withoutWhitespace(text));
	});
});
