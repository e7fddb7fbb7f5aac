// The numbering marks that open a unit of a Chinese legal text, in every form the texts and their copies use:
// 编 章 节 条 (with or without a space after them, with or without an article title in 【】), 一、, （一） and
// (一), 1. 1． 1、, （1） and (1), ①. Pure string work: no tree, no scheme.

import { parseNumeral } from './numerals.ts';

export type MarkType =
	| 'part' // 第一编
	| 'chapter' // 第一章
	| 'division' // 第一节
	| 'article' // 第一条
	| 'section' // 一、
	| 'cnParen' // （一） (一)
	| 'num' // 1. 1． 1、
	| 'numParen' // （1） (1)
	| 'circled'; // ①

export interface Mark {
	type: MarkType;
	number: number;
	/** The mark as written: "第九条", "（四）", "(四)", "1.", "①". */
	mark: string;
	/** White space written between the mark and the text ('' when none). */
	separator: string;
	/** The text after the mark and the separator. */
	rest: string;
	/** An article title written in brackets right after the mark: 第一条【目的依据】 → "目的依据". */
	bracketTitle?: string;
}

const SPACE = '[\\s\\u3000\\u00a0]*';
const CN = '[一二三四五六七八九十百零〇两]+';
const DIGITS = '[0-9０-９]+';
const ANY_NUM = '[一二三四五六七八九十百零〇两0-9０-９]+';

const PATTERNS: [MarkType, RegExp][] = [
	['part', new RegExp(`^第(${ANY_NUM})编(${SPACE})`, 'u')],
	['chapter', new RegExp(`^第(${ANY_NUM})章(${SPACE})`, 'u')],
	['division', new RegExp(`^第(${ANY_NUM})节(${SPACE})`, 'u')],
	['article', new RegExp(`^第(${ANY_NUM})条(${SPACE})`, 'u')],
	['section', new RegExp(`^(${CN})[、．](${SPACE})`, 'u')],
	['cnParen', new RegExp(`^[（(](${CN})[）)](${SPACE})`, 'u')],
	['numParen', new RegExp(`^[（(](${DIGITS})[）)](${SPACE})`, 'u')],
	// "1.5倍" is a number, not a mark: a digit may not follow the dot
	['num', new RegExp(`^(${DIGITS})[.．、](?![0-9０-９])(${SPACE})`, 'u')],
	['circled', new RegExp(`^([①-⑳])(${SPACE})`, 'u')]
];

const BRACKET_TITLE = /^【([^】\n]{1,30})】/u;

/** Full-width digits to ASCII, then the numeral's value. */
export function markNumber(s: string): number | null {
	if (/^[①-⑳]$/u.test(s)) return s.codePointAt(0)! - 0x2460 + 1;
	return parseNumeral(s);
}

/** The mark a line opens with, if any (the line already trimmed of indentation). */
export function readMark(line: string): Mark | null {
	for (const [type, re] of PATTERNS) {
		const m = re.exec(line);
		if (!m) continue;
		const number = markNumber(m[1]!);
		if (number === null) continue;
		const separator = m[2] ?? '';
		const markText = m[0].slice(0, m[0].length - separator.length);
		const rest = line.slice(m[0].length);
		const mark: Mark = { type, number, mark: markText, separator, rest };
		if (type === 'article') {
			const t = BRACKET_TITLE.exec(rest);
			if (t) mark.bracketTitle = t[1]!.trim();
		}
		return mark;
	}
	return null;
}

/** Sentence punctuation: a heading has none. */
const SENTENCE_PUNCT = /[。；：，、:;,！？!?]/u;

/**
 * A line that is only a heading: a 编/章/节 or 一、 or （一） mark followed by a few words without sentence
 * punctuation ("第一章 总则", "一、总体要求", "（一）科学核定最高准许收入"), or an article mark followed by
 * only its bracketed title ("第二条 【适用范围】").
 */
export function isHeadingOnly(mark: Mark): boolean {
	if (mark.type === 'article')
		return mark.bracketTitle !== undefined && /^【[^】]*】$/u.test(mark.rest.trim());
	if (!['part', 'chapter', 'division', 'section', 'cnParen'].includes(mark.type)) return false;
	const words = mark.rest.trim();
	return words.length <= 20 && !SENTENCE_PUNCT.test(words);
}

/** A date on a line of its own: 2025年1月16日, 二〇二五年一月十六日. */
export const DATE_LINE =
	/^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日$/u;

/** The start of a distribution footer. */
export const FOOTER_START = /^抄送[：:]/u;

/** Characters after which a line may end a sentence (or an addressee line, or a list item). */
export const CLOSING_PUNCT = /[。；：:;！？!?][”’」』）)】"]*$/u;
