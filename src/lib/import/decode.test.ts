import { describe, expect, test } from 'vitest';
import { decodeText, sniffFormat } from './decode';
import { gbk, nationalTexts, PNG, utf16, utf8Bom } from './test-fixtures';
import { ImportError } from './types';
import { wordsIn } from '$lib/rules/words';

const texts = nationalTexts();
const caught = (fn: () => unknown): unknown => {
	try {
		fn();
	} catch (e) {
		return e;
	}
	return null;
};
const code = (fn: () => unknown) => {
	const e = caught(fn);
	return e instanceof ImportError ? e.code : `not an ImportError: ${e}`;
};

describe('decodeText', () => {
	test.each(Object.keys(texts))('%s: UTF-8, with and without a byte-order mark', (name) => {
		const text = texts[name]!;
		expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', bom: false });
		expect(decodeText(utf8Bom(text))).toEqual({ text, encoding: 'utf-8', bom: true });
	});

	test.each(Object.keys(texts))('%s: GBK bytes are read as GB18030, character for character', (name) => {
		const text = texts[name]!;
		const bytes = gbk(text);
		expect(bytes.length).toBeLessThan(new TextEncoder().encode(text).length); // two bytes a character
		expect(decodeText(bytes)).toEqual({ text, encoding: 'gb18030', bom: false });
	});

	test.each(['le', 'be'] as const)('UTF-16%s with its byte-order mark', (endian) => {
		const text = texts['registration-measures']!;
		expect(decodeText(utf16(text, endian))).toEqual({ text, encoding: `utf-16${endian}`, bom: true });
	});

	test('GB18030 four-byte characters survive', () => {
		const text = '第一条　𠀀㐀€数据';
		expect(decodeText(gbk(text)).text).toBe(text);
	});

	test('binary, UTF-32 and byte soup are refused with a reason', () => {
		expect(code(() => decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x00])))).toBe('notText');
		expect(code(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0])))).toBe('utf32');
		// a byte-order mark over bytes that are not UTF-8
		expect(code(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28])))).toBe('notText');
		// pseudo-random bytes without NUL: neither valid UTF-8 nor plausible GB18030
		let seed = 7;
		const soup = Uint8Array.from(
			{ length: 4096 },
			() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 255) + 1
		);
		expect(code(() => decodeText(soup))).toBe('notText');
		// control characters decoded cleanly are still not a text
		expect(code(() => decodeText(new Uint8Array(Array.from({ length: 200 }, (_, i) => 1 + (i % 8)))))).toBe(
			'notText'
		);
	});

	test('the refusal says what is supported', () => {
		const e = caught(() => decodeText(new Uint8Array([1, 2, 0])));
		expect(e).toBeInstanceOf(ImportError);
		expect(wordsIn((e as ImportError).localized, 'zh-CN')).toContain('GBK/GB18030');
		expect(wordsIn((e as ImportError).localized, 'en')).toContain('.docx and .pdf');
	});

	test('the refusal is the app’s own words, its reason said in the same language; the Error says it in English', () => {
		const e = caught(() => decodeText(new Uint8Array([1, 2, 0]))) as ImportError;
		expect(wordsIn(e.localized, 'zh-CN')).toBe(
			'无法将该文件读作文本（含有二进制数据）。支持的格式：UTF-8、UTF-16 或 GBK/GB18030 编码的 .txt，以及 .docx 和 .pdf。'
		);
		expect(e.message).toBe(
			'This file cannot be read as text (it holds binary data). Supported: .txt in UTF-8, UTF-16 or GBK/GB18030, .docx and .pdf.'
		);
	});
});

describe('sniffFormat', () => {
	test('by content, not by name', () => {
		expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
		expect(sniffFormat(new TextEncoder().encode('\n\n%PDF-1.4'))).toBe('pdf');
		expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
		expect(sniffFormat(new TextEncoder().encode('第一条　内容'))).toBe('text');
	});

	test.each([
		['legacyOffice', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]],
		['rtf', [...new TextEncoder().encode('{\\rtf1\\ansi')]],
		['image', [...PNG]],
		['image', [0xff, 0xd8, 0xff, 0xe0]]
	])('refuses %s files with what to do instead', (expected, bytes) => {
		expect(code(() => sniffFormat(new Uint8Array(bytes)))).toBe(expected);
	});
});
