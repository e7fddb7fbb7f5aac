import { describe, expect, it } from 'vitest';
import { isFetchFailure } from './miss';

describe('isFetchFailure', () => {
	it('knows each browser’s words for a module or file it could not fetch', () => {
		for (const message of [
			'Failed to fetch dynamically imported module: http://127.0.0.1/_app/immutable/nodes/5.js', // Chromium
			'error loading dynamically imported module: http://127.0.0.1/_app/immutable/nodes/5.js', // Firefox
			'Importing a module script failed.', // Safari
			'Unable to preload CSS for /_app/immutable/assets/5.css', // Vite's preload helper
			'Failed to fetch', // fetch() in Chromium
			'NetworkError when attempting to fetch resource.', // fetch() in Firefox
			'Load failed' // fetch() in Safari
		])
			expect(isFetchFailure(new TypeError(message)), message).toBe(true);
	});

	it('leaves every other error to say itself', () => {
		for (const e of [
			new Error('unknown document: nowhere'),
			new TypeError("Cannot read properties of undefined (reading 'x')"),
			new RangeError('Invalid time value'),
			undefined,
			null,
			{ message: 'Failed to fetch' } // not an Error: nothing the browser threw
		])
			expect(isFetchFailure(e)).toBe(false);
	});

	it('reads a thrown string too', () => {
		expect(isFetchFailure('Failed to fetch dynamically imported module: x.js')).toBe(true);
		expect(isFetchFailure('no')).toBe(false);
	});
});
