import { expect, test } from 'vitest';
import { questionnaire, type ApplicantFacts } from '$lib/eligibility';
import { answerText, type AnswerWords } from './answer-text';

const W: AnswerWords = {
	yes: '是',
	no: '否',
	unknown: '未知',
	ready: '已备齐',
	notReady: '未备齐',
	none: '无',
	count: (n) => `${n} 项`,
	sep: '、'
};
const all = questionnaire.flatMap((t) => t.questions);
const q = (kind: string) => all.find((x) => x.kind === kind)!;

test('every kind of answer reads as words; unanswered is left out', () => {
	const b = q('boolean');
	const facts = { [b.fact]: true, securityIncidents: [{ date: '2025-01-01' }] } as ApplicantFacts;
	expect(answerText(b, facts, W, (s) => s.zh)).toBe('是');
	expect(answerText(b, {}, W, (s) => s.zh)).toBeNull();
	expect(answerText(b, { [b.fact]: 'unknown' } as ApplicantFacts, W, (s) => s.zh)).toBe('未知');
	expect(answerText(q('incidents'), facts, W, (s) => s.zh)).toBe('1 项');
	expect(answerText(q('incidents'), { securityIncidents: [] }, W, (s) => s.zh)).toBe('无');
	const roles = q('roles');
	const first = roles.options![0]!;
	expect(answerText(roles, { rolesSought: [first.value] } as ApplicantFacts, W, (s) => s.zh)).toBe(
		first.label.zh
	);
});
