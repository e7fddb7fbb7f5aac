// What can happen now, and why not: reads the same transition specs the statechart was built from, so a
// refusal names the check that failed and its clause; and the pending deadlines with their dates.

import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';
import type { Localized } from '$lib/regions/types';
import { isIn, type BuiltJourney, type JourneySnapshot } from './build';
import { allHold, firstFailure } from './checks';
import { conditionsOn, dataVariantLabel, dataVariants, failedBy } from './data-conditions';
import { eventLabel } from './events';
import type { IndexedNode, TransitionSpec } from './kit';
import { GROUND_WORDS } from './blocks/lifecycle';
import type {
	AvailableEvent,
	Deadline,
	EvaluationResult,
	JourneyContext,
	JourneyEvent,
	Refusal
} from './types';
import { l } from '$lib/regions/localized';

type Snap = JourneySnapshot;

/** The index nodes active in a snapshot, deepest first. */
export function activeNodes(built: BuiltJourney, snapshot: Snap): IndexedNode[] {
	const out: IndexedNode[] = [];
	for (const node of built.index.values()) if (isIn(snapshot, node.path)) out.push(node);
	return out.sort((a, b) => b.path.split('.').length - a.path.split('.').length);
}

function payloadOk(t: TransitionSpec, ctx: JourneyContext, ev: JourneyEvent): boolean {
	return allHold(
		(t.checks ?? []).filter((c) => c.kind === 'payload'),
		ctx,
		ev
	);
}

function isBlocked(t: TransitionSpec): boolean {
	return (t.checks ?? []).some((c) => c.kind === 'never');
}

/** Why an event is refused in this snapshot (or null if some transition takes it). */
export function explain(built: BuiltJourney, snapshot: Snap, ev: JourneyEvent): Refusal | null {
	if (snapshot.status === 'done')
		return {
			reason: said(m.sim_why_ended),
			citations: []
		};
	const ctx = snapshot.context;
	const candidates = activeNodes(built, snapshot).flatMap((n) =>
		n.transitions.filter((t) => t.event === ev.type)
	);
	if (candidates.length) {
		const failures = candidates.map((t) => ({ t, f: firstFailure(t.checks ?? [], ctx, ev) }));
		if (failures.some((x) => x.f === null)) return null;
		const best = failures.find((x) => payloadOk(x.t, ctx, ev)) ?? failures[0]!;
		return best.f;
	}
	const elsewhere = [...built.index.values()].filter((n) =>
		n.transitions.some((t) => t.event === ev.type && !isBlocked(t))
	);
	if (!elsewhere.length) {
		const anywhere = [...built.index.values()].some((n) => n.transitions.some((t) => t.event === ev.type));
		return anywhere
			? { reason: said(m.sim_why_forbidden), citations: [] }
			: { reason: said(m.sim_why_not_provided, { event: eventLabel(ev.type) }), citations: [] };
	}
	const labels = elsewhere.slice(0, 3).map((n) => n.label);
	const cites = [
		...new Set(
			elsewhere.flatMap((n) => n.transitions.filter((t) => t.event === ev.type).flatMap((t) => t.citations))
		)
	].slice(0, 4);
	return {
		reason: said(m.sim_why_not_now, {
			states: { zh: labels.map((x) => x.zh).join(' / '), en: labels.map((x) => x.en).join(' / ') }
		}),
		citations: cites
	};
}

/**
 * The payload variants a UI offers for an event type in this machine; an event a data condition gates comes
 * with the data meeting every condition, then failing each in turn (dataVariants).
 */
export function variants(built: BuiltJourney, type: string, ctx: JourneyContext): Record<string, unknown>[] {
	const base = baseVariants(built, type, ctx);
	const data = dataVariants(built.role.dataConditions ?? [], type);
	return data.length ? base.flatMap((b) => data.map((d) => ({ ...b, ...d.payload }))) : base;
}

