// Bytes of a text file to a string: UTF-8 when the bytes are valid UTF-8 (with or without a BOM), otherwise
// GB18030 (a superset of GBK and GB2312, what Chinese government sites and older Word exports save). The
// browser's and Node's TextDecoder read both; nothing is guessed from a sample.

export type TextEncodingName = 'utf-8' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { text, encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}
