import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { progressiveCount, screenful } from './progressive.svelte';

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

	/** Each call to performance.now() moves the clock `ms`: a task's start, then one reading per step drawn. */
	function clockStepping(ms: number) {
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (now += ms));
	}

	it('draws the first rows at once, then steps per task until the task has used its budget', () => {
		// a step takes 5 ms: a task (budget 25) draws five steps of 3 rows, then yields
		clockStepping(5);
		const { rows, stop } = start(() => 40);
		expect(rows.count).toBe(4);
		expect(rows.pending).toBe(true);
		expect(drain(rows)).toEqual([4, 19, 34, 40]);
		expect(vi.getTimerCount()).toBe(0);
		stop();
		vi.restoreAllMocks();
	});

	it('draws one step a task when a step takes the whole budget, and never stops short of one', () => {
		clockStepping(40);
		const { rows, stop } = start(() => 12);
		expect(drain(rows)).toEqual([4, 7, 10, 12]);
		stop();
		vi.restoreAllMocks();
	});

	it('stops a task at the last row, however much budget is left', () => {
		clockStepping(0);
		const { rows, stop } = start(() => 30);
		expect(drain(rows)).toEqual([4, 30]);
		stop();
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
		clockStepping(40); // one step a task
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
		vi.restoreAllMocks();
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

describe('screenful', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives the narrow count where the query matches, the wide count where it does not', () => {
		const asked: string[] = [];
		const stub = (matches: boolean) =>
			vi.stubGlobal('matchMedia', (query: string) => {
				asked.push(query);
				return { matches } as MediaQueryList;
			});
		stub(true);
		expect(screenful(8, 1)).toBe(1);
		stub(false);
		expect(screenful(8, 1)).toBe(8);
		expect(screenful(8, 2, '(max-width: 30rem)')).toBe(8);
		expect(asked).toEqual(['(max-width: 760px)', '(max-width: 760px)', '(max-width: 30rem)']);
	});

	it('gives the wide count where there is no matchMedia (prerendering)', () => {
		vi.stubGlobal('matchMedia', undefined);
		expect(screenful(8, 1)).toBe(8);
	});
});
