// Replay a walkthrough on the real statechart and score a trainee's answers. Pure of the data: the walkthroughs
// come from ./run (all, eager: tests) or ./catalogue (pages: a region's when a course is opened).

import { m } from '$lib/paraglide/messages';
import { said, wordsIn, type Words } from '$lib/rules/words';
import { leafStates } from '$lib/machines/replay';
import { createJourney, type JourneySimulation, type JourneyStatus } from '$lib/machines/simulator';
import { stepActions, type Step, type StepAction, type StepExpect, type Walkthrough } from './types';

export interface ActionResult {
	action: StepAction;
	/** The simulated date the action was taken on (for an advance: the date reached). */
	date: string;
	accepted: boolean;
	refusal?: { reason: Words; citations: string[] };
}

export interface StepResult {
	stepId: string;
	/** Simulated date after the step. */
	today: string | null;
	actions: ActionResult[];
	/** Every action accepted (advances always are; an advance to "nextDeadline" with none pending is not). */
	accepted: boolean;
	status: JourneyStatus | null;
	/** Active leaf states after the step. */
	states: string[];
	expectMet: boolean;
	failures: string[];
	/** Event types enabled before the step's actions (where a quiz is posed). */
	enabledBefore: string[];
	/** For a choice quiz with a `can` basis: whether the machine would take that event before the step. */
	canBefore?: boolean;
}

export interface ReplayResult {
	walkthrough: string;
	steps: StepResult[];
	/** Every step accepted and every expectation met. */
	ok: boolean;
}

function checkExpect(sim: JourneySimulation, expect: StepExpect | undefined): string[] {
	const failures: string[] = [];
	if (!expect) return failures;
	if (expect.status && sim.status !== expect.status)
		failures.push(`status: expected ${expect.status}, got ${sim.status}`);
	const states = expect.state === undefined ? [] : ([] as string[]).concat(expect.state);
	for (const s of states)
		if (!sim.matches(s)) failures.push(`state: "${s}" is not active (active: ${leafStates(sim).join(', ')})`);
	const ms = expect.milestone === undefined ? [] : ([] as string[]).concat(expect.milestone);
	for (const m of ms)
		if (!sim.milestones.some((x) => x.milestone === m))
			failures.push(
				`milestone: "${m}" not reached (have: ${sim.milestones.map((x) => x.milestone).join(', ')})`
			);
	return failures;
}

function apply(sim: JourneySimulation, action: StepAction): ActionResult {
	if ('event' in action) {
		const date = sim.today;
		const r = sim.send(action.event);
		return r.accepted
			? { action, date, accepted: true }
			: { action, date, accepted: false, refusal: r.refusal };
	}
	const a = action.advance;
	if (a === 'nextDeadline') {
		const d = sim.advanceToNextDeadline();
		return d
			? { action, date: sim.today, accepted: true }
			: {
					action,
					date: sim.today,
					accepted: false,
					refusal: { reason: said(m.sim_why_no_deadline), citations: [] }
				};
	}
	if ('days' in a) sim.advanceDays(a.days);
	else if ('months' in a) sim.advanceMonths(a.months);
	else sim.advanceTo(a.to);
	return { action, date: sim.today, accepted: true };
}

/** Start the walkthrough's journey (null for a cross-region walkthrough). */
export async function startWalkthrough(w: Walkthrough): Promise<JourneySimulation | null> {
	if (!w.region) return null;
	return createJourney(w.region, { role: w.role, start: w.start, facts: w.facts, materials: w.materials });
}

/** Run one step on a journey started by startWalkthrough (for a UI stepping through a course). */
export function runStep(sim: JourneySimulation | null, step: Step): StepResult {
	if (!sim) {
		const failures = step.action || step.expect ? ['a step without a machine cannot act or expect'] : [];
		return {
			stepId: step.id,
			today: null,
			actions: [],
			accepted: failures.length === 0,
			status: null,
			states: [],
			expectMet: failures.length === 0,
			failures,
			enabledBefore: []
		};
	}
	const enabledBefore = [
		...new Set(
			sim
				.available()
				.filter((a) => a.enabled)
				.map((a) => a.type)
		)
	];
	const basis = step.quiz?.kind === 'choice' ? step.quiz.basis : undefined;
	const canBefore = basis && 'can' in basis ? sim.can({ ...basis.can, at: sim.today }) : undefined;
	const actions = stepActions(step).map((a) => apply(sim, a));
	const expectFailures = checkExpect(sim, step.expect);
	const failures = [...expectFailures];
	for (const a of actions)
		if (!a.accepted)
			failures.push(
				`refused: ${JSON.stringify(a.action)} — ${a.refusal ? wordsIn(a.refusal.reason, 'en') : ''}`
			);
	return {
		stepId: step.id,
		today: sim.today,
		actions,
		accepted: actions.every((a) => a.accepted),
		status: sim.status,
		states: leafStates(sim),
		expectMet: expectFailures.length === 0,
		failures,
		enabledBefore,
		...(canBefore === undefined ? {} : { canBefore })
	};
}

/** Drive the real machine through every step; per-step results. */
export async function replayWalkthrough(w: Walkthrough): Promise<ReplayResult> {
	const sim = await startWalkthrough(w);
	const steps = w.steps.map((s) => runStep(sim, s));
	sim?.stop();
	return { walkthrough: w.id, steps, ok: steps.every((s) => s.accepted && s.expectMet) };
}

// scored without the simulator: the course page scores before (and without) loading it
export { scoreAnswers, type Score } from './score';

// in ./types, which the course list imports without the simulator (xstate)
export { fromPack } from './types';
