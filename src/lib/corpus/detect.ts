// Which numbering scheme a text uses: articles (第一条 …, maybe in 编/章/节) or sections (一、 …). Counted, not
// guessed from the first line: each scheme's top-level marks at line starts that run in order.

import type { NumberingScheme } from '$lib/regions/types';
import type { SourceLine } from './clean.ts';
import { readMark } from './markers.ts';

export interface SchemeEvidence {
	scheme: NumberingScheme;
	/** Article marks (第N条) in number order at line starts. */
	articles: number;
	/** Section marks (N、) in number order at line starts. */
	sections: number;
	/** Chapter marks (第N章) at line starts. */
	chapters: number;
}

export function detectScheme(lines: readonly SourceLine[]): SchemeEvidence {
	let articles = 0;
	let sections = 0;
	let chapters = 0;
	let lastArticle = 0;
	let lastSection = 0;
	for (const { text } of lines) {
		const mark = readMark(text);
		if (!mark) continue;
		if (mark.type === 'chapter') chapters++;
		else if (
			mark.type === 'article' &&
			(mark.separator || mark.bracketTitle !== undefined || mark.number === lastArticle + 1)
		) {
			articles++;
			lastArticle = mark.number;
		} else if (mark.type === 'section' && mark.number === lastSection + 1) {
			sections++;
			lastSection = mark.number;
		}
	}
	const scheme: NumberingScheme =
		articles > 0 && articles >= sections ? 'articles' : sections > 0 ? 'sections' : 'articles';
	return { scheme, articles, sections, chapters };
}
