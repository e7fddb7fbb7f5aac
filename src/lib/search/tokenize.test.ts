import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	fold,
	foldCompact,
	groupTokens,
	isPrefixToken,
	queryGroups,
	queryTokens,
	tokenize
} from './tokenize';

describe('tokenize (indexing)', () => {
	test.each([
		['日志', ['日志', '志']],
		['届', ['届']],
		['6个月', ['6个', '个月', '月']],
		['６个月', ['6个', '个月', '月']], // full-width digits fold
		['数据、安全', ['数据', '据', '安全', '全']], // punctuation breaks runs
		['，。“”（）', []],
		['', []],
		['   \n\u3000', []],
		['API接口', ['ap', 'pi', 'i接', '接口', '口', 'api']],
		['3年', ['3年', '年']],
		['有效期2024年', ['有效', '效期', '期2', '20', '02', '24', '4年', '年', '2024']]
	])('%j → %j', (text, tokens) => {
		expect(tokenize(text)).toEqual(tokens);
	});

	test('every character is the first character of some token', () => {
		const text = '授权运营期限届满，市大数据主管部门终止数据运营单位的公共数据使用权限。';
		const tokens = tokenize(text);
		for (const ch of text.replace(/[，。]/g, '')) expect(tokens.some((t) => t.startsWith(ch))).toBe(true);
	});
});

describe('queryTokens', () => {
	test.each([
		['', []],
		['   ', []],
		['，。', []],
		['日志', ['日志']],
		['届', ['届']],
		['API', ['ap', 'pi']],
		['Api', ['ap', 'pi']],
		['数据 安全', ['数据', '安全']],
		['数据，安全', ['数据', '安全']]
	])('%j → %j', (query, tokens) => {
		expect(queryTokens(query)).toEqual(tokens);
	});

	test('consecutive one-character words merge into one group', () => {
		// ICU segments 岗前培训 as 岗|前|培训 and 不少于6个月 as 不少|于|6|个|月
		expect(queryGroups('岗前培训').join('')).toBe('岗前培训');
		expect(queryGroups('岗前培训')).not.toContain('岗');
		expect(queryGroups('不少于6个月').join('')).toBe('不少于6个月');
		expect(queryTokens('不少于6个月')).toEqual(expect.arrayContaining(['6个', '个月']));
	});

	test.each([
		['届', true],
		['6', true],
		['日志', false],
		['ap', false]
	])('isPrefixToken(%j) = %s', (token, prefix) => {
		expect(isPrefixToken(token)).toBe(prefix);
	});

	test('groupTokens', () => {
		expect(groupTokens('工作日')).toEqual(['工作', '作日']);
		expect(groupTokens('日')).toEqual(['日']);
	});
});

describe('folding', () => {
	test('fold handles full-width forms and case', () => {
		expect(fold('ＡＰＩ３年')).toBe('api3年');
	});

	test('foldCompact drops whitespace and maps back to the source', () => {
		const src = '第十条 数据\n安全';
		const f = foldCompact(src);
		expect(f.text).toBe('第十条数据安全');
		const i = f.text.indexOf('据安');
		expect(src.slice(f.starts[i], f.ends[i + 1])).toBe('据\n安');
	});
});

const cjk = fc
	.array(
		fc.constantFrom(...'数据安全授权运营期限届满日志岗前培训不少于个月一场景审核0123456789APIapi，。、“” \n'),
		{
			maxLength: 30
		}
	)
	.map((cs) => cs.join(''));

describe('properties', () => {
	test('every query token of a substring is found in the text tokens (exactly, or as a prefix)', () => {
		fc.assert(
			fc.property(cjk, fc.nat(), fc.nat(), (text, a, b) => {
				const start = a % (text.length + 1);
				const query = text.slice(start, start + (b % 9));
				const indexed = tokenize(text);
				for (const t of queryTokens(query)) {
					const ok = isPrefixToken(t) ? indexed.some((x) => x.startsWith(t)) : indexed.includes(t);
					expect(ok, `${JSON.stringify(query)} in ${JSON.stringify(text)}: ${t}`).toBe(true);
				}
			}),
			{ numRuns: 500 }
		);
	});
});
