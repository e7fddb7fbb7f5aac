import { describe, expect, test } from 'vitest';
import { isDraftItemId, readDraftParam } from './draft-param';

describe('?draft=', () => {
	test.each([
		['', { id: null, bad: false }],
		['draft=', { id: null, bad: false }],
		[
			'draft=0b9c2f1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
			{ id: '0b9c2f1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f', bad: false }
		],
		['draft=%3Cscript%3E', { id: null, bad: true }],
		['draft=a%2Fb', { id: null, bad: true }],
		[`draft=${'x'.repeat(65)}`, { id: null, bad: true }]
	])('%s', (query, expected) => {
		expect(readDraftParam(new URLSearchParams(query))).toEqual(expected);
	});
	test('ids are what the library makes, nothing that needs escaping', () => {
		expect(isDraftItemId(crypto.randomUUID())).toBe(true);
		expect(isDraftItemId('a b')).toBe(false);
	});
});
