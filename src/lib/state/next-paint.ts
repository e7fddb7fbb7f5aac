// Work that would hold up a paint the user is waiting for (a walk over every path of a machine, a graph layout):
// run it after the browser has drawn what the last click changed, so the answer to the click shows first.

/** A hidden tab draws no frames: the work goes ahead after this long (ms) without one. */
export const NO_FRAME_AFTER_MS = 100;

/**
 * Resolves once the browser has had the chance to paint the page as it is now: after the next frame, in a task
 * of its own (a frame callback runs before that frame's paint). In a hidden tab, after NO_FRAME_AFTER_MS.
 */
export function nextPaint(): Promise<void> {
	return new Promise((resolve) => {
		let done = false;
		const go = () => {
			if (done) return;
			done = true;
			clearTimeout(fallback);
			resolve();
		};
		const fallback = setTimeout(go, NO_FRAME_AFTER_MS);
		if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
	});
}
