// Every scenario file through both engines: the simulator (statecharts on a simulated clock) and the timeline
// (dates computed from the rules), with the same region, role, signing day, term and dated events. Every date
// both of them show must agree — term end, renewal deadline and window, report and summary due days,
// evaluations, the earliest exit after notice, data-check answers, and when logs may be deleted. A mismatch
// fails with one readable line per date.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadJourney } from '$lib/machines/registry';
import { createJourney } from '$lib/machines/simulator';
import type { Facts } from '$lib/machines/types';
import { plusDays } from '$lib/rules/dates';
import { computeTimeline, traceToEvents, type Timeline } from '$lib/timeline';
import { REGIONS } from '$lib/timeline/fixtures';
import { parseScenario } from './format';
import { region, role as roleId } from '$lib/regions/fixture-ids';

const ROOT = join(process.cwd(), 'tests/scenarios');

function yamlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

/**
 * How a simulator deadline (the day its delayed transition fires) reads on the timeline: the timeline kind
 * that shows it and that kind's date. A deadline fires the first day after a period; the timeline shows the
 * period's last day, except for what opens on a day (a renewal window, a summary window) and what takes
 * effect on a day (an exit after notice).
 */
const SAME_DAY = (d: string) => d;
const DAY_BEFORE = (d: string) => plusDays(d, -1);
const MAP: Record<string, { kind: string; date: (fires: string) => string }> = {
	termExpiry: { kind: 'agreementEnd', date: DAY_BEFORE },
	renewalDeadline: { kind: 'renewalDeadline', date: DAY_BEFORE },
	renewalWindow: { kind: 'renewalWindowOpens', date: SAME_DAY },
	reportDue: { kind: 'report', date: DAY_BEFORE },
	finalReportDue: { kind: 'report', date: DAY_BEFORE },
	summaryOpens: { kind: 'summaryWindow', date: SAME_DAY },
	summaryDue: { kind: 'annualSummary', date: DAY_BEFORE },
	evaluationDue: { kind: 'evaluation', date: DAY_BEFORE },
	exitNotice: { kind: 'earliestExit', date: SAME_DAY },
	dataCheckDue: { kind: 'dataCheckDue', date: DAY_BEFORE },
	retentionEnds: { kind: 'logRetentionEnd', date: DAY_BEFORE }
};
const FIRES: Record<string, (shown: string) => string> = Object.fromEntries(
	Object.values(MAP).map((m) => [m.kind, m.date === SAME_DAY ? SAME_DAY : (d: string) => plusDays(d, 1)])
);

/** The dates a timeline shows, by kind (milestones, and the first day of summary windows). */
function timelineDates(t: Timeline): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const add = (kind: string, date: string) =>
		(out.get(kind) ?? out.set(kind, new Set()).get(kind)!).add(date);
	for (const m of t.milestones) if (m.date) add(m.kind, m.date);
	for (const p of t.periods) if (p.kind === 'summaryWindow') add('summaryWindow', p.start);
	return out;
}

interface Compared {
	mismatches: string[];
	/** Kinds of date found on both sides. */
	kinds: Set<string>;
}

async function crossCheck(text: string): Promise<Compared | null> {
	const scenario = parseScenario(text);
	const sim = await createJourney(region(scenario.region), {
		role: scenario.role ? roleId(scenario.role) : undefined,
		start: scenario.start,
		facts: scenario.applicant as Facts,
		materials: scenario.materials
	});
	// every deadline the simulator shows at any moment of the run: after each step and each firing
	// (while licensed, and after the end: a deadline of the licensed phase is dropped by an early end)
	const shown = new Map<string, Set<string>>();
	const whileLicensed = new Set<string>();
	const observe = () => {
		const ended = sim.status === 'terminated' || sim.status === 'closed';
		for (const d of sim.deadlines()) {
			const m = MAP[d.id];
			if (!m) continue;
			const date = m.date(d.date);
			const set = shown.get(m.kind) ?? shown.set(m.kind, new Set()).get(m.kind)!;
			if (!set.has(date) && !ended) whileLicensed.add(`${m.kind}|${date}`);
			if (ended) whileLicensed.delete(`${m.kind}|${date}`);
			set.add(date);
		}
	};
	const goTo = (date: string) => {
		observe();
		for (;;) {
			const next = sim.deadlines().find((d) => d.date > sim.today)?.date;
			if (!next || next > date) break;
			sim.advanceTo(next);
			observe();
		}
		sim.advanceTo(date);
		observe();
	};
	for (const step of scenario.steps) {
		goTo(step.on);
		if (step.event) sim.send({ type: step.event, ...step.payload });
		observe();
	}
	if (scenario.until) goTo(scenario.until);
	const end = sim.today;
	const first = sim.context.terms[0];
	// a deadline of the licensed phase that fires after the agreement ended (or after an accepted exit takes
	// effect) was dropped by that end: never due
	const cut =
		sim.context.terminatedOn ??
		(sim.matches('licensed.exit.accepted') ? sim.context.dates.exitEffective : undefined);
	if (cut)
		for (const [kind, dates] of shown)
			for (const d of dates) if (whileLicensed.has(`${kind}|${d}`) && FIRES[kind]!(d) > cut) dates.delete(d);
	sim.stop();
	if (!first) return null; // never licensed: no agreement dates to compare

	const journey = await loadJourney(region(scenario.region));
	const role = journey.roles.find((r) => r.id === sim.role)!;
	const timeline = computeTimeline({
		region: region(scenario.region),
		...REGIONS[scenario.region]!,
		role,
		agreementStart: first.start,
		termMonths: first.months,
		events: traceToEvents(sim.trace)
	});
	const tl = timelineDates(timeline);
	const renewed = sim.context.terms.length > 1;
	const mismatches: string[] = [];
	const kinds = new Set<string>();
	for (const kind of new Set([...shown.keys(), ...Object.keys(FIRES)])) {
		const s = shown.get(kind) ?? new Set<string>();
		const t = tl.get(kind) ?? new Set<string>();
		for (const d of s) {
			// the timeline covers the first term only; a renewed term's dates are the simulator's alone
			if (renewed && d > first.end) continue;
			if (t.has(d)) kinds.add(kind);
			else
				mismatches.push(
					`${kind} ${d}: the simulator shows it (fires ${FIRES[kind]!(d)}); the timeline has ${[...t].sort().join(', ') || 'none'}`
				);
		}
		for (const d of t) {
			// what the simulator could have shown by the end of the run (pending deadlines are shown too)
			if (s.has(d) || (renewed && d > first.end)) continue;
			if (d < first.start || FIRES[kind]!(d) > end) continue;
			mismatches.push(
				`${kind} ${d}: the timeline shows it; the simulator has ${[...s].sort().join(', ') || 'none'}`
			);
		}
	}
	return { mismatches, kinds };
}

const files = yamlFiles(ROOT).sort();

describe('every scenario: the simulator and the timeline show the same dates', () => {
	const kinds = new Set<string>();
	test.each(files.map((f) => [relative(ROOT, f), f]))('%s', async (_name, file) => {
		const r = await crossCheck(readFileSync(file, 'utf8'));
		if (!r) return;
		r.kinds.forEach((k) => kinds.add(k));
		expect(r.mismatches).toEqual([]);
	});

	test('the files together compare dates of every kind the two engines share', () => {
		expect(files.length).toBeGreaterThanOrEqual(50);
		expect([...kinds].sort()).toEqual([...new Set(Object.values(MAP).map((m) => m.kind))].sort());
	});
});
