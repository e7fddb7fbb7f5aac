// The scenario runner shared by the CLI (scripts/scenario.mjs) and the app: parse a scenario, drive the
// region's statechart on the simulated clock, and report the final state, dated milestones with citations,
// refused events with reasons, pending deadlines, the eligibility verdict and the expectations' result.

import type { StateValue } from 'xstate';
import type { ClauseId, IsoDate, Localized, RegionId, RoleId } from '$lib/regions/types';
import { wordsIn, wordsInBoth } from '$lib/rules/words';
import { declaredRole, knownId } from '$lib/regions/ids';
import { getRegion } from '$lib/regions/registry';
import { journeyRegionIds, loadJourney } from '$lib/machines/registry';
import { regionStatus, runWarnings, type DocStatus, type RunWarning } from '$lib/rules/status';
import { leafStates, replayScript } from '$lib/machines/replay';
import { createJourney, type JourneySimulation, type SavedJourney } from '$lib/machines/simulator';
import type { Deadline, Facts, JourneyEvent } from '$lib/machines/types';
import { parseScenario, ScenarioError, type Scenario, type ScenarioExpect } from './format';

export { ScenarioError } from './format';

export interface ScenarioMilestone {
	date: IsoDate;
	id: string;
	event: string;
	label: Localized;
	citations: ClauseId[];
	notes?: Localized[];
}

export interface ScenarioRefusal {
	date: IsoDate;
	event: JourneyEvent;
	reason: Localized;
	citations: ClauseId[];
}

/** Something a reader must see: the run's dates against the regulation's validity, a calendar gap … */
/** A run's warning as the result gives it: its words in both languages (the result is data, written as JSON). */
export type ScenarioWarning = Omit<RunWarning, 'message'> & { message: Localized };

/** A document status as the result gives it: its one-line label in both languages. */
export type ScenarioStatus = Omit<DocStatus, 'label'> & { label: Localized };

const statusData = (s: DocStatus): ScenarioStatus => ({ ...s, label: wordsInBoth(s.label) });

export interface ScenarioResult {
	name: string | null;
	region: RegionId;
	role: RoleId;
	start: IsoDate;
	/** The simulated date at the end. */
	end: IsoDate;
	status: string;
	state: StateValue;
	/** The active states, deepest first, as dotted paths. */
	activeStates: string[];
	ground: string | null;
	milestones: ScenarioMilestone[];
	refused: ScenarioRefusal[];
	deadlines: Deadline[];
	warnings: ScenarioWarning[];
	/** The region's text on the run's first and last day: in force, lapsed, a draft … with its clause. */
	document: { start: ScenarioStatus; end: ScenarioStatus };
	/** The evaluateEligibility verdict when that engine exists; otherwise a note that it does not. */
	eligibility: unknown;
	/** What the region's journey leaves out or had to interpret. */
	notes: { text: Localized; citations: ClauseId[] }[];
	expectations: { checked: boolean; passed: boolean; failures: string[] };
	/** Enough to restore the run exactly in the app. */
	saved: SavedJourney;
}

const eligibilityModules = import.meta.glob('../eligibility/index.ts');

/** The eligibility engine's verdict, when a colleague's src/lib/eligibility/index.ts exists and exports it. */
async function eligibilityVerdict(region: RegionId, facts: Facts, asOf: IsoDate): Promise<unknown> {
	const load = eligibilityModules['../eligibility/index.ts'];
	if (!load) return 'not evaluated (engine not available)';
	try {
		const mod = (await load()) as {
			evaluateEligibility?: (r: string, f: Facts, o?: { asOf?: IsoDate }) => unknown;
		};
		if (typeof mod.evaluateEligibility !== 'function') return 'not evaluated (engine not available)';
		// As of the scenario's start, so a run gives the same answer on any day.
		return await mod.evaluateEligibility(region, facts, { asOf });
	} catch (e) {
		return `not evaluated (engine failed: ${(e as Error).message})`;
	}
}

