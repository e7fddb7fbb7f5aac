// Training walkthroughs as data: ordered steps tied to a region's statechart (each step drives the real
// machine, so a walkthrough cannot drift from the rules), with narrative, quoted clauses and quizzes.
// Pure: no DOM, no Svelte, no storage; its only runtime import is relative, so the packs plugin
// (scripts/packs/plugin.ts) builds the course list's entries with courseSummary at build time.

import type { JourneyStatus } from '$lib/machines/simulator';
import type { Facts, JourneyEvent, RoleId } from '$lib/machines/types';
import { splitRef } from '../regions/citation';
import type { ClauseId, ClauseRef, DimensionId, IsoDate, Localized, RegionId } from '$lib/regions/types';
import type { PackWalkthrough } from '$lib/rules/pack';
import type { Words } from '$lib/rules/words';

/** Advance the simulated clock. */
export type Advance = { days: number } | { months: number } | { to: IsoDate } | 'nextDeadline';

/** What a step does on the machine: send one event, or advance the clock. */
export type StepAction = { event: JourneyEvent } | { advance: Advance };

/** What must hold after a step's actions (all listed items). */
export interface StepExpect {
	status?: JourneyStatus;
	/** Region-local dotted state path(s) that must be active. */
	state?: string | string[];
	/** Milestone id(s) that must have been reached by now. */
	milestone?: string | string[];
}

export interface QuizOption {
	id: string;
	text: Localized;
	/**
	 * The option's value for the answer check: a profile value (number or enum code) or region id for a
	 * `dimension` basis, or true/false ("accepted"/"refused") for a `can` basis.
	 */
	value?: string | number | boolean;
}

/**
 * How the answer key is checked against the rules (tests use it):
 * - `{ dimension, region }`: the answer option's value equals the region's profile value (number value or
 *   enum code), and no wrong option's value does;
 * - `{ dimension, equals }`: option values are region ids; the answer is the only region whose value is
 *   `equals` (number value, enum code, or "unlimited");
 * - `{ can }`: option values are booleans; the answer's value is whether the machine would take the event
 *   now (before the step's actions).
 */
export type QuizBasis =
	| { dimension: DimensionId; region: RegionId }
	| { dimension: DimensionId; equals: string | number }
	| { can: JourneyEvent };

export interface ChoiceQuiz {
	kind: 'choice';
	question: Localized;
	options: QuizOption[];
	/** The id of the right option. */
	answer: string;
	explanation: Localized;
	/** ClauseIds of the walkthrough's region, or ClauseRefs ("region:clause") in a cross-region walkthrough. */
	citations: (ClauseId | ClauseRef)[];
	basis?: QuizBasis;
}

/**
 * A choice quiz as the interface shows it: a walkthrough's (law data, {zh, en} pairs) or one generated from the
 * rule profiles, whose question and explanation are the app's own words (`Said`, see ./generate.ts).
 */
export interface ShownChoiceQuiz extends Omit<ChoiceQuiz, 'question' | 'explanation'> {
	question: Words;
	explanation: Words;
}

/** "What happens next?": posed before the step's actions; the answer is the event type taken next. */
export interface NextQuiz {
	kind: 'next';
	question: Localized;
	/** Event types offered. */
	options: string[];
	/** The event type that is possible now (the others are refused here). */
	answer: string;
	explanation: Localized;
	citations: (ClauseId | ClauseRef)[];
}

export type Quiz = ChoiceQuiz | NextQuiz;

export interface Step {
	id: string;
	title: Localized;
	narrative: Localized;
	/** Speaker notes for the trainer. */
	notes?: Localized;
	/** Clauses shown verbatim (ClauseRefs in a cross-region walkthrough). */
	quote?: (ClauseId | ClauseRef)[];
	/** One action, or several in order (e.g. advance the clock, then send). */
	action?: StepAction | StepAction[];
	expect?: StepExpect;
	/** Posed before the step's actions run. */
	quiz?: Quiz;
}

export interface Walkthrough {
	id: string;
	/** null for a cross-region walkthrough (no machine; quotes use ClauseRefs). */
	region: RegionId | null;
	title: Localized;
	summary: Localized;
	role?: RoleId;
	start: IsoDate;
	facts: Facts;
	/** Application materials held at the start. */
	materials?: string[];
	steps: Step[];
}

/** A step's actions as a list. */
export function stepActions(step: Step): StepAction[] {
	if (!step.action) return [];
	return Array.isArray(step.action) ? step.action : [step.action];
}

/** Split a quoted clause into region and clause id (a bare ClauseId belongs to `region`). */
export function resolveClause(
	ref: ClauseId,
	region: RegionId | null
): { region: RegionId; clause: ClauseId } {
	const c = splitRef(ref);
	if (c.region !== null) return { region: c.region, clause: c.id };
	if (!region)
		throw new Error(`clause "${ref}" needs a region ("region:clause") in a cross-region walkthrough`);
	return { region, clause: ref };
}

/** The texts a walkthrough teaches from: its region's, or every region a cross-region walkthrough quotes. */
export function walkthroughSources(w: Walkthrough): RegionId[] {
	if (w.region) return [w.region];
	const quoted = w.steps.flatMap((s) => s.quote ?? []).map((ref) => resolveClause(ref, null).region);
	return [...new Set(quoted)];
}

/** A course's entry in the course list: what it teaches from and how long it is, without its steps. */
export interface CourseSummary {
	id: string;
	region: RegionId | null;
	title: Localized;
	summary: Localized;
	steps: number;
	quizzes: number;
	/** The texts the course teaches from. */
	sources: RegionId[];
}

/** A walkthrough's entry in the course list: the build's walkthroughs.yaml?index holds these (no steps). */
export const courseSummary = (w: Walkthrough): CourseSummary => ({
	id: w.id,
	region: w.region,
	title: w.title,
	summary: w.summary,
	steps: w.steps.length,
	quizzes: w.steps.filter((s) => s.quiz).length,
	sources: walkthroughSources(w)
});

/** A pack's walkthroughs as the region's: ids become "<region>-<id>" (unique across regions). */
export function fromPack(region: RegionId | null, list: readonly PackWalkthrough[]): Walkthrough[] {
	return list.map(({ id, ...w }) => ({ id: region ? `${region}-${id}` : id, region, ...w }));
}
