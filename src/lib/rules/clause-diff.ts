// Word-level diff of clause texts. Chinese has no spaces, so words come from Intl.Segmenter; the diff itself
// is the `diff` package's array diff over those words. Full- and half-width forms (３ and 3, （ and (, ；
// and ;) compare equal — each word is compared in its NFKC form — but every part keeps the texts' own
// characters. Where a side cites several clauses, each clause is paired with the other side's clause most
// like it (shared character pairs), so the diff sets like against like.

import { diffArrays } from 'diff';
import type { ClauseId } from '$lib/regions/types';

export interface DiffPart {
	/** Verbatim: the first text's words ('same', 'removed'), or the second's ('added'). */
	text: string;
	/** 'same' in both texts, 'removed' only in the first, 'added' only in the second. */
	op: 'same' | 'removed' | 'added';
	/** For 'same': the second text's own words, where they differ in width only. */
	other?: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A character as compared: its NFKC form (full-width letters, digits and punctuation fold to half-width). */
export const fold = (text: string): string => text.normalize('NFKC');

export function words(text: string): string[] {
	return tokens(text).map((t) => t.raw);
}

interface Token {
	/** The word as compared (NFKC). */
	key: string;
	/** The word as written. */
	raw: string;
}

/** Words of the folded text, each mapped back to the characters the text wrote. */
function tokens(text: string): Token[] {
	let folded = '';
	// for each UTF-16 index of the folded text, the index in the text it came from
	const origin: number[] = [];
	let i = 0;
	for (const ch of text) {
		const f = fold(ch);
		for (let k = 0; k < f.length; k++) origin.push(i);
		folded += f;
		i += ch.length;
	}
	origin.push(text.length);
	return Array.from(segmenter.segment(folded), (s) => ({
		key: s.segment,
		raw: text.slice(origin[s.index], origin[s.index + s.segment.length])
	}));
}

export function diffClauses(a: string, b: string): DiffPart[] {
	const ta = tokens(a);
	const tb = tokens(b);
	const parts: DiffPart[] = [];
	const push = (op: DiffPart['op'], text: string, other?: string) => {
		const last = parts[parts.length - 1];
		if (last && last.op === op) {
			last.text += text;
			if (op === 'same') last.other = (last.other ?? '') + (other ?? '');
		} else parts.push(op === 'same' ? { text, op, other: other ?? '' } : { text, op });
	};
	let ia = 0;
	let ib = 0;
	for (const c of diffArrays(ta, tb, { comparator: (x, y) => x.key === y.key })) {
		const n = c.count;
		const join = (ts: Token[], from: number) =>
			ts
				.slice(from, from + n)
				.map((t) => t.raw)
				.join('');
		if (c.added) {
			push('added', join(tb, ib));
			ib += n;
		} else if (c.removed) {
			push('removed', join(ta, ia));
			ia += n;
		} else {
			push('same', join(ta, ia), join(tb, ib));
			ia += n;
			ib += n;
		}
	}
	// `other` only where the second text wrote the same words differently
	for (const p of parts) if (p.op === 'same' && p.other === p.text) delete p.other;
	return parts;
}

/** Dice similarity of the two texts by characters: 2 × shared / (length A + length B), 0…1. */
export function similarity(parts: readonly DiffPart[]): number {
	const len = (op: DiffPart['op']) =>
		parts.filter((p) => p.op === op).reduce((n, p) => n + [...p.text].length, 0);
	const same = len('same');
	const total = 2 * same + len('removed') + len('added');
	return total ? (2 * same) / total : 1;
}

// ——— pairing the clauses of two sides ———

export interface ClauseText {
	/** Whatever names the clause to the caller (a citation). */
	ref: ClauseId;
	text: string;
}

export interface ClausePair {
	a: ClauseText | null;
	b: ClauseText | null;
	parts: DiffPart[];
}

/** Character pairs of the folded text, punctuation and spaces left out. */
function bigrams(text: string): Set<string> {
	const cs = [...fold(text).replace(/[\s\p{P}\p{S}]/gu, '')];
	const out = new Set<string>();
	for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i]! + cs[i + 1]!);
	return out;
}

/** How alike two clauses are by shared character pairs (Dice, 0…1). */
export function likeness(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	if (!x.size || !y.size) return 0;
	let shared = 0;
	for (const g of x) if (y.has(g)) shared++;
	return (2 * shared) / (x.size + y.size);
}

/** Below this likeness two clauses are not about the same thing: each stands alone in the diff. */
export const PAIR_THRESHOLD = 0.12;

/**
 * Each clause of `a` paired with the clause of `b` most like it (the likest pairs first, each clause used
 * once); a clause like none of the other side's stands alone. In `a`'s order, then `b`'s clauses left over.
 */
export function pairClauses(a: readonly ClauseText[], b: readonly ClauseText[]): ClausePair[] {
	const scores: { i: number; j: number; s: number }[] = [];
	a.forEach((x, i) => b.forEach((y, j) => scores.push({ i, j, s: likeness(x.text, y.text) })));
	scores.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
	const partner = new Map<number, number>();
	const taken = new Set<number>();
	for (const { i, j, s } of scores) {
		if (s < PAIR_THRESHOLD) break;
		if (partner.has(i) || taken.has(j)) continue;
		partner.set(i, j);
		taken.add(j);
	}
	const pairs: ClausePair[] = a.map((x, i) => {
		const j = partner.get(i);
		const y = j === undefined ? null : b[j]!;
		return { a: x, b: y, parts: diffClauses(x.text, y?.text ?? '') };
	});
	b.forEach((y, j) => {
		if (!taken.has(j)) pairs.push({ a: null, b: y, parts: diffClauses('', y.text) });
	});
	return pairs;
}
