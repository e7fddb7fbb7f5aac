// Undo hard line wraps (a copy from a PDF, a text file wrapped at 30–40 characters): a line that does not open
// a new unit joins the line before it when that line was cut by the wrap, not ended by its author.
//
// How a cut line is told from an ended one:
//   - the text is wrapped at all only when many lines that end without closing punctuation, and are followed
//     by a line that opens no unit, share one length (the wrap width W); a text with one paragraph per line
//     has almost none, so it is never touched;
//   - if the copy kept first-line indents (a new paragraph indented, a wrapped line not), the indent decides;
//   - otherwise a line ending without closing punctuation (。；：！？) was cut if it is nearly full (≥ 0.8 W),
//     and one ending with closing punctuation only if it is exactly full (W): a sentence may end where the wrap
//     falls. A paragraph that ends exactly at the wrap width, followed by an unnumbered paragraph, therefore
//     joins it; without indents nothing in the text tells the two apart (see the report's notes).
//   - a heading line ("第一章 总则", "一、总体要求"), a date, a 抄送 line and any line opening a unit never join.

import type { NumberingScheme } from '$lib/regions/types';
import { isHeadingLine, type SourceLine } from './clean.ts';
import { CLOSING_PUNCT, DATE_LINE, FOOTER_START, readMark } from './markers.ts';

export interface UnwrapResult {
	lines: SourceLine[];
	/** The wrap width found (characters), or null when the text is not hard-wrapped. */
	width: number | null;
	/** Whether first-line indents decided where paragraphs begin. */
	byIndent: boolean;
	/** Number of line joins made. */
	joins: number;
}

const length = (s: string) => [...s].length;

/**
 * For each line, whether it opens a unit under the scheme: an article or section only in number order (a
 * wrapped line may begin "第三条规定的…"); a 章/节/编, list mark, date or 抄送 line always.
 */
export function unitStarts(lines: readonly SourceLine[], scheme: NumberingScheme): boolean[] {
	let article = 0;
	let section = 0;
	return lines.map(({ text }) => {
		if (DATE_LINE.test(text) || FOOTER_START.test(text)) return true;
		const mark = readMark(text.replace(/^- /u, ''));
		if (!mark) return false;
		switch (mark.type) {
			case 'article':
				if (scheme !== 'articles') return false;
				if (mark.separator || mark.bracketTitle !== undefined || mark.number === article + 1) {
					article = mark.number;
					return true;
				}
				return false;
			case 'section':
				if (scheme !== 'sections' || mark.number !== section + 1) return false;
				section = mark.number;
				return true;
			case 'part':
			case 'chapter':
			case 'division':
				return scheme === 'articles';
			default:
				return true;
		}
	});
}

function mode(values: number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best = 0;
	let bestCount = 0;
	for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
	return best;
}

/** Join hard-wrapped lines back into the lines their author wrote. */
export function unwrapLines(lines: readonly SourceLine[], scheme: NumberingScheme): UnwrapResult {
	const starts = unitStarts(lines, scheme);
	const open = (i: number) =>
		!CLOSING_PUNCT.test(lines[i]!.text) && !isHeadingLine(lines[i]!.text) && !DATE_LINE.test(lines[i]!.text);
	const candidates: number[] = [];
	for (let i = 0; i + 1 < lines.length; i++) if (open(i) && !starts[i + 1]) candidates.push(i);
	const long = candidates.filter((i) => length(lines[i]!.text) >= 16);
	if (long.length < 3 || long.length < 0.3 * (lines.length - 1)) {
		return { lines: [...lines], width: null, byIndent: false, joins: 0 };
	}
	const width = mode(long.map((i) => length(lines[i]!.text)));
	const nearlyFull = Math.floor(0.8 * width);
	const indented = lines.filter((l) => l.indent).length;
	const continuationIndented = long.filter((i) => lines[i + 1]!.indent).length;
	const byIndent = indented >= 3 && continuationIndented <= 0.1 * long.length;

	const out: SourceLine[] = [];
	let last = ''; // the last physical line of the current output line
	let joins = 0;
	lines.forEach((line, i) => {
		const prev = out[out.length - 1];
		let join = false;
		if (prev && !starts[i] && !isHeadingLine(prev.text) && !DATE_LINE.test(last)) {
			if (byIndent) join = !line.indent;
			else {
				const n = length(last);
				join = CLOSING_PUNCT.test(last) ? n >= width && n <= width + 2 : n >= nearlyFull && n <= width + 2;
			}
		}
		if (join && prev) {
			out[out.length - 1] = { ...prev, text: prev.text + line.text, lines: [...prev.lines, ...line.lines] };
			joins++;
		} else out.push({ ...line });
		last = line.text;
	});
	return { lines: out, width, byIndent, joins };
}
