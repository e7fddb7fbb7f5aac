// XState's SimulatedClock, taught to say when its next timer is due, so the simulator can step from one
// deadline to the next: a new state's delays are computed at entry, so each timer must fire at its own time.

import { SimulatedClock } from 'xstate';

/** Timer firings one advance may cause before we call it a loop. */
const MAX_FIRINGS = 100_000;

export class JourneyClock extends SimulatedClock {
	private due = new Map<number, number>();

	override setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
		const at = this.now() + timeout;
		const id: number = super.setTimeout(() => {
			this.due.delete(id);
			fn();
		}, timeout);
		this.due.set(id, at);
		return id;
	}

	override clearTimeout(id: number): void {
		this.due.delete(id);
		super.clearTimeout(id);
	}

	/** When the earliest pending timer fires (clock time), if any. */
	nextDue(): number | undefined {
		let min: number | undefined;
		for (const at of this.due.values()) if (min === undefined || at < min) min = at;
		return min;
	}

	/** Move to `time`, firing every timer due on the way at its own time, in order. */
	advanceTo(time: number): void {
		let firings = 0;
		for (;;) {
			const next = this.nextDue();
			if (next === undefined || next > time) break;
			this.set(Math.max(next, this.now()));
			if (++firings > MAX_FIRINGS) throw new Error('simulated clock: timers keep firing (a loop?)');
		}
		if (time > this.now()) this.set(time);
	}

	/** Fire timers already due now (delays of zero set by the last transition). */
	flush(): void {
		this.advanceTo(this.now());
	}
}