function baseVariants(built: BuiltJourney, type: string, ctx: JourneyContext): Record<string, unknown>[] {
	const { role, settings } = built;
	switch (type) {
		case 'TERMINATE':
			return role.grounds.map((g) => ({ ground: g.ground }));
		case 'EVALUATE': {
			const withDays = role.evaluation?.onFail === 'rectify';
			const rs = role.evaluation?.majorRisk ? ['pass', 'fail', 'majorRisk'] : ['pass', 'fail'];
			return rs.map((r) => (r === 'fail' && withDays ? { result: r, days: 30 } : { result: r }));
		}
		case 'SECURITY_INCIDENT':
			return [{ major: false }, { major: true }];
		case 'SIGN_AGREEMENT':
		case 'RENEWAL_GRANTED':
			return [{ months: settings.cap ?? 12 }];
		case 'ORDER_RECTIFICATION':
			return [role.rectification?.period ? { days: 30 } : {}];
		case 'REQUEST_EXIT':
			return [role.voluntaryExit?.written ? { written: true } : {}];
		case 'TRADE': {
			const p: Record<string, unknown> = {};
			if (role.trading?.venues) p.venue = role.trading.venues[0];
			if (role.trading?.buyers) p.buyer = role.trading.buyers[0];
			return [p];
		}
		case 'SUBMIT_APPLICATION':
		case 'SUPPLY_MATERIALS': {
			const required = role.admission.flatMap((s) => s.materials?.required ?? []);
			const missing = required.filter((m) => !ctx.materials.includes(m));
			return [missing.length ? { materials: missing } : {}];
		}
		default:
			return [{}];
	}
}

function variantLabel(
	built: BuiltJourney,
	type: string,
	payload: Record<string, unknown>,
	base: Words
): Words {
	const conditions = built.role.dataConditions ?? [];
	if (conditionsOn(conditions, type).length)
		return dataVariantLabel(base, failedBy(conditions, type, payload));
	if (type === 'TERMINATE' && typeof payload.ground === 'string') {
		const g = GROUND_WORDS[payload.ground as keyof typeof GROUND_WORDS];
		if (g) return said(m.sim_variant, { base, variant: g });
	}
	if (type === 'EVALUATE' && typeof payload.result === 'string') {
		const r = EVALUATION_WORDS[payload.result as EvaluationResult];
		if (r) return said(m.sim_variant, { base, variant: r });
	}
	if (type === 'SECURITY_INCIDENT' && payload.major) return said(m.sim_variant_major, { base });
	return base;
}

/** Every event this role's statechart knows, each enabled or refused now with reason and citations. */
export function available(built: BuiltJourney, snapshot: Snap): AvailableEvent[] {
	const ctx = snapshot.context;
	const active = activeNodes(built, snapshot);
	const out: AvailableEvent[] = [];
	for (const type of built.eventTypes) {
		const specs = [...built.index.values()].flatMap((n) => n.transitions.filter((t) => t.event === type));
		const first = specs.find((t) => !isBlocked(t)) ?? specs[0];
		for (const payload of variants(built, type, ctx)) {
			const ev: JourneyEvent = { type, ...payload };
			const enabled = snapshot.status !== 'done' && snapshot.can(ev);
			const live = active
				.flatMap((n) => n.transitions)
				.find((t) => t.event === type && allHold(t.checks ?? [], ctx, ev));
			const refusal = enabled ? null : explain(built, snapshot, ev);
			const spec = live ?? first;
			const label =
				type === 'TERMINATE' || type === 'EVALUATE' ? eventLabel(type) : (spec?.label ?? eventLabel(type));
			out.push({
				type,
				...(Object.keys(payload).length ? { payload } : {}),
				label: variantLabel(built, type, payload, label),
				by: spec?.by ?? built.role.label,
				enabled,
				...(refusal ? { reason: refusal.reason } : {}),
				citations: refusal?.citations.length ? refusal.citations : (spec?.citations ?? [])
			});
		}
	}
	return out;
}

/** Deadlines pending in this snapshot, soonest first. */
export function pendingDeadlines(built: BuiltJourney, snapshot: Snap): Deadline[] {
	if (snapshot.status === 'done') return [];
	const ctx = snapshot.context;
	const seen = new Set<string>();
	const out: Deadline[] = [];
	for (const node of activeNodes(built, snapshot)) {
		for (const t of node.after) {
			const key = `${node.path}|${t.deadline}`;
			if (seen.has(key)) continue;
			if (!allHold(t.checks ?? [], ctx, { type: `deadline:${t.deadline}` })) continue;
			seen.add(key);
			const date = built.deadlines[t.deadline]?.(ctx);
			if (date) out.push({ id: t.deadline, date, label: t.label, citations: t.citations, state: node.path });
		}
	}
	return out.sort((a, b) => a.date.localeCompare(b.date));
}

