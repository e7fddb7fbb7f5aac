import { expect, test } from 'vitest';
import { deepEqual } from './equal';

test.each([
	[{ kind: 'number', value: 36, bound: 'atMost' }, { bound: 'atMost', value: 36, kind: 'number' }, true],
	[{ kind: 'list', value: ['a', 'b'] }, { kind: 'list', value: ['b', 'a'] }, false],
	[{ a: 1, b: undefined }, { a: 1 }, true],
	[[1], { 0: 1 }, false],
	[null, {}, false],
	[{ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } }, true],
	[{ a: 1 }, { a: 1, b: 2 }, false]
])('deepEqual(%j, %j) = %s', (a, b, expected) => {
	expect(deepEqual(a, b)).toBe(expected);
});
