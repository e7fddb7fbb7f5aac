import { describe, expect, test } from 'vitest';
import { courses, loadWalkthrough } from './catalogue';
import { walkthroughs } from './run';
import { walkthroughSources } from './types';

describe('the course list and walkthroughs on demand', () => {
	test('the build-time list has every course, in order, with its counts and sources', () => {
		expect(courses.map((c) => c.id)).toEqual(walkthroughs.map((w) => w.id));
		for (const w of walkthroughs) {
			const c = courses.find((x) => x.id === w.id)!;
			expect(c).toEqual({
				id: w.id,
				region: w.region,
				title: w.title,
				summary: w.summary,
				steps: w.steps.length,
				quizzes: w.steps.filter((s) => s.quiz).length,
				sources: walkthroughSources(w)
			});
		}
	});

	test('a course opened loads the same walkthrough as the full list holds', async () => {
		for (const w of walkthroughs) expect(await loadWalkthrough(w.id), w.id).toEqual(w);
		expect(await loadWalkthrough('no-such-course')).toBeUndefined();
	});
});
