// Bytes → text, and what kind of file the bytes are. A .txt is UTF-8 (with or without a byte-order mark),
// UTF-16 with a byte-order mark, or GB18030 (which includes GBK and GB2312): tried in that order, with the
// platform's own TextDecoder (browsers and Node with full ICU both read GB18030). Anything else is refused
// with a message saying what the file is and what to do. Pure; the one decoder (the
// sandbox, the import command and the corpus tests all use it).

import type { Localized } from '$lib/regions/types';
import { ImportError, type TextEncodingName } from './types';

export type SniffedFormat = 'pdf' | 'zip' | 'text';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** Formats no reader here handles, by their first bytes, with what to do instead. */
const REFUSED: { sig: number[]; code: string; zh: string; en: string }[] = [
	{
		sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
		code: 'legacyOffice',
		zh: '这是旧版 Word（.doc）或 WPS 文件。请在 Word 或 WPS 中打开，另存为 .docx 后再导入。',
		en: 'This is an old-format Word (.doc) or WPS file. Open it in Word or WPS, save it as .docx, and import that.'
	},
	{
		sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
		code: 'rtf',
		zh: '这是 RTF 文件。请另存为 .docx 或纯文本（.txt）后再导入。',
		en: 'This is an RTF file. Save it as .docx or plain text (.txt) and import that.'
	},
	{ sig: [0x89, 0x50, 0x4e, 0x47], code: 'image', zh: '', en: '' },
	{ sig: [0xff, 0xd8, 0xff], code: 'image', zh: '', en: '' },
	{ sig: [0x47, 0x49, 0x46, 0x38], code: 'image', zh: '', en: '' },
	{ sig: [0x49, 0x49, 0x2a, 0x00], code: 'image', zh: '', en: '' },
	{ sig: [0x4d, 0x4d, 0x00, 0x2a], code: 'image', zh: '', en: '' }
];

const IMAGE = {
	zh: '这是一张图片，其中没有可读取的文字。请先做文字识别（OCR），再导入识别出的文本。',
	en: 'This is an image: it holds no text to read. Run text recognition (OCR) on it first and import the result.'
};

/** What the bytes are: a PDF, a ZIP archive (a .docx is one) or text; other known formats are refused. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
	// a PDF may have a few bytes of junk before its header
	if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
		return 'zip';
	for (const r of REFUSED)
		if (startsWith(bytes, r.sig))
			throw new ImportError(r.code, r.code === 'image' ? IMAGE : { zh: r.zh, en: r.en });
	return 'text';
}

export interface Decoded {
	text: string;
	encoding: TextEncodingName;
	bom: boolean;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Characters no regulation's text contains: control characters other than tab and line ends, the
 * replacement character, private-use code points. A few are tolerated (a stray one in a long file).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const JUNK = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/gu;

function looksLikeText(text: string): boolean {
	const junk = text.match(JUNK)?.length ?? 0;
	return junk <= Math.max(2, text.length / 1000);
}

const notText = (why: Localized) =>
	new ImportError('notText', {
		zh: `无法将该文件读作文本（${why.zh}）。支持的格式：UTF-8、UTF-16 或 GBK/GB18030 编码的 .txt，以及 .docx 和 .pdf。`,
		en: `This file cannot be read as text (${why.en}). Supported: .txt in UTF-8, UTF-16 or GBK/GB18030, .docx and .pdf.`
	});

/** Decode a text file's bytes; throws ImportError when they are not text in a supported encoding. */
export function decodeText(bytes: Uint8Array): Decoded {
	if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]))
		throw new ImportError('utf32', {
			zh: '该文件为 UTF-32 编码，暂不支持。请另存为 UTF-8 后再导入。',
			en: 'This file is UTF-32, which is not supported. Save it as UTF-8 and import that.'
		});
	const boms: [number[], TextEncodingName][] = [
		[[0xef, 0xbb, 0xbf], 'utf-8'],
		[[0xff, 0xfe], 'utf-16le'],
		[[0xfe, 0xff], 'utf-16be']
	];
	for (const [sig, encoding] of boms) {
		if (!startsWith(bytes, sig)) continue;
		const text = decode(bytes.subarray(sig.length), encoding);
		if (text === null || !looksLikeText(text))
			throw notText({
				zh: `字节顺序标记表明为 ${encoding.toUpperCase()}，但内容不是有效的 ${encoding.toUpperCase()} 文本`,
				en: `its byte-order mark says ${encoding.toUpperCase()}, but the rest is not valid ${encoding.toUpperCase()}`
			});
		return { text, encoding, bom: true };
	}
	// NUL bytes: a binary file (UTF-16 without a mark is not guessed at)
	if (bytes.includes(0)) throw notText({ zh: '含有二进制数据', en: 'it holds binary data' });
	for (const encoding of ['utf-8', 'gb18030'] as const) {
		const text = decode(bytes, encoding);
		if (text !== null && looksLikeText(text)) return { text, encoding, bom: false };
	}
	throw notText({ zh: '既不是 UTF-8 也不是 GBK/GB18030', en: 'it is neither UTF-8 nor GBK/GB18030' });
}
