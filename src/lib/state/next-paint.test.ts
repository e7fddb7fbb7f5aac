import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FRAME_AFTER_MS, nextPaint } from './next-paint';

describe('nextPaint', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('resolves in a task after the next frame, not in the frame itself', async () => {
		vi.useFakeTimers();
		let frame: FrameRequestCallback | undefined;
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => ((frame = f), 1));
		let resolved = false;
		const p = nextPaint().then(() => (resolved = true));
		await Promise.resolve();
		expect(resolved).toBe(false);
		frame!(0);
		await Promise.resolve();
		// the frame's callback runs before the paint: the work waits for a task after it
		expect(resolved).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		await p;
		expect(resolved).toBe(true);
	});

	it('a hidden tab (no frames) goes ahead after NO_FRAME_AFTER_MS, once', async () => {
		vi.useFakeTimers();
		let frame: FrameRequestCallback | undefined;
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => ((frame = f), 1));
		let count = 0;
		const p = nextPaint().then(() => count++);
		await vi.advanceTimersByTimeAsync(NO_FRAME_AFTER_MS - 1);
		expect(count).toBe(0);
		await vi.advanceTimersByTimeAsync(1);
		await p;
		expect(count).toBe(1);
		// a frame arriving late resolves nothing twice
		frame!(0);
		await vi.advanceTimersByTimeAsync(10);
		expect(count).toBe(1);
	});

	it('without requestAnimationFrame (no DOM) it still resolves', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', undefined);
		const p = nextPaint();
		await vi.advanceTimersByTimeAsync(NO_FRAME_AFTER_MS);
		await expect(p).resolves.toBeUndefined();
	});
});
