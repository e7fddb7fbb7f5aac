import { describe, expect, test } from 'vitest';
import { wordsIn } from '$lib/rules/words';
import { ITEM_KINDS } from './model';
import { storedItem } from './testing';
import { checkItem } from './validate';

const item = storedItem;

describe('checkItem: a saved item’s problems in the app’s own words', () => {
	test('an unknown kind: the message names every kind there is, in both languages', () => {
		const [p, ...rest] = checkItem(item({ kind: 'poem' }));
		expect(rest).toEqual([]);
		expect(p!.field).toBe('kind');
		const [zh, en] = [wordsIn(p!.message, 'zh-CN'), wordsIn(p!.message, 'en')];
		expect(zh).toMatch(/^类型无效，应为 .+ 之一$/);
		expect(en).toMatch(/^must be one of /);
		for (const kind of ITEM_KINDS) {
			expect(zh).toContain(kind);
			expect(en).toContain(kind);
		}
	});

	test('limits are said with their numbers; a payload fault with its path', () => {
		const tags = Array.from({ length: 51 }, (_, i) => `t${i}`);
		const found = checkItem(item({ tags, payload: { a: Number.NaN } }));
		expect(found.map((p) => [p.field, wordsIn(p.message, 'en')])).toEqual([
			['tags', 'must have at most 50 tags'],
			['payload.a', 'must be a finite number']
		]);
		expect(found.map((p) => wordsIn(p.message, 'zh-CN'))).toEqual(['标签不能超过 50 个', '应为有限的数字']);
	});
});
