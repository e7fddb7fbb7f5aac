// A journey simulation as runes: the machine lives in $lib/machines (pure, on a simulated clock); this wrapper
// re-reads its view whenever it changes, and starts nothing during prerendering.

import { errorText } from '$lib/rules/words';
import type { JourneyOptions, JourneySimulation, SavedJourney } from '$lib/machines/simulator';
import type { Journey } from '$lib/machines/types';
import type { RegionId, RegionProfile } from '$lib/regions/types';
import { readers } from './readers';

type Simulator = typeof import('$lib/machines/simulator');

let modPromise: Promise<Simulator> | null = null;
const simulator = () => (modPromise ??= import('$lib/machines/simulator'));
const drafts = () => import('$lib/machines/draft');

/** A draft to simulate: its procedure's journey under the draft's id, and the draft's profile. */
export interface DraftMachine {
	journey: Journey;
	profile: RegionProfile;
}

export function createJourneyState() {
	let sim = $state.raw<JourneySimulation | null>(null);
	let version = $state(0);
	let error = $state<string | null>(null);
	let unsubscribe: (() => void) | null = null;

	/** What the page shows, re-read after every change (a new object, so everything downstream updates). */
	const view = $derived.by(() => {
		void version;
		const s = sim;
		if (!s) return null;
		return {
			sim: s,
			region: s.region,
			today: s.today,
			status: s.status,
			activeStates: s.activeStates(),
			available: s.available(),
			deadlines: s.deadlines(),
			trace: [...s.trace],
			refusals: [...s.refusals]
		};
	});

	function attach(next: JourneySimulation) {
		unsubscribe?.();
		sim?.stop();
		sim = next;
		unsubscribe = next.subscribe(() => version++);
		version++;
	}

	return readers(
		{
			error: () => error,
			/** The running simulation (for actions; read `view` to render). */
			sim: (): JourneySimulation | null => sim,
			view: () => view
		},
		{
			async start(region: RegionId, options: JourneyOptions) {
				error = null;
				try {
					const { createJourney } = await simulator();
					attach(await createJourney(region, options));
				} catch (e) {
					error = errorText(e);
				}
			},
			/** Restore a saved run; false (and nothing attached) when its rules no longer replay it. */
			async restore(saved: SavedJourney): Promise<boolean> {
				error = null;
				try {
					const { restoreJourney } = await simulator();
					attach(await restoreJourney(saved));
					return true;
				} catch {
					return false;
				}
			},
			async startDraft(draft: DraftMachine, options: JourneyOptions) {
				error = null;
				try {
					const { startDraftJourney } = await drafts();
					attach(startDraftJourney(draft.journey, draft.profile, options));
				} catch (e) {
					error = errorText(e);
				}
			},
			/** Restore a saved run of a draft; false (and nothing attached) when the draft no longer replays it. */
			async restoreDraft(draft: DraftMachine, saved: SavedJourney): Promise<boolean> {
				error = null;
				try {
					const { restoreDraftJourney } = await drafts();
					attach(restoreDraftJourney(draft.journey, draft.profile, saved));
					return true;
				} catch {
					return false;
				}
			},
			/** Run a change and re-read the view (the machine also notifies, this covers sync-only changes). */
			act(fn: (s: JourneySimulation) => void) {
				if (!sim) return;
				fn(sim);
				version++;
			},
			stop() {
				unsubscribe?.();
				sim?.stop();
				sim = null;
			}
		}
	);
}
