// Bytes → text, and what kind of file the bytes are. A .txt is UTF-8 (with or without a byte-order mark),
// UTF-16 with a byte-order mark, or GB18030 (which includes GBK and GB2312): tried in that order, with the
// platform's own TextDecoder (browsers and Node with full ICU both read GB18030). Anything else is refused
// with a message saying what the file is and what to do. Pure; the one decoder (the
// sandbox, the import command and the corpus tests all use it). What it says is the app's own words (Paraglide
// `importerr_*` messages); no law-derived words are said here.

import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';
import { ImportError, type TextEncodingName } from './types';

export type SniffedFormat = 'pdf' | 'zip' | 'text';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** Formats no reader here handles, by their first bytes, with what to do instead. */
const REFUSED: { sig: number[]; code: string; message: () => Words }[] = [
	{
		sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
		code: 'legacyOffice',
		message: () => said(m.importerr_legacy_office)
	},
	{
		sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
		code: 'rtf',
		message: () => said(m.importerr_rtf)
	},
	...[
		[0x89, 0x50, 0x4e, 0x47],
		[0xff, 0xd8, 0xff],
		[0x47, 0x49, 0x46, 0x38],
		[0x49, 0x49, 0x2a, 0x00],
		[0x4d, 0x4d, 0x00, 0x2a]
	].map((sig) => ({ sig, code: 'image', message: () => said(m.importerr_image) }))
];

/** What the bytes are: a PDF, a ZIP archive (a .docx is one) or text; other known formats are refused. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
	// a PDF may have a few bytes of junk before its header
	if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
		return 'zip';
	for (const r of REFUSED) if (startsWith(bytes, r.sig)) throw new ImportError(r.code, r.message());
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

const notText = (why: Words) => new ImportError('notText', said(m.importerr_not_text, { why }));

/** Decode a text file's bytes; throws ImportError when they are not text in a supported encoding. */
export function decodeText(bytes: Uint8Array): Decoded {
	if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]))
		throw new ImportError('utf32', said(m.importerr_utf32));
	const boms: [number[], TextEncodingName][] = [
		[[0xef, 0xbb, 0xbf], 'utf-8'],
		[[0xff, 0xfe], 'utf-16le'],
		[[0xfe, 0xff], 'utf-16be']
	];
	for (const [sig, encoding] of boms) {
		if (!startsWith(bytes, sig)) continue;
		const text = decode(bytes.subarray(sig.length), encoding);
		if (text === null || !looksLikeText(text))
			throw notText(said(m.importerr_why_bom, { encoding: encoding.toUpperCase() }));
		return { text, encoding, bom: true };
	}
	// NUL bytes: a binary file (UTF-16 without a mark is not guessed at)
	if (bytes.includes(0)) throw notText(said(m.importerr_why_binary));
	for (const encoding of ['utf-8', 'gb18030'] as const) {
		const text = decode(bytes, encoding);
		if (text !== null && looksLikeText(text)) return { text, encoding, bom: false };
	}
	throw notText(said(m.importerr_why_encoding));
}
