// A trainee's saved progress through a course (library kind "training"): which walkthrough, the step
// reached, whether it was run, and the quiz answers given. Checked when read back.

import * as v from 'valibot';
import { line, localId, obj, parseWith, type Problem } from '$lib/rules/pack/kit';

export const CourseProgressSchema = obj(
	v.strictObject({
		walkthrough: localId,
		index: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
		ran: v.optional(v.boolean()),
		answers: v.optional(obj(v.record(line, line)), {})
	})
);

export type CourseProgress = v.InferOutput<typeof CourseProgressSchema>;

export function parseCourseProgress(
	x: unknown
): { ok: true; value: CourseProgress } | { ok: false; problems: Problem[] } {
	return parseWith(CourseProgressSchema, x);
}
