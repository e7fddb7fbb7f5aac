// A long list drawn a few rows at a time: the first screen at once, then a few more rows per task until all are
// there. A 70-row, 6-column comparison drawn in one go was one task of over two seconds on a throttled phone
// (Lighthouse's blocking time); drawn this way no task is long and the first rows paint as soon as they are ready.

import { flushSync } from 'svelte';

/** How many rows to draw first, how many the next task draws, and how long one task may take. */
export interface ProgressiveOptions {
	first?: number;
	step?: number;
	/** Milliseconds: a task that drew its rows faster doubles the next step, a slower one halves it. */
	budget?: number;
}

/**
 * The number of rows to draw now, growing per task (a macrotask, so the browser paints and answers input between
 * them) until it reaches `total()`. Each task times its own drawing and sizes the next step to stay near `budget`
 * (well under the 50 ms that counts as a long task), so a fast machine draws many rows a task and a slow phone few.
 * Printing, or a page opened on a `#fragment` that may point further down, draws every row at once.
 * Call it during component initialisation (it registers effects).
 */
export function progressiveCount(
	total: () => number,
	{ first = 8, step: firstStep = 2, budget = 25 }: ProgressiveOptions = {}
) {
	let count = $state(first);
	let step = firstStep;
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
			count += step;
			flushSync();
			const took = performance.now() - began;
			if (took < budget / 2) step *= 2;
			else if (took > budget && step > 1) step = Math.max(1, Math.floor(step / 2));
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
