import { describe, expect, test } from 'vitest';
import { courseSummaryOf, courses, loadWalkthrough } from './catalogue';
import { courseSummary, walkthroughSources } from './types';
import { walkthroughs } from './run';

describe('the course list and walkthroughs on demand', () => {
	test('the build-time list has every course, in order, with its counts and sources', () => {
		// Every course comes from the build-time index (no steps loaded), the cross-region ones too:
		// both must say what the full walkthroughs say.
		expect(courses).toEqual(walkthroughs.map(courseSummary));
	});

	test('a course summary counts the steps and the quizzes, and names the texts taught from', () => {
		const w = walkthroughs.find((x) => x.region !== null && x.steps.some((s) => s.quiz))!;
		const quiz = w.steps.find((s) => s.quiz)!;
		const plain = { ...quiz, quiz: undefined };
		const c = courseSummary({ ...w, steps: [quiz, plain, quiz] });
		expect(c).toEqual({
			id: w.id,
			region: w.region,
			title: w.title,
			summary: w.summary,
			steps: 3,
			quizzes: 2,
			sources: [w.region]
		});
	});

	test('a course opened loads the same walkthrough as the full list holds', async () => {
		for (const w of walkthroughs) expect(await loadWalkthrough(w.id), w.id).toEqual(w);
		expect(await loadWalkthrough('no-such-course')).toBeUndefined();
	});

	test("a course's entry names, before its steps load, the texts its walkthrough quotes", () => {
		// the course page loads those texts beside the walkthrough, from this entry
		for (const w of walkthroughs) expect(courseSummaryOf(w.id)?.sources, w.id).toEqual(walkthroughSources(w));
		expect(courseSummaryOf('no-such-course')).toBeUndefined();
	});
});
