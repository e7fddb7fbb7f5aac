// A long list drawn a few rows at a time: the first screen at once, then a few more rows per task until all are
// there. A 70-row, 6-column comparison drawn in one go was one task of over two seconds on a throttled phone
// (Lighthouse's blocking time); drawn this way no task is long and the first rows paint as soon as they are ready.
// A task draws `step` rows, then more while it is inside its budget, so it ends at most one step past the budget
// (guessing the next task's size from the last one's overshot: rows differ, and a step sized on short rows took
// several hundred milliseconds on long ones).

import { flushSync } from 'svelte';

/** How many rows to draw first, how many the next task draws, and how long one task may take. */
export interface ProgressiveOptions {
	first?: number;
	step?: number;
	/** Milliseconds: a task keeps drawing steps until it has taken this long. */
	budget?: number;
}

/**
 * The number of rows to draw now, growing per task (a macrotask, so the browser paints and answers input between
 * them) until it reaches `total()`. Each task draws `step` rows at a time and times itself, stopping once it has
 * used `budget` (well under the 50 ms that counts as a long task): a fast machine draws many rows a task, a slow
 * phone few, and no task runs more than one step past its budget.
 * Printing, or a page opened on a `#fragment` that may point further down, draws every row at once.
 * Call it during component initialisation (it registers effects).
 */
export function progressiveCount(
	total: () => number,
	{ first = 8, step = 2, budget = 25 }: ProgressiveOptions = {}
) {
	let count = $state(first);
	let everything = $state(false);
	const all = () => (everything = true);

	$effect(() => {
		if (location.hash.length > 1) all();
		addEventListener('beforeprint', all);
		return () => removeEventListener('beforeprint', all);
	});
	$effect(() => {
		if (everything || count >= total()) return;
		const timer = setTimeout(() => {
			const began = performance.now();
			do {
				count += step;
				flushSync();
			} while (count < total() && performance.now() - began < budget);
		}, 0);
		return () => clearTimeout(timer);
	});

	return {
		/** How many rows to draw (never more than there are). */
		get count() {
			return everything ? total() : Math.min(count, total());
		},
		/** Whether rows are still to come (for `aria-busy`). */
		get pending() {
			return !everything && count < total();
		}
	};
}

/**
 * How many rows fill the first screen: `narrow` where `query` matches (a phone, where a table turns into a stack
 * of cards and one card is about a screen), else `wide`. Without `matchMedia` (prerendering, tests), `wide`.
 */
export function screenful(wide: number, narrow: number, query = '(max-width: 760px)'): number {
	return typeof matchMedia === 'function' && matchMedia(query).matches ? narrow : wide;
}
