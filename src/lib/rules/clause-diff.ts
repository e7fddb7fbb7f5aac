// Word-level diff of two clause texts. Chinese has no spaces, so words come from Intl.Segmenter; the diff
// itself is the `diff` package's array diff over those words.

import { diffArrays } from 'diff';

export interface DiffPart {
	text: string;
	/** 'same' in both texts, 'removed' only in the first, 'added' only in the second. */
	op: 'same' | 'removed' | 'added';
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function words(text: string): string[] {
	return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function diffClauses(a: string, b: string): DiffPart[] {
	const parts: DiffPart[] = [];
	for (const c of diffArrays(words(a), words(b))) {
		const op = c.added ? 'added' : c.removed ? 'removed' : 'same';
		const text = c.value.join('');
		const last = parts[parts.length - 1];
		if (last && last.op === op) last.text += text;
		else parts.push({ text, op });
	}
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
