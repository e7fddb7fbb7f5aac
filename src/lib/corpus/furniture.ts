// The parts of a document around its numbered provisions, found from their shape: a cover notice (a 通知
// that issues the regulation, ending with its date), the title lines, a 通知's addressee line ("各省、自治区…：")
// and preamble before the first unit; its closing sentence ("本通知自…起施行。", "特此通知。"), the signing
// bodies and the date after the last one; a distribution footer (抄送…). Pure: lines in, line ranges out.

import type { SourceLine } from './clean.ts';
import { CLOSING_PUNCT, DATE_LINE } from './markers.ts';

export interface FrontMatter {
	notice: SourceLine[];
	title: SourceLine[];
	addressee: SourceLine[];
	preamble: SourceLine[];
}

export interface BackMatter {
	closing: SourceLine[];
	signature: SourceLine[];
	date: SourceLine[];
}

/** A note under a cover notice's date: （此件公开发布）. */
const PUBLICATION_NOTE = /^[（(][^（）()]{1,20}[）)]$/u;

/** A line a title may hold: no sentence ends in it. */
const isTitleLike = (text: string) => !CLOSING_PUNCT.test(text);

/**
 * Split the lines before the first unit. `noticeEnd` is the index where the regulation proper begins when the
 * metadata says so; otherwise a date line followed by further title lines ends a cover notice.
 */
export function splitFront(lines: readonly SourceLine[], noticeEnd?: number): FrontMatter {
	let start = 0;
	if (noticeEnd !== undefined) start = noticeEnd;
	else {
		const date = lines.findLastIndex((l) => DATE_LINE.test(l.text));
		if (date >= 0) {
			let after = date + 1;
			while (after < lines.length && PUBLICATION_NOTE.test(lines[after]!.text)) after++;
			if (after < lines.length && isTitleLike(lines[after]!.text)) start = after;
		}
	}
	const out: FrontMatter = { notice: lines.slice(0, start), title: [], addressee: [], preamble: [] };
	for (const line of lines.slice(start)) {
		if (out.preamble.length) out.preamble.push(line);
		else if (out.addressee.length) out.preamble.push(line);
		// an addressee line ends in a colon and comes before any sentence
		else if (/[：:]$/u.test(line.text) && out.title.length) out.addressee.push(line);
		// title lines are short and unpunctuated; the first sentence ending in 。 starts the preamble
		else if (!/。$/u.test(line.text)) out.title.push(line);
		else out.preamble.push(line);
	}
	return out;
}

/** Sentences that close a 通知 or 方案 rather than state a provision of its last section. */
const CLOSING_SENTENCE =
	/^(?:本(?:通知|意见|方案|实施方案|办法|规定|规范|细则|决定|公告)自.{1,40}施行|特此(?:通知|公告|函告|函复|批复|报告))/u;
const STANDALONE_CLOSING = /^特此(?:通知|公告|函告|函复|批复|报告)。?$/u;

/** A signing body's name: short, no sentence punctuation (a 、 between two names is allowed). */
const isSignatureLine = (text: string) =>
	[...text].length <= 30 && !/[。；：，,;:！？!?]/u.test(text) && !DATE_LINE.test(text);

/**
 * Take the closing sentence, signature and date from the end of the body. The signature is only looked for
 * above a date, and the closing sentence only above a signature or date (or when it is "特此通知。" itself), so
 * a regulation's last article ("本办法自…起施行") stays a provision.
 */
export function splitBack(lines: readonly SourceLine[]): { body: SourceLine[]; back: BackMatter } {
	let end = lines.length;
	const back: BackMatter = { closing: [], signature: [], date: [] };
	if (end > 0 && DATE_LINE.test(lines[end - 1]!.text)) {
		back.date = [lines[end - 1]!];
		end--;
		let from = end;
		while (from > 0 && end - from < 6 && isSignatureLine(lines[from - 1]!.text)) from--;
		// keep at least one line of body above the signature
		if (from === 0) from = Math.min(1, end);
		back.signature = lines.slice(from, end);
		end = from;
	}
	const last = lines[end - 1];
	if (
		last &&
		end > 1 &&
		(back.date.length || back.signature.length
			? CLOSING_SENTENCE.test(last.text)
			: STANDALONE_CLOSING.test(last.text))
	) {
		back.closing = [last];
		end--;
	}
	return { body: lines.slice(0, end), back };
}