function check(
	sim: JourneySimulation,
	expect: ScenarioExpect | undefined,
	accepted: { date: string; type: string }[],
	warnings: ScenarioWarning[]
) {
	const failures: string[] = [];
	if (!expect) return { checked: false, passed: true, failures };
	const states =
		expect.state === undefined ? [] : Array.isArray(expect.state) ? expect.state : [expect.state];
	for (const s of states)
		if (!sim.matches(s)) failures.push(`state: "${s}" is not active (active: ${leafStates(sim).join(', ')})`);
	if (expect.status && sim.status !== expect.status)
		failures.push(`status: expected ${expect.status}, got ${sim.status}`);
	if (expect.ground !== undefined && sim.context.ground !== expect.ground)
		failures.push(`ground: expected ${expect.ground}, got ${sim.context.ground}`);
	for (const r of expect.refused ?? []) {
		const want = typeof r === 'string' ? { event: r } : r;
		const hit = sim.refusals.find(
			(x) =>
				x.event.type === want.event &&
				(!want.on || x.date === want.on) &&
				(!want.reason ||
					wordsIn(x.reason, 'en').includes(want.reason) ||
					wordsIn(x.reason, 'zh-CN').includes(want.reason)) &&
				(!want.cites || want.cites.every((c) => (x.citations as readonly string[]).includes(c)))
		);
		if (!hit) failures.push(`refused: no refusal matches ${JSON.stringify(want)}`);
	}
	for (const a of expect.accepted ?? []) {
		const want = typeof a === 'string' ? { event: a } : a;
		if (!accepted.some((x) => x.type === want.event && (!want.on || x.date === want.on)))
			failures.push(`accepted: ${JSON.stringify(want)} was not accepted`);
	}
	const got = sim.milestones;
	for (const m of expect.milestones ?? []) {
		const want = typeof m === 'string' ? { id: m } : m;
		if (!got.some((x) => x.milestone === want.id && (!want.on || x.date === want.on)))
			failures.push(
				`milestones: no ${JSON.stringify(want)} (have: ${got.map((x) => `${x.milestone}@${x.date}`).join(', ')})`
			);
	}
	for (const id of expect.noMilestones ?? [])
		if (got.some((x) => x.milestone === id)) failures.push(`noMilestones: "${id}" happened`);
	const pending = sim.deadlines();
	for (const d of expect.deadlines ?? [])
		if (!pending.some((x) => x.id === d.id && (!d.on || x.date === d.on)))
			failures.push(
				`deadlines: no pending ${JSON.stringify(d)} (pending: ${pending.map((x) => `${x.id}@${x.date}`).join(', ')})`
			);
	if (expect.warnings && !expect.warnings.length && warnings.length)
		failures.push(`warnings: expected none, got ${warnings.map((w) => w.code).join(', ')}`);
	for (const w of expect.warnings ?? []) {
		const want = typeof w === 'string' ? { code: w } : w;
		const hit = warnings.some(
			(x) =>
				x.code === want.code &&
				(!want.message ||
					wordsIn(x.message, 'en').includes(want.message) ||
					wordsIn(x.message, 'zh-CN').includes(want.message)) &&
				(!want.cites || want.cites.every((c) => (x.citations as readonly string[]).includes(c)))
		);
		if (!hit)
			failures.push(
				`warnings: no warning matches ${JSON.stringify(want)} (have: ${warnings.map((x) => x.code).join(', ') || 'none'})`
			);
	}
	for (const code of expect.noWarnings ?? [])
		if (warnings.some((x) => x.code === code)) failures.push(`noWarnings: "${code}" was given`);
	return { checked: true, passed: failures.length === 0, failures };
}

/** Run an already-parsed scenario. */
export async function runParsedScenario(scenario: Scenario): Promise<ScenarioResult> {
	// the script's region, checked against the simulable regions: from here on a RegionId
	const region = knownId(scenario.region, journeyRegionIds);
	if (!region)
		throw new ScenarioError([
			`region: unknown region "${scenario.region}" (known: ${journeyRegionIds.join(', ')})`
		]);
	const journey = await loadJourney(region);
	// the script's role, checked against the journey's: from here on a RoleId
	const role = scenario.role
		? declaredRole(
				scenario.role,
				journey.roles.map((r) => r.id)
			)
		: undefined;
	if (scenario.role && !role)
		throw new ScenarioError([
			`role: "${scenario.role}" is not a role of ${scenario.region} (roles: ${journey.roles.map((r) => r.id).join(', ')})`
		]);
	const facts = scenario.applicant as Facts;
	const sim = await createJourney(region, {
		role,
		start: scenario.start,
		facts,
		materials: scenario.materials
	});
	const script = scenario.steps.map((s) => ({
		at: s.on,
		...(s.event ? { event: { type: s.event, ...s.payload } as JourneyEvent } : {})
	}));
	const accepted = replayScript(sim, script, scenario.until)
		.filter((s) => s.accepted)
		.map((s) => ({ date: s.at, type: s.event!.type }));
	const meta = getRegion(region)!;
	const warnings = runWarnings(meta.validity, sim.context).map((w) => ({
		...w,
		message: wordsInBoth(w.message)
	}));

	return {
		name: scenario.name ?? null,
		region,
		role: sim.role,
		start: scenario.start,
		end: sim.today,
		status: sim.status,
		state: sim.value as StateValue,
		activeStates: leafStates(sim),
		ground: sim.context.ground,
		milestones: sim.milestones.map((m) => ({
			date: m.date,
			id: m.milestone!,
			event: m.event,
			label: m.label,
			citations: m.citations,
			...(m.notes ? { notes: m.notes } : {})
		})),
		refused: sim.refusals.map((r) => ({
			date: r.date,
			event: r.event,
			// the report is JSON, read in either language: both written out (this runs in Node, every message whole)
			reason: wordsInBoth(r.reason),
			citations: r.citations
		})),
		deadlines: sim.deadlines(),
		warnings,
		document: {
			start: statusData(regionStatus(meta, scenario.start)),
			end: statusData(regionStatus(meta, sim.today))
		},
		eligibility: await eligibilityVerdict(region, facts, scenario.start),
		notes: journey.notes,
		expectations: check(sim, scenario.expect, accepted, warnings),
		saved: sim.persist()
	};
}

/** Parse and run a scenario file's text. Throws ScenarioError (with every issue) when the file is invalid. */
export async function runScenario(text: string): Promise<ScenarioResult> {
	return runParsedScenario(parseScenario(text));
}
