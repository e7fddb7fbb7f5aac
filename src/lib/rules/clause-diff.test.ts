import { expect, test } from 'vitest';
import { diffClauses, similarity, words } from './clause-diff';

test('words are segmented Chinese words', () => {
	expect(words('授权运营协议有效期最长不超过3年').length).toBeGreaterThan(4);
	expect(words('授权运营协议').join('')).toBe('授权运营协议');
});

test('a diff rebuilds both texts and marks what changed', () => {
	const a = '授权运营协议有效期最长不超过3年。';
	const b = '运营协议的有效期一般不超过3年；';
	const parts = diffClauses(a, b);
	expect(
		parts
			.filter((p) => p.op !== 'added')
			.map((p) => p.text)
			.join('')
	).toBe(a);
	expect(
		parts
			.filter((p) => p.op !== 'removed')
			.map((p) => p.text)
			.join('')
	).toBe(b);
	expect(parts.some((p) => p.op === 'same' && p.text.includes('有效期'))).toBe(true);
	expect(parts.some((p) => p.op === 'removed' && p.text.includes('最长'))).toBe(true);
	expect(parts.some((p) => p.op === 'added' && p.text.includes('一般'))).toBe(true);
});

test('similarity is 1 for equal texts and 0 for disjoint ones', () => {
	expect(similarity(diffClauses('公共数据', '公共数据'))).toBe(1);
	expect(similarity(diffClauses('甲乙', '丙丁'))).toBe(0);
	const s = similarity(diffClauses('不少于6个月', '不少于3个月'));
	expect(s).toBeGreaterThan(0.3);
	expect(s).toBeLessThan(1);
});
