// Layout-only clean-up of text copied from web pages, Word or PDF readers: line ends, non-breaking and other
// odd spaces, invisible characters. Nothing that changes a word, a digit or a punctuation mark (full-width
// and half-width forms stay as written: the parser reads both). Pure. Its note is the app's own words (Paraglide
// `importerr_*` messages).

import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';
import { listWords, type ImportNote } from './types';

/**
 * Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi marks, and
 * the C0/C1 controls other than tab and line ends (which a draft's text may not hold: drafts/schema.ts).
 */
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
	/[\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu;
/** Spaces other than the ordinary and the ideographic (U+3000, kept: Chinese texts indent with it). */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/gu;
/** Line ends: CRLF, CR, form feed, vertical tab, Unicode line and paragraph separators, NEL. */
const LINE_END = /\r\n|[\r\f\v\u2028\u2029\u0085]/gu;
const TRAILING = /[ \t]+$/gmu;

export interface Normalized {
	text: string;
	/** How many of each were changed. */
	counts: { lineEnds: number; oddSpaces: number; invisible: number };
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** Normalise layout; the result differs from the input only in white space and invisible characters. */
export function normalizeLayout(raw: string): Normalized {
	const counts = {
		lineEnds: count(raw, LINE_END),
		oddSpaces: count(raw, ODD_SPACE),
		invisible: count(raw, INVISIBLE)
	};
	const text = raw
		.replace(LINE_END, '\n')
		.replace(INVISIBLE, '')
		.replace(ODD_SPACE, ' ')
		.replace(TRAILING, '');
	return { text, counts };
}

/** A note saying what normalisation did, or nothing when it changed nothing a reader would notice. */
export function layoutNote(counts: Normalized['counts']): ImportNote | null {
	const parts: Words[] = [];
	if (counts.lineEnds) parts.push(said(m.importerr_layout_line_ends, { count: counts.lineEnds }));
	if (counts.oddSpaces) parts.push(said(m.importerr_layout_odd_spaces, { count: counts.oddSpaces }));
	if (counts.invisible) parts.push(said(m.importerr_layout_invisible, { count: counts.invisible }));
	if (!parts.length) return null;
	return { code: 'layout', severity: 'info', message: said(m.importerr_layout, { list: listWords(parts) }) };
}
