// What the simulator page shows about a run, computed from its view: the actions split into "possible now"
// and "not possible now" (grouped by the reason, so one reason is read once, not forty times), and what
// changed between two moments of the run (after Start, after each action or clock move). Pure.

import type { Words } from '$lib/rules/words';
import type { JourneyStatus } from '$lib/machines/simulator';
import type { AvailableEvent, Deadline, TraceEntry } from '$lib/machines/types';
import type { IsoDate, Localized } from '$lib/regions/types';

export interface BlockedGroup {
	/**
	 * 'stage': the actions of one stage of the journey (`stage`); 'later': the stages with only one or two
	 * actions, together (each action's reason names its stage); 'forbidden': what the text forbids outright.
	 */
	kind: 'stage' | 'later' | 'forbidden';
	stage: string | null;
	events: AvailableEvent[];
}

/** Stages with fewer actions than this are listed together, not under a heading each. */
const SMALL = 3;

export interface ActionGroups {
	now: AvailableEvent[];
	/** Refused now, grouped by the same reason (in the order first met). */
	blocked: BlockedGroup[];
	blockedCount: number;
}

/** Split the actions; the refused ones grouped by the stage of the journey they belong to (`stageOf`). */
export function groupActions(
	available: readonly AvailableEvent[],
	stageOf: (type: string) => string | null
): ActionGroups {
	const now = available.filter((a) => a.enabled);
	const groups = new Map<string | null, BlockedGroup>();
	for (const a of available) {
		if (a.enabled) continue;
		const stage = stageOf(a.type);
		let g = groups.get(stage);
		if (!g) groups.set(stage, (g = { kind: stage === null ? 'forbidden' : 'stage', stage, events: [] }));
		g.events.push(a);
	}
	const all = [...groups.values()];
	const big = all.filter((g) => g.kind === 'stage' && g.events.length >= SMALL);
	const small = all.filter((g) => g.kind === 'stage' && g.events.length < SMALL);
	const later: BlockedGroup[] = small.length
		? [{ kind: 'later', stage: null, events: small.flatMap((g) => g.events) }]
		: [];
	// the journey's order: the small early stages (the application's steps) first; what the text forbids last
	const blocked = [...later, ...big, ...all.filter((g) => g.kind === 'forbidden')];
	return { now, blocked, blockedCount: available.length - now.length };
}

/** The parts of a run's view a change is measured on. */
export interface RunMoment {
	today: IsoDate;
	status: JourneyStatus;
	activeStates: { path: string; label: Localized }[];
	deadlines: Deadline[];
	trace: TraceEntry[];
	refusals: { date: IsoDate; reason: Words }[];
}

export interface RunChange {
	/** Set when the simulated date moved. */
	date: { from: IsoDate; to: IsoDate } | null;
	/** Set when the status changed. */
	status: { from: JourneyStatus; to: JourneyStatus } | null;
	/** What happened (the new trace entries: actions taken and deadlines that fired), oldest first. */
	happened: { date: IsoDate; label: Localized }[];
	entered: Localized[];
	left: Localized[];
	/** The reason an action was refused, when the change was a refusal. */
	refused: Words | null;
	/** The next deadline now, when it differs from before (null: none pending any more). */
	nextDeadline: Deadline | null | undefined;
	/** Nothing at all changed. */
	none: boolean;
}

const labelsOf = (a: RunMoment['activeStates'], b: RunMoment['activeStates']) => {
	const paths = new Set(b.map((s) => s.path));
	// a state whose parent is also listed says less than the parent; keep the deepest (the view lists them so)
	return a.filter((s) => !paths.has(s.path)).map((s) => s.label);
};

/** The change from one moment of a run to the next; `before` null means the run has just started. */
export function whatChanged(before: RunMoment | null, after: RunMoment): RunChange {
	const newTrace = before ? after.trace.slice(before.trace.length) : after.trace;
	const newRefusals = before ? after.refusals.slice(before.refusals.length) : [];
	const nextBefore = before?.deadlines[0];
	const nextAfter = after.deadlines[0];
	const sameNext =
		before !== null && nextBefore?.id === nextAfter?.id && nextBefore?.date === nextAfter?.date;
	const change: RunChange = {
		date: before && before.today !== after.today ? { from: before.today, to: after.today } : null,
		status: before && before.status !== after.status ? { from: before.status, to: after.status } : null,
		happened: newTrace.map((t) => ({ date: t.date, label: t.label })),
		entered: before
			? labelsOf(after.activeStates, before.activeStates)
			: after.activeStates.map((s) => s.label),
		left: before ? labelsOf(before.activeStates, after.activeStates) : [],
		refused: newRefusals.at(-1)?.reason ?? null,
		nextDeadline: sameNext ? undefined : (nextAfter ?? null),
		none: false
	};
	change.none =
		!!before &&
		!change.date &&
		!change.status &&
		!change.happened.length &&
		!change.entered.length &&
		!change.left.length &&
		!change.refused &&
		change.nextDeadline === undefined;
	return change;
}