// ——— Human words for what the machine calls by id (nothing internal reaches the screen) ———

/** An evaluation's result as a reader says it. */
export const EVALUATION_WORDS: Record<EvaluationResult, Localized> = {
	pass: l('合格', 'passed'),
	fail: l('不合格', 'failed'),
	majorRisk: l('存在重大风险', 'major risk found')
};

const SOME_STEP = l('（未命名环节）', '(an unnamed stage)');
const SOME_DEADLINE = l('期限届满', 'A deadline passes');

/** A state path ("licensed.reporting.due") in words: the label the journey gives that state. */
export function stateWords(built: BuiltJourney, path: string): Localized {
	const node = built.index.get(path);
	if (node) return node.label;
	// an unindexed path: the nearest labelled ancestor
	const parts = path.split('.');
	for (let i = parts.length - 1; i > 0; i--) {
		const up = built.index.get(parts.slice(0, i).join('.'));
		if (up) return up.label;
	}
	return SOME_STEP;
}

/** The deadline a delayed transition waits for, in words (`deadline:<id>` in a trace, or the id). */
function deadlineWords(built: BuiltJourney, id: string, source?: string): Localized {
	const nodes = source && built.index.get(source) ? [built.index.get(source)!] : [...built.index.values()];
	for (const n of nodes) {
		const d = n.after.find((t) => t.deadline === id);
		if (d) return d.label;
	}
	return SOME_DEADLINE;
}

const AFTER = /^xstate\.after\.([^.]+)\.[^.]+\.?(.*)$/;

/**
 * Any event the machine saw or could see, in words: an action with its payload ("开展评估：不合格"), a deadline
 * firing (`deadline:reportDue`, or XState's own `xstate.after.reportDue.journey.licensed.reporting.due`).
 */
export function eventWords(built: BuiltJourney, ev: JourneyEvent | string): Words {
	const e: JourneyEvent = typeof ev === 'string' ? { type: ev } : ev;
	if (e.type.startsWith('deadline:')) return deadlineWords(built, e.type.slice('deadline:'.length));
	const after = AFTER.exec(e.type);
	if (after) return deadlineWords(built, after[1]!, after[2] || undefined);
	if (e.type.startsWith('xstate.')) return l('开始', 'Start');
	const specs = [...built.index.values()].flatMap((n) => n.transitions.filter((t) => t.event === e.type));
	const spec = specs.find((t) => !isBlocked(t)) ?? specs[0];
	const base = e.type === 'TERMINATE' || e.type === 'EVALUATE' || !spec ? eventLabel(e.type) : spec.label;
	const payload = Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'type' && k !== 'at'));
	return variantLabel(built, e.type, payload, base);
}

/** An outcome of the journey map (graph.ts outcomesOf: "licensed", "renewed", "terminated:<ground>"…). */
export function outcomeWords(outcome: string): Localized {
	if (outcome === 'licensed') return l('获得授权', 'Licensed');
	if (outcome === 'renewed') return l('续期', 'Renewed');
	if (outcome === 'rejected') return l('不予通过', 'Rejected');
	if (outcome.startsWith('terminated:')) {
		const g = GROUND_WORDS[outcome.slice('terminated:'.length) as keyof typeof GROUND_WORDS];
		if (g) return l(`终止：${g.zh}`, `Terminated: ${g.en}`);
		return l('终止', 'Terminated');
	}
	return l('其他结果', 'Another outcome');
}

/**
 * Where in the journey an action belongs: the top-level stage whose states take it ("applying",
 * "licensed" …, as words with stateWords), or null when the text only forbids it.
 */
export function eventStage(built: BuiltJourney, type: string): string | null {
	for (const n of built.index.values())
		if (n.transitions.some((t) => t.event === type && !isBlocked(t))) return n.path.split('.')[0] ?? null;
	return null;
}
