// Strip the known artefacts of converting the source documents to text (see shared/regulations/README.md):
// Word's "[bookmark: _GoBack]", leading blank lines, full-width indentation, and page breaks that cut a
// sentence in two (Jiangsu). Everything else is kept verbatim.

import { DATE_LINE, FOOTER_START, isHeadingOnly, readMark } from './markers.ts';

export const BOOKMARK = '[bookmark: _GoBack]';

/** A cleaned line with the source line numbers it came from (several for a page-break or hard-wrap join). */
export interface SourceLine {
	text: string;
	lines: number[];
	/** The source line began with indentation (a first-line indent marks a new paragraph in some copies). */
	indent?: boolean;
}

/** Characters after which a sentence or heading may legitimately end a line. */
const LINE_END = /[。；：:;！？!?）)」”"】]$/u;

/** Whether a line begins a new provision, a date or a footer, so no join ever swallows it. */
export function startsUnit(text: string): boolean {
	return readMark(text.replace(/^- /u, '')) !== null || DATE_LINE.test(text) || FOOTER_START.test(text);
}

/** A heading line ("第一章 总则", "一、总体要求"): nothing joins onto it. */
export function isHeadingLine(text: string): boolean {
	const mark = readMark(text);
	return mark !== null && isHeadingOnly(mark);
}

/** The source's lines, whatever its line ends (LF, CRLF or CR). */
export function splitLines(raw: string): string[] {
	return raw.split(/\r\n|\r|\n/u);
}

/** Indentation and trailing space the conversion added; NBSP inside a line (after "第一条") is kept. */
function trimLine(s: string): string {
	return s.replace(/^[\s\u3000\u00a0]+/u, '').replace(/[\s\u3000\u00a0]+$/u, '');
}

/** Split raw text into non-blank, artefact-free lines, remembering where each came from. */
export function cleanLines(raw: string): SourceLine[] {
	const out: SourceLine[] = [];
	splitLines(raw).forEach((line, i) => {
		const untagged = line.split(BOOKMARK).join('');
		const text = trimLine(untagged);
		if (!text) return;
		const clean: SourceLine = { text, lines: [i + 1] };
		if (/^[\s\u3000\u00a0]/u.test(untagged)) clean.indent = true;
		out.push(clean);
	});
	return out;
}

/**
 * Rejoin lines a page break split mid-sentence: the first ends without closing punctuation and is not a
 * heading, a blank line follows in the source, and the next line does not start a new provision.
 */
export function joinPageBreaks(lines: SourceLine[], from = 0, to = lines.length): SourceLine[] {
	const out: SourceLine[] = lines.slice(0, from);
	for (let i = from; i < to; i++) {
		const line = lines[i]!;
		const prev = out[out.length - 1];
		const lastNo = prev?.lines[prev.lines.length - 1];
		if (
			prev &&
			i > from &&
			lastNo !== undefined &&
			line.lines[0]! > lastNo + 1 &&
			!LINE_END.test(prev.text) &&
			!isHeadingLine(prev.text) &&
			!startsUnit(line.text)
		) {
			out[out.length - 1] = { ...prev, text: prev.text + line.text, lines: [...prev.lines, ...line.lines] };
		} else {
			out.push(line);
		}
	}
	return out.concat(lines.slice(to));
}

/** The text with every kind of white space removed: what "verbatim" is measured on. */
export function withoutWhitespace(s: string): string {
	return s.replace(/[\s\u3000\u00a0]+/gu, '');
}
