// A journey on a simulated clock: send events (refused ones are recorded with the reason and clause),
// advance the clock by days or months or to the next deadline, list what is possible now, read the dated
// trace, and persist/restore a run exactly (persisted snapshot + the event script that produced it).

import { m } from '$lib/paraglide/messages';
import { said } from '$lib/rules/words';
import { createActor, type Actor } from 'xstate';
import type { ClauseId, IsoDate, Localized, RegionId } from '$lib/regions/types';
import { plusDays, plusMonths } from '$lib/rules/dates';
import { isIn, type BuiltJourney, type JourneySnapshot } from './build';
import { JourneyClock } from './clock';
import { activeNodes, available, explain, pendingDeadlines } from './explain';
import { loadBuiltJourney } from './registry';
import { replayScript } from './replay';
import { dateOfMs, msOf } from './time';
import type {
	AvailableEvent,
	Deadline,
	Facts,
	JourneyContext,
	JourneyEvent,
	Refusal,
	RoleId,
	TraceEntry
} from './types';

export interface JourneyOptions {
	role?: RoleId;
	start: IsoDate;
	facts?: Facts;
	/** Application materials held at the start (codes of application.materials). */
	materials?: string[];
}

export interface RefusedEvent extends Refusal {
	date: IsoDate;
	event: JourneyEvent;
}

export type SendResult = { accepted: true } | { accepted: false; refusal: Refusal };

/** Where the journey stands, in one word a UI can colour. */
export type JourneyStatus = 'applying' | 'rejected' | 'licensed' | 'suspended' | 'terminated' | 'closed';

export interface SavedJourney {
	format: 'pdao-journey/1';
	region: RegionId;
	role: RoleId;
	start: IsoDate;
	facts: Facts;
	materials: string[];
	/** Every event sent, with the simulated date it was sent on (refused ones included). */
	script: { at: IsoDate; event: JourneyEvent }[];
	/** The simulated date when saved. */
	today: IsoDate;
	/** actor.getPersistedSnapshot() at that date. */
	snapshot: unknown;
}

export interface JourneySimulation {
	readonly region: RegionId;
	readonly role: RoleId;
	readonly built: BuiltJourney;
	readonly today: IsoDate;
	readonly context: JourneyContext;
	readonly value: unknown;
	readonly status: JourneyStatus;
	readonly trace: readonly TraceEntry[];
	readonly milestones: readonly TraceEntry[];
	readonly refusals: readonly RefusedEvent[];
	/** Whether a state (region-local dotted path, e.g. "licensed.renewal.open") is active. */
	matches(path: string): boolean;
	/** The active states, deepest first, with labels and citations. */
	activeStates(): { path: string; label: Localized; citations: ClauseId[] }[];
	send(event: JourneyEvent): SendResult;
	/** Whether an event would be taken now (no side effects). */
	can(event: JourneyEvent): boolean;
	advanceDays(n: number): void;
	advanceMonths(n: number): void;
	advanceTo(date: IsoDate): void;
	/** Move to the next pending deadline and let it fire; null when none is pending. */
	advanceToNextDeadline(): Deadline | null;
	available(): AvailableEvent[];
	deadlines(): Deadline[];
	persist(): SavedJourney;
	/** Replace this run by a saved one (replays its script and checks the snapshot matches). */
	restore(saved: SavedJourney): void;
	subscribe(listener: () => void): () => void;
	stop(): void;
}

type JourneyActor = Actor<BuiltJourney['machine']>;

function stable(x: unknown): string {
	return JSON.stringify(x);
}

