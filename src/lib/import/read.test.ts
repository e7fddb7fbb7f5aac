import { describe, expect, test } from 'vitest';
import { readImport } from './read';
import { gbk, nationalTexts } from './test-fixtures';
import { ImportError, LIMITS } from './types';
import { wordsIn } from '$lib/rules/words';

const enc = (s: string) => new TextEncoder().encode(s);
const texts = nationalTexts();

async function refusal(bytes: Uint8Array, name: string): Promise<ImportError> {
	const e = await readImport(bytes, name).then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(ImportError);
	return e as ImportError;
}

describe('readImport of text files', () => {
	test('GBK with CRLF line ends: decoded, line ends normalised, and both said', async () => {
		const text = texts['pricing-notice']!;
		const imported = await readImport(gbk(text.replace(/\n/gu, '\r\n')), '通知.txt');
		expect(imported).toMatchObject({ format: 'txt', encoding: 'gb18030', bom: false, text });
		expect(imported.notes.map((n) => n.code)).toEqual(['layout']);
	});

	test('the name does not decide: a .docx name on plain text is refused as misnamed', async () => {
		expect((await refusal(enc('第一条　内容'), 'x.docx')).code).toBe('misnamed');
		// and text under any other name is text
		expect((await readImport(enc('第一条　内容'), 'x.md')).format).toBe('txt');
	});

	test('radicals copied out of a PDF are flagged, not changed', async () => {
		const imported = await readImport(enc('第⼀条　内容。'), 'copied.txt');
		expect(imported.text).toBe('第⼀条　内容。');
		expect(imported.notes.find((n) => n.code === 'radicals')?.severity).toBe('warning');
	});

	test('a saved web page, an empty file, a blank one, oversized ones', async () => {
		expect((await refusal(enc('<!DOCTYPE html><html><body>第一条</body></html>'), 'a.html')).code).toBe(
			'html'
		);
		expect((await refusal(new Uint8Array(), 'a.txt')).code).toBe('empty');
		expect((await refusal(enc(' \n\u3000\n'), 'a.txt')).code).toBe('empty');
		expect((await refusal(new Uint8Array(LIMITS.textBytes + 1).fill(0x41), 'a.txt')).code).toBe('tooLarge');
		const huge = await refusal(new Uint8Array(LIMITS.fileBytes + 1), 'a.pdf');
		expect(huge.code).toBe('tooLarge');
		expect(wordsIn(huge.localized, 'zh-CN')).toContain('20 MB');
	});
});
