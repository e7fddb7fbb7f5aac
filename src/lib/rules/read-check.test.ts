// The one walk over what is read from outside, at each reader's limits: the library's (depth 100) and the
// packs' and drafts' (depth 32) report the same faults in the same words, each at its own depth.

import { describe, expect, test } from 'vitest';
import { faultMessage as dbFault, jsonFaults as dbFaults, LIMITS as DB } from '$lib/db/validate';
import { LIMITS as PACK, structuralProblems } from './pack/kit';
import {
	faultMessage,
	formatPath,
	hasControlChars,
	hasProseControlChars,
	jsonFaults,
	parseJsonText,
	tooLargeMessage
} from './read-check';
import { wordsIn, type Words } from '$lib/rules/words';

const nest = (n: number): unknown => (n === 0 ? 1 : [nest(n - 1)]);

describe('jsonFaults', () => {
	const limits = { depth: 3, nodes: 100, faults: 10 };
	test.each([
		['a prototype key', JSON.parse('{"a":{"__proto__":1}}'), { path: ['a', '__proto__'], kind: 'key' }],
		['NaN', { n: NaN }, { path: ['n'], kind: 'number' }],
		['a Date', { d: new Date(0) }, { path: ['d'], kind: 'type' }],
		['a function', [() => 1], { path: [0], kind: 'type' }],
		['too deep', nest(4), { path: [0, 0, 0], kind: 'depth' }]
	])('%s', (_, value, fault) => {
		expect(jsonFaults(value, limits)).toEqual([fault]);
	});
	test('undefined is a fault unless left to the schema', () => {
		expect(jsonFaults({ u: undefined }, limits)).toEqual([{ path: ['u'], kind: 'type' }]);
		expect(jsonFaults({ u: undefined }, { ...limits, undefinedOk: true })).toEqual([]);
	});
	test('the work is bounded', () => {
		expect(jsonFaults(Array(50).fill(1), { ...limits, nodes: 10 })).toEqual([{ path: [], kind: 'size' }]);
	});
});

test('the library and the packs walk alike, each at its own depth', () => {
	expect(dbFaults(nest(DB.depth))).toEqual([]);
	expect(dbFaults(nest(DB.depth + 1)).map((f) => wordsIn(dbFault(f), 'en'))).toEqual([
		`nested more than ${DB.depth} levels deep`
	]);
	expect(structuralProblems(nest(PACK.depth))).toEqual([]);
	expect(structuralProblems(nest(PACK.depth + 1)).map((p) => wordsIn(p.message, 'en'))).toEqual([
		`nested more than ${PACK.depth} levels deep`
	]);
	const bad = JSON.parse('{"x":{"constructor":1}}');
	expect(dbFaults(bad).map((f) => dbFault(f))).toEqual(structuralProblems(bad).map((p) => p.message));
	expect(wordsIn(faultMessage({ path: [], kind: 'depth' }, 7), 'zh-CN')).toBe('嵌套超过 7 层');
});

test('formatPath and the character checks', () => {
	expect(formatPath(['payload', 'a', 0, 'b c', 'term.maxMonths'])).toBe('payload.a[0]["b c"].term.maxMonths');
	for (const c of ['\u0000', '\u0085', '\u2028', '\u202e', '\u2066'])
		expect(hasControlChars(`a${c}b`)).toBe(true);
	expect(hasControlChars('a\nb')).toBe(true);
	expect(hasProseControlChars('a\nb\tc')).toBe(false);
	expect(hasProseControlChars('a\u202eb')).toBe(true);
});

describe('parseJsonText', () => {
	test.each([
		['a leading byte-order mark is dropped', '\uFEFF{"a":1}', 100, { ok: true, value: { a: 1 } }],
		[
			'over the limit before counting bytes',
			'x'.repeat(11),
			10,
			{ ok: false, reason: 'tooLarge', bytes: null }
		],
		// four characters, eight UTF-8 bytes: under the limit in length, over it in bytes
		['over the limit in UTF-8 bytes', '"数据"', 7, { ok: false, reason: 'tooLarge', bytes: 8 }],
		['exactly at the limit', '"ab"', 4, { ok: true, value: 'ab' }]
	])('%s', (_, text, max, expected) => {
		expect(parseJsonText(text, max)).toEqual(expected);
	});

	test('not JSON: the parser says why', () => {
		const r = parseJsonText('{"a":', 100);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.reason).toBe('notJson');
		expect(!r.ok && r.reason === 'notJson' && r.detail.length).toBeGreaterThan(0);
	});
});

describe('tooLargeMessage: one wording for every file the app reads', () => {
	test('the limit in whole megabytes, the size to a tenth when known', () => {
		const MB = 1024 * 1024;
		const both = (w: Words) => ({ zh: wordsIn(w, 'zh-CN'), en: wordsIn(w, 'en') });
		expect(both(tooLargeMessage(20 * MB))).toEqual({
			zh: '文件过大（上限 20 MB）',
			en: 'The file is too large (the limit is 20 MB)'
		});
		expect(both(tooLargeMessage(5 * MB, 5.25 * MB))).toEqual({
			zh: '文件过大（5.3 MB，上限 5 MB）',
			en: 'The file is too large (5.3 MB; the limit is 5 MB)'
		});
	});
});
