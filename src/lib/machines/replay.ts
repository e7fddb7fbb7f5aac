// One way to replay a dated script on a journey: move the clock to each step's date, send its event, note
// whether it was taken, then move to the end date. Restoring a saved run, the scenario command
// (scripts/scenario.mjs via scenario/run.ts) and the simulate page's "replay under other rules" all use it.

import type { Words } from '$lib/rules/words';
import type { IsoDate, RegionId } from '$lib/regions/types';
import type { JourneySimulation, JourneyStatus, SavedJourney } from './simulator';
import type { JourneyEvent, Refusal } from './types';

/** A step of a dated script: the clock moves to `at`, then the event (if any) is sent. */
export interface ScriptStep {
	at: IsoDate;
	event?: JourneyEvent;
}

/** What a replayed step did: `accepted` is null for a step that only moves the clock. */
export interface ReplayedStep {
	at: IsoDate;
	event?: JourneyEvent;
	accepted: boolean | null;
	refusal?: Refusal;
}

type Replayable = Pick<JourneySimulation, 'advanceTo' | 'send'>;

/** Replay `script` on `sim` in order, then move to `until`. Throws if a date is before the journey's today. */
export function replayScript(
	sim: Replayable,
	script: readonly ScriptStep[],
	until?: IsoDate
): ReplayedStep[] {
	const out: ReplayedStep[] = [];
	for (const step of script) {
		sim.advanceTo(step.at);
		if (!step.event) {
			out.push({ at: step.at, accepted: null });
			continue;
		}
		const r = sim.send(step.event);
		out.push(
			r.accepted
				? { at: step.at, event: step.event, accepted: true }
				: { at: step.at, event: step.event, accepted: false, refusal: r.refusal }
		);
	}
	if (until) sim.advanceTo(until);
	return out;
}

/** One region's column when a saved run's script is replayed under its rules. */
export interface ReplayColumn {
	region: RegionId;
	steps: { ok: boolean; reason?: Words }[];
	status: JourneyStatus;
}

/** Replay a saved run's script on a fresh journey (started on the run's start with its facts); stops it. */
export function replayColumn(sim: JourneySimulation, saved: SavedJourney): ReplayColumn {
	try {
		const steps = replayScript(sim, saved.script, saved.today).map((s) =>
			s.accepted ? { ok: true } : { ok: false, reason: s.refusal?.reason }
		);
		return { region: sim.region, steps, status: sim.status };
	} finally {
		sim.stop();
	}
}

/** Whether the regions disagree on step `i` (one took the event, another refused it). */
export function divergesAt(columns: readonly ReplayColumn[], i: number): boolean {
	return new Set(columns.map((c) => c.steps[i]?.ok)).size > 1;
}

/** The active states without their ancestors, as dotted paths (what a failure message names). */
export function leafStates(sim: Pick<JourneySimulation, 'activeStates'>): string[] {
	const paths = sim.activeStates().map((s) => s.path);
	return paths.filter((p) => !paths.some((q) => q.startsWith(p + '.')));
}
