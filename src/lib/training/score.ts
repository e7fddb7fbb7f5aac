// A trainee's answers scored against a walkthrough's quizzes. Apart from ./engine so that the course page scores
// without the simulator (xstate), which it loads after the first paint.

import type { Step, Walkthrough } from './types';

export interface Score {
	correct: number;
	total: number;
	perStep: { stepId: string; given: string | null; answer: string; correct: boolean }[];
}

/** Score answers keyed by step id (option id for choice quizzes, event type for "next" quizzes). */
export function scoreAnswers(w: Walkthrough, answers: Record<string, string | null | undefined>): Score {
	const perStep = w.steps
		.filter((s): s is Step & { quiz: NonNullable<Step['quiz']> } => !!s.quiz)
		.map((s) => {
			const given = answers[s.id] ?? null;
			return { stepId: s.id, given, answer: s.quiz.answer, correct: given === s.quiz.answer };
		});
	return { correct: perStep.filter((p) => p.correct).length, total: perStep.length, perStep };
}
