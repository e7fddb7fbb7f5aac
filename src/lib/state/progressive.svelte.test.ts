import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { progressiveCount } from './progressive.svelte';

describe('progressiveCount', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		history.replaceState(null, '', location.pathname);
	});

	function start(total: () => number, first = 4, step = 3) {
		let rows!: ReturnType<typeof progressiveCount>;
		const stop = $effect.root(() => {
			rows = progressiveCount(total, { first, step });
		});
		flushSync();
		return { rows, stop };
	}

	function drain(rows: ReturnType<typeof progressiveCount>) {
		const seen = [rows.count];
		while (rows.pending) {
			vi.advanceTimersToNextTimer();
			flushSync();
			seen.push(rows.count);
		}
		return seen;
	}

	it('draws the first rows at once, then more per task while tasks stay well inside the budget', () => {
		const { rows, stop } = start(() => 30);
		expect(rows.count).toBe(4);
		expect(rows.pending).toBe(true);
		// drawing takes no time here: each step doubles (3, 6, 12, then what is left)
		expect(drain(rows)).toEqual([4, 7, 13, 25, 30]);
		expect(vi.getTimerCount()).toBe(0);
		stop();
	});

	it('draws fewer rows per task when a task runs over the budget', () => {
		let now = 0;
		// every call to performance.now() moves the clock 20 ms: each task measures 20 ms (budget 25)…
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
		const { rows, stop } = start(() => 12);
		// 20 ms is between half the budget and the budget: the step stays 3
		expect(drain(rows)).toEqual([4, 7, 10, 12]);
		stop();
		// …and 40 ms per task halves the step each time, down to one row
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 40));
		const slow = start(() => 12);
		expect(drain(slow.rows)).toEqual([4, 7, 8, 9, 10, 11, 12]);
		slow.stop();
		vi.restoreAllMocks();
	});

	it('never counts more rows than there are, and schedules nothing for a short list', () => {
		const { rows, stop } = start(() => 2);
		expect(rows.count).toBe(2);
		expect(rows.pending).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
		stop();
	});

	it('follows the list when it grows', () => {
		let n = $state(4);
		const { rows, stop } = start(() => n);
		expect(rows.pending).toBe(false);
		n = 9;
		flushSync();
		expect(rows.count).toBe(4);
		vi.advanceTimersToNextTimer();
		flushSync();
		expect(rows.count).toBe(7);
		stop();
	});

	it('draws every row before printing', () => {
		const { rows, stop } = start(() => 50);
		dispatchEvent(new Event('beforeprint'));
		flushSync();
		expect(rows.count).toBe(50);
		expect(rows.pending).toBe(false);
		stop();
	});

	it('draws every row when the page opens on a fragment that may point further down', () => {
		history.replaceState(null, '', '#d-term');
		const { rows, stop } = start(() => 50);
		expect(rows.count).toBe(50);
		stop();
	});

	it('stops scheduling once the owner is destroyed', () => {
		const { stop } = start(() => 50);
		expect(vi.getTimerCount()).toBe(1);
		stop();
		expect(vi.getTimerCount()).toBe(0);
	});
});
