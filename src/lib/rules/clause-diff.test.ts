import { describe, expect, test } from 'vitest';
import { diffClauses, likeness, pairClauses, PAIR_THRESHOLD, similarity, words } from './clause-diff';
import { clause } from '$lib/regions/fixture-ids';

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

test('full- and half-width forms compare equal; the parts keep each text’s own characters', () => {
	const a = '期限不超过３年（含）；';
	const b = '期限不超过3年(含);';
	const parts = diffClauses(a, b);
	expect(parts.every((p) => p.op === 'same')).toBe(true);
	expect(similarity(parts)).toBe(1);
	expect(parts.map((p) => p.text).join('')).toBe(a);
	expect(parts.map((p) => p.other ?? p.text).join('')).toBe(b);
	// a real difference is still one
	const real = diffClauses('不超过３年', '不超过5年');
	expect(real.some((p) => p.op === 'removed' && p.text === '３')).toBe(true);
	expect(real.some((p) => p.op === 'added' && p.text === '5')).toBe(true);
});

test('texts are rebuilt verbatim from the parts, whatever their width', () => {
	const a = '第十四条　运营单位应当于每年３月底前报送报告。';
	const b = '运营单位应于每年3月底前，报送年度报告；';
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
			.map((p) => (p.op === 'same' ? (p.other ?? p.text) : p.text))
			.join('')
	).toBe(b);
});

describe('pairing clauses about the same thing', () => {
	const term = { ref: clause('a-term'), text: '授权运营协议有效期最长不超过3年。' };
	const logs = { ref: clause('a-logs'), text: '运营单位应当留存操作日志不少于6个月。' };
	const bLogs = { ref: clause('b-logs'), text: '操作日志留存时间不少于６个月。' };
	const bTerm = { ref: clause('b-term'), text: '运营协议的有效期一般不超过3年；' };
	const bOther = { ref: clause('b-other'), text: '鼓励开展数据产品交易。' };
	test('each clause meets the other side’s clause most like it, whatever the order', () => {
		const pairs = pairClauses([term, logs], [bLogs, bTerm, bOther]);
		expect(pairs.map((p) => [p.a?.ref ?? null, p.b?.ref ?? null])).toEqual([
			['a-term', 'b-term'],
			['a-logs', 'b-logs'],
			[null, 'b-other']
		]);
		expect(similarity(pairs[1]!.parts)).toBeGreaterThan(0.4);
		// an unpaired clause is all added
		expect(pairs[2]!.parts).toEqual([{ op: 'added', text: bOther.text }]);
	});
	test('unlike clauses are not forced together', () => {
		expect(likeness(term.text, bOther.text)).toBeLessThan(PAIR_THRESHOLD);
		const pairs = pairClauses([term], [bOther]);
		expect(pairs.map((p) => [p.a?.ref ?? null, p.b?.ref ?? null])).toEqual([
			['a-term', null],
			[null, 'b-other']
		]);
	});
});
