// Strip the known artefacts of converting the source documents to text (see shared/regulations/README.md):
// Word's "[bookmark: _GoBack]", leading blank lines, full-width indentation, and page breaks that cut a
// sentence in two (Jiangsu). Everything else is kept verbatim.

export const BOOKMARK = '[bookmark: _GoBack]';

/** A cleaned line with the source line numbers it came from (two for a page-break join). */
export interface SourceLine {
	text: string;
	lines: number[];
}

/** Characters after which a sentence or heading may legitimately end a line. */
const LINE_END = /[。；：:;！？!?）)」”"】]$/u;

/** Line starts that begin a new provision, so a page-break join never swallows one. */
export const STRUCTURAL_START =
	/^(?:- )?(?:第[一二三四五六七八九十百零〇\d]+[章条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[．.]|抄送)/u;

/** Indentation and trailing space the conversion added; NBSP inside a line (after "第一条") is kept. */
function trimLine(s: string): string {
	return s.replace(/^[\s\u3000\u00a0]+/u, '').replace(/[\s\u3000\u00a0]+$/u, '');
}

/** Split raw text into non-blank, artefact-free lines, remembering where each came from. */
export function cleanLines(raw: string): SourceLine[] {
	const out: SourceLine[] = [];
	raw.split('\n').forEach((line, i) => {
		const text = trimLine(line.split(BOOKMARK).join(''));
		if (text) out.push({ text, lines: [i + 1] });
	});
	return out;
}

/**
 * Rejoin lines a page break split mid-sentence: the first ends without closing punctuation, a blank
 * line follows in the source, and the next line does not start a new provision.
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
			!STRUCTURAL_START.test(line.text)
		) {
			out[out.length - 1] = { text: prev.text + line.text, lines: [...prev.lines, ...line.lines] };
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
