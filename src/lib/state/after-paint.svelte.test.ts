import { describe, expect, it } from 'vitest';
import { flushSync, type Component } from 'svelte';
import { afterPaint, type AfterPaint } from './after-paint.svelte';

const Part = (() => {}) as unknown as Component;

function start(load: () => Promise<{ default: Component }>) {
	let part!: AfterPaint;
	let calls = 0;
	const stop = $effect.root(() => {
		part = afterPaint(() => {
			calls++;
			return load();
		});
	});
	return { part, stop, calls: () => calls };
}

describe('afterPaint', () => {
	it('loads nothing until its effect runs, then shows the part once its module arrives', async () => {
		let arrive!: (m: { default: Component }) => void;
		const { part, stop, calls } = start(() => new Promise((r) => (arrive = r)));
		expect(calls()).toBe(0);
		flushSync();
		expect(calls()).toBe(1);
		expect(part.component).toBeNull();
		arrive({ default: Part });
		await Promise.resolve();
		expect(part.component).toBe(Part);
		expect(part.failed).toBe('');
		flushSync();
		expect(calls()).toBe(1);
		stop();
	});

	it('says why the module did not load, and shows no part', async () => {
		const { part, stop } = start(() => Promise.reject(new Error('chunk gone')));
		flushSync();
		await Promise.resolve();
		await Promise.resolve();
		expect(part.failed).toBe('Error: chunk gone');
		expect(part.component).toBeNull();
		stop();
	});
});