/** Start a journey from an already-built statechart (synchronous; tests and benchmarks use this). */
export function startJourney(built: BuiltJourney, options: JourneyOptions): JourneySimulation {
	let clock: JourneyClock;
	let actor: JourneyActor;
	let script: SavedJourney['script'] = [];
	let refusals: RefusedEvent[] = [];
	let facts: Facts = { ...(options.facts ?? {}) };
	let materials = [...(options.materials ?? [])];
	let start = options.start;
	const listeners = new Set<() => void>();
	const roleId = built.role.id;

	function boot() {
		actor?.stop();
		clock = new JourneyClock();
		clock.set(msOf(start));
		actor = createActor(built.machine, {
			clock,
			input: { region: built.region, role: roleId, start, facts, materials }
		});
		actor.subscribe(() => listeners.forEach((f) => f()));
		actor.start();
		clock.flush();
		script = [];
		refusals = [];
	}
	boot();

	const snap = (): JourneySnapshot => actor.getSnapshot() as unknown as JourneySnapshot;
	const today = () => dateOfMs(clock.now());

	function advanceTo(date: IsoDate) {
		const t = msOf(date);
		if (t < clock.now()) throw new RangeError(`cannot move the clock back to ${date} (today is ${today()})`);
		clock.advanceTo(t);
	}

	function send(event: JourneyEvent): SendResult {
		const ev: JourneyEvent = { ...event, at: today() };
		script.push({ at: ev.at!, event: { ...event } });
		const s = snap();
		if (s.status !== 'done' && s.can(ev)) {
			actor.send(ev as never);
			clock.flush();
			return { accepted: true };
		}
		const refusal = explain(built, s, ev) ?? { reason: said(m.sim_why_refused), citations: [] };
		refusals.push({ date: ev.at!, event: { ...event }, ...refusal });
		listeners.forEach((f) => f());
		return { accepted: false, refusal };
	}

	const sim: JourneySimulation = {
		region: built.region,
		role: roleId,
		built,
		get today() {
			return today();
		},
		get context() {
			return snap().context;
		},
		get value() {
			return snap().value;
		},
		get status(): JourneyStatus {
			const s = snap();
			if (isIn(s, 'rejected')) return 'rejected';
			if (isIn(s, 'closed')) return 'closed';
			if (isIn(s, 'terminated')) return 'terminated';
			if (isIn(s, 'licensed')) return s.context.standing === 'suspended' ? 'suspended' : 'licensed';
			return 'applying';
		},
		get trace() {
			return snap().context.trace;
		},
		get milestones() {
			return snap().context.trace.filter((t) => t.milestone);
		},
		get refusals() {
			return refusals;
		},
		matches: (path) => isIn(snap(), path),
		activeStates: () =>
			activeNodes(built, snap())
				.filter((n) => n.path !== '')
				.map((n) => ({ path: n.path, label: n.label, citations: n.citations })),
		send,
		can: (event) => {
			const s = snap();
			return s.status !== 'done' && s.can(event);
		},
		advanceDays: (n) => advanceTo(plusDays(today(), n)),
		advanceMonths: (n) => advanceTo(plusMonths(today(), n)),
		advanceTo,
		advanceToNextDeadline() {
			const next = clock.nextDue();
			if (next === undefined || snap().status === 'done') return null;
			const date = dateOfMs(next);
			const d = pendingDeadlines(built, snap()).find((x) => x.date === date) ?? null;
			advanceTo(date);
			return d;
		},
		available: () => available(built, snap()),
		deadlines: () => pendingDeadlines(built, snap()),
		persist: () => ({
			format: 'pdao-journey/1',
			region: built.region,
			role: roleId,
			start,
			facts,
			materials,
			script: script.map((s) => ({ at: s.at, event: { ...s.event } })),
			today: today(),
			snapshot: JSON.parse(stable(actor.getPersistedSnapshot()))
		}),
		restore(saved) {
			if (saved.format !== 'pdao-journey/1') throw new Error(`unknown saved format "${saved.format}"`);
			if (saved.region !== built.region || saved.role !== roleId)
				throw new Error(`saved run is for ${saved.region}/${saved.role}, not ${built.region}/${roleId}`);
			start = saved.start;
			facts = { ...saved.facts };
			materials = [...saved.materials];
			boot();
			replayScript({ advanceTo, send }, saved.script, saved.today);
			if (stable(actor.getPersistedSnapshot()) !== stable(saved.snapshot))
				throw new Error(
					'the saved snapshot does not match a replay of its script (the rules or the simulator changed since it was saved)'
				);
			listeners.forEach((f) => f());
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		stop: () => actor.stop()
	};
	return sim;
}

/** Start a journey for a region (loads its journey and profile). */
export async function createJourney(region: RegionId, options: JourneyOptions): Promise<JourneySimulation> {
	const built = await loadBuiltJourney(region, options.role, options.start);
	return startJourney(built, options);
}

/** The options a saved run was started with: what rebuilding it starts from. */
export function savedOptions(saved: SavedJourney): JourneyOptions {
	return { role: saved.role, start: saved.start, facts: saved.facts, materials: saved.materials };
}

/** Rebuild a saved run: same statechart, same script, and a check that the snapshot is identical. */
export async function restoreJourney(saved: SavedJourney): Promise<JourneySimulation> {
	const sim = await createJourney(saved.region, savedOptions(saved));
	sim.restore(saved);
	return sim;
}
