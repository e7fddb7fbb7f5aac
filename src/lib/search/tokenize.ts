// A Chinese-aware tokenizer for the full-text index. Pure: no DOM, no Svelte, no storage.
//
// Indexing ignores word boundaries: every maximal run of letters and digits (CJK or not) yields its
// character bigrams plus its last character alone, so that
//   - any substring of two or more characters is matched by bigrams, however a segmenter would have
//     split the words around it ("6个月" → "6个", "个月"), and
//   - every character is the first character of some token, so a one-character query can be answered
//     by a prefix search on the index.
// Latin words and digit runs found by Intl.Segmenter are also indexed whole, lower-cased ("api", "2024").
//
// Queries are cut into groups with Intl.Segmenter: each multi-character word is a group, and
// consecutive one-character words (the segmenter's way of saying "not in my dictionary") are merged
// into one group, so "岗前培训" (segmented 岗|前|培训) gives the groups 岗前 and 培训. A group's tokens
// are its bigrams; a one-character group is a single character searched as a prefix.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A character that can belong to a token: any letter (CJK included) or number. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** A segment that is a Latin word or a digit run, indexed whole. */
const LATIN_WORD = /^[\p{Script=Latin}\p{Nd}]{2,}$/u;
const WHITESPACE = /^\s$/u;

/** Folds one code point: compatibility forms (full-width digits and letters) and case. */
export function foldChar(ch: string): string {
	return ch.normalize('NFKC').toLowerCase();
}

/** Folds a whole string, code point by code point (the same folding the index uses). */
export function fold(text: string): string {
	let out = '';
	for (const ch of text) out += foldChar(ch);
	return out;
}

export interface FoldedText {
	/** The folded text with all whitespace removed. */
	text: string;
	/** For each UTF-16 unit of `text`, the start of the source code point it came from. */
	starts: number[];
	/** For each UTF-16 unit of `text`, the end of the source code point it came from. */
	ends: number[];
}

/** Folds and drops whitespace, keeping a map back to positions in the source string. */
export function foldCompact(source: string): FoldedText {
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let i = 0;
	for (const ch of source) {
		const start = i;
		i += ch.length;
		if (WHITESPACE.test(ch)) continue;
		const folded = foldChar(ch);
		for (let k = 0; k < folded.length; k++) {
			if (WHITESPACE.test(folded[k] ?? '')) continue;
			text += folded[k];
			starts.push(start);
			ends.push(i);
		}
	}
	return { text, starts, ends };
}

function isWordChar(ch: string): boolean {
	return WORD_CHAR.test(ch);
}

/** Character bigrams of a run of code points. */
function bigrams(chars: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
	return out;
}

/** Splits folded text into maximal runs of word characters (code points). */
function runs(folded: string): string[][] {
	const out: string[][] = [];
	let run: string[] = [];
	for (const ch of folded) {
		if (isWordChar(ch)) {
			run.push(ch);
		} else if (run.length > 0) {
			out.push(run);
			run = [];
		}
	}
	if (run.length > 0) out.push(run);
	return out;
}

/** Tokens for indexing a text: run bigrams, each run's last character, and whole Latin/digit words. */
export function tokenize(text: string): string[] {
	const folded = fold(text);
	const tokens: string[] = [];
	for (const run of runs(folded)) {
		tokens.push(...bigrams(run), run[run.length - 1]!);
	}
	for (const { segment } of segmenter.segment(folded)) {
		if (LATIN_WORD.test(segment)) tokens.push(segment);
	}
	return tokens;
}

/**
 * The groups of a query (folded): contiguous stretches of word characters, split at the segmenter's
 * word boundaries, with consecutive one-character words merged. Punctuation and spaces separate groups.
 */
export function queryGroups(query: string): string[] {
	const folded = fold(query);
	const groups: string[] = [];
	let singles = '';
	const flushSingles = () => {
		if (singles) groups.push(singles);
		singles = '';
	};
	for (const { segment } of segmenter.segment(folded)) {
		// A segment may still hold non-word characters ("3.5"); they split it into pieces.
		const pieces: string[] = [];
		let piece = '';
		for (const ch of segment) {
			if (isWordChar(ch)) {
				piece += ch;
			} else {
				if (piece) pieces.push(piece);
				pieces.push(''); // a separator
				piece = '';
			}
		}
		if (piece) pieces.push(piece);
		for (const p of pieces) {
			if (p === '') {
				flushSingles();
			} else if ([...p].length === 1) {
				singles += p;
			} else {
				flushSingles();
				groups.push(p);
			}
		}
	}
	flushSingles();
	return groups;
}

/** A group's search tokens: its bigrams, or the group itself when it is one character (a prefix). */
export function groupTokens(group: string): string[] {
	const chars = [...group];
	return chars.length === 1 ? [group] : bigrams(chars);
}

/** True for a one-character query token, which the index searches as a prefix. */
export function isPrefixToken(token: string): boolean {
	return [...token].length === 1;
}

/** Tokens for a query, de-duplicated, in query order. All of them must match (AND). */
export function queryTokens(query: string): string[] {
	return [...new Set(queryGroups(query).flatMap(groupTokens))];
}
