// An answer as the printed report says it: yes / no / unknown, an option's label, a list's length. Pure.

import type { ApplicantFacts, Question } from '$lib/eligibility';
import { answerOf, answerState } from '$lib/eligibility/facts';
import type { Localized } from '$lib/regions/types';

export interface AnswerWords {
	yes: string;
	no: string;
	unknown: string;
	ready: string;
	notReady: string;
	none: string;
	count: (n: number) => string;
	sep: string;
}

export function answerText(
	q: Question,
	facts: ApplicantFacts,
	words: AnswerWords,
	loc: (s: Localized) => string
): string | null {
	const v = answerOf(facts, q);
	if (answerState(v) === 'unanswered') return null;
	if (v === 'unknown') return words.unknown;
	if (typeof v === 'boolean')
		return q.kind === 'material' ? (v ? words.ready : words.notReady) : v ? words.yes : words.no;
	const label = (x: unknown) => {
		const o = q.options?.find((o) => o.value === x);
		return o ? loc(o.label) : String(x);
	};
	if (Array.isArray(v)) {
		if (q.kind === 'roles') return v.map(label).join(words.sep);
		return v.length ? words.count(v.length) : words.none;
	}
	return label(v);
}
