// A pack's training walkthroughs (walkthroughs.yaml): ordered steps tied to the region's journey — each step
// sends events or advances the simulated clock on the real statechart — with narrative, quoted clauses and
// quizzes whose answer keys are checked against the rules. The cross-region walkthroughs
// (src/lib/regions/walkthroughs.yaml) have no machine and quote "region:clause".

import * as v from 'valibot';
import type { ClauseId } from '../../regions/types';
import {
	dimensionId,
	eventType,
	finite,
	isoDate,
	line,
	list,
	localId,
	roleId,
	LocalizedProse,
	nonEmpty,
	obj,
	regionId
} from './kit.ts';

export const JOURNEY_STATUSES = [
	'applying',
	'rejected',
	'licensed',
	'suspended',
	'terminated',
	'closed'
] as const;

/**
 * A clause quoted or cited: a clause id of the pack's text, or "region:clause" where regions mix. Its shape here;
 * that it names a clause is the walkthrough tests' (every quote resolves). Typed as a clause id, like kit's clauseId.
 */
const clauseRef = v.pipe(
	v.string(),
	v.regex(/^([a-z][A-Za-z0-9-]{0,63}:)?[a-z0-9-]{1,64}$/),
	v.transform((s) => s as ClauseId)
);
const refs = list(clauseRef);

const payloadValue = v.union([v.boolean(), finite, line, list(line)]);
/** An event sent to the machine: its type and payload ({ type: SIGN_AGREEMENT, months: 36 }). */
export const EventSchema = obj(v.objectWithRest({ type: eventType }, payloadValue));

/** Facts handed to the machine at the start (the simulator's facts, not the questionnaire's). */
export const FactsSchema = obj(v.record(localId, payloadValue));

const AdvanceSchema = v.union([
	v.literal('nextDeadline'),
	obj(v.strictObject({ days: finite })),
	obj(v.strictObject({ months: finite })),
	obj(v.strictObject({ to: isoDate }))
]);

const ActionSchema = v.union([
	obj(v.strictObject({ event: EventSchema })),
	obj(v.strictObject({ advance: AdvanceSchema }))
]);

const oneOrMany = <S extends v.GenericSchema>(s: S) => v.union([s, nonEmpty(s)]);

const ChoiceQuizSchema = v.strictObject({
	kind: v.literal('choice'),
	question: LocalizedProse,
	options: nonEmpty(
		obj(
			v.strictObject({
				id: localId,
				text: LocalizedProse,
				/** A profile value or region id (dimension basis), or true/false (can basis). */
				value: v.optional(v.union([line, finite, v.boolean()]))
			})
		)
	),
	/** The id of the right option. */
	answer: localId,
	explanation: LocalizedProse,
	citations: nonEmpty(clauseRef),
	/**
	 * How the answer key is checked: `{ dimension, region }` the answer's value is that region's profile
	 * value; `{ dimension, equals }` option values are regions, the answer the only one whose value equals;
	 * `{ can }` option values are booleans, the answer whether the machine takes the event now.
	 */
	basis: v.optional(
		v.union([
			obj(v.strictObject({ dimension: dimensionId, region: regionId })),
			obj(v.strictObject({ dimension: dimensionId, equals: v.union([line, finite]) })),
			obj(v.strictObject({ can: EventSchema }))
		])
	)
});

/** "What happens next?": posed before the step's actions; the answer is the event type taken next. */
const NextQuizSchema = v.strictObject({
	kind: v.literal('next'),
	question: LocalizedProse,
	options: nonEmpty(eventType),
	answer: eventType,
	explanation: LocalizedProse,
	citations: nonEmpty(clauseRef)
});

const StepSchema = obj(
	v.strictObject({
		id: localId,
		title: LocalizedProse,
		narrative: LocalizedProse,
		/** Speaker notes for the trainer. */
		notes: v.optional(LocalizedProse),
		/** Clauses shown verbatim. */
		quote: v.optional(refs),
		/** One action, or several in order. */
		action: v.optional(oneOrMany(ActionSchema)),
		/** What must hold after the actions. */
		expect: v.optional(
			obj(
				v.strictObject({
					status: v.optional(v.picklist(JOURNEY_STATUSES)),
					state: v.optional(oneOrMany(line)),
					milestone: v.optional(oneOrMany(line))
				})
			)
		),
		quiz: v.optional(obj(v.variant('kind', [ChoiceQuizSchema, NextQuizSchema])))
	})
);

export const WalkthroughSchema = obj(
	v.strictObject({
		/** Unique within the file; a region's walkthrough goes by "<region>-<id>". */
		id: localId,
		title: LocalizedProse,
		summary: LocalizedProse,
		/** The journey role; the journey's first role when absent. */
		role: v.optional(roleId),
		start: isoDate,
		facts: FactsSchema,
		/** Application materials held at the start. */
		materials: v.optional(list(line)),
		steps: nonEmpty(StepSchema)
	})
);

/** walkthroughs.yaml: a list of walkthroughs. */
export const WalkthroughsSchema = list(WalkthroughSchema);
export type PackWalkthrough = v.InferOutput<typeof WalkthroughSchema>;
