import { describe, expect, test } from 'vitest';
import { readers } from './readers';

describe('readers', () => {
	test('each field reads its variable on every access; methods see the store as `this`', () => {
		let count = 0;
		const store = readers(
			{ count: () => count, twice: () => count * 2 },
			{
				bump() {
					count++;
					return this;
				}
			}
		);
		expect(store.count).toBe(0);
		expect(store.bump()).toBe(store);
		expect([store.count, store.twice]).toEqual([1, 2]);
		expect(Object.keys(store).sort()).toEqual(['bump', 'count', 'twice']);
	});

	test('the fields are read-only', () => {
		const store = readers({ n: () => 1 });
		expect(() => ((store as { n: number }).n = 2)).toThrow(TypeError);
	});
});
