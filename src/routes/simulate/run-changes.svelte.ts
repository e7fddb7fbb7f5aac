// What the last step of a run changed (run-view.ts says it in words), and a stamp bumped on every step so
// ChangeNote moves focus to it: on Start and after every action or clock move.

import type { createJourneyState } from '$lib/state/journey.svelte';
import { whatChanged, type RunChange, type RunMoment } from './run-view';
import { readers } from '$lib/state/readers';

export function createRunChanges(journey: ReturnType<typeof createJourneyState>) {
	let change = $state.raw<RunChange | null>(null);
	let stamp = $state(0);
	let startedOn = $state<string | null>(null);

	function moment(): RunMoment | null {
		const v = journey.view;
		if (!v) return null;
		const { today, status, activeStates, deadlines, trace, refusals } = v;
		return { today, status, activeStates, deadlines, trace, refusals };
	}
	function note(before: RunMoment | null) {
		const after = moment();
		if (!after) return;
		change = whatChanged(before, after);
		startedOn = before ? null : after.today;
		stamp++;
	}

	return readers(
		{
			change: () => change,
			stamp: () => stamp,
			/** The run's start date, when the last change was the start. */
			startedOn: () => startedOn
		},
		{
			/** The run has just started. */
			started: () => note(null),
			/** Run a step of the simulation and note what it changed. */
			step(fn: Parameters<typeof journey.act>[0]) {
				const before = moment();
				journey.act(fn);
				note(before);
			}
		}
	);
}
