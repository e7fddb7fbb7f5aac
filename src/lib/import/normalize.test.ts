import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { withoutWhitespace } from '$lib/corpus/clean';
import { hasProseControlChars } from '$lib/rules/read-check';
import { layoutNote, normalizeLayout } from './normalize';
import { wordsIn } from '$lib/rules/words';

describe('normalizeLayout', () => {
	test('line ends, odd spaces and invisible characters; full-width forms untouched', () => {
		const raw = '第一条\u00a0\u00a0为推进\u200b数据\r\n（一）(二)１２\u3000条\r第二条\u2028第三条\ufeff  \n';
		const { text, counts } = normalizeLayout(raw);
		expect(text).toBe('第一条  为推进数据\n（一）(二)１２\u3000条\n第二条\n第三条\n');
		expect(counts).toEqual({ lineEnds: 3, oddSpaces: 2, invisible: 2 });
		expect(wordsIn(layoutNote(counts)!.message, 'zh-CN')).toContain('文字未作改动');
	});

	test('control characters other than tab and line ends are dropped as invisible', () => {
		const { text, counts } = normalizeLayout('第一条\u0000甲\u0007\t乙\u0090\u007f\n第二条\u0085第三条');
		expect(text).toBe('第一条甲\t乙\n第二条\n第三条');
		expect(counts).toEqual({ lineEnds: 1, oddSpaces: 0, invisible: 4 });
	});

	test('nothing to do: the same text, no note', () => {
		const raw = '第一条　为推进。\n第二条　内容。';
		expect(normalizeLayout(raw)).toEqual({ text: raw, counts: { lineEnds: 0, oddSpaces: 0, invisible: 0 } });
		expect(layoutNote({ lineEnds: 0, oddSpaces: 0, invisible: 0 })).toBeNull();
	});

	test('only white space and invisible characters ever change', () => {
		const invisible = /[\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]/gu;
		const pieces = fc.constantFrom(
			'第',
			'一',
			'条',
			'（',
			'）',
			'(',
			')',
			'、',
			'。',
			'A',
			'1',
			'１',
			' ',
			'\u3000',
			'\u00a0',
			'\u200b',
			'\ufeff',
			'\u00ad',
			'\r\n',
			'\r',
			'\n',
			'\t',
			'\u2029',
			'\f'
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
				const raw = parts.join('');
				const { text } = normalizeLayout(raw);
				expect(withoutWhitespace(text)).toBe(withoutWhitespace(raw.replace(invisible, '')));
				expect(text).not.toMatch(/\r|\u00a0|\u200b/u);
			})
		);
	});

	test('whatever is pasted, the result passes the control/bidi check of a draft text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
				expect(hasProseControlChars(normalizeLayout(raw).text)).toBe(false);
			})
		);
	});
});
