// What can happen now, and why not: reads the same transition specs the statechart was built from, so a
// refusal names the check that failed and its clause; and the pending deadlines with their dates.

import type { Localized } from '$lib/regions/types';
import { isIn, type BuiltJourney, type JourneySnapshot } from './build';
import { allHold, firstFailure } from './checks';
import { conditionsOn, dataVariantLabel, dataVariants, failedBy } from './data-conditions';
import { eventLabel } from './events';
import type { IndexedNode, TransitionSpec } from './kit';
import { GROUND_WORDS } from './blocks/lifecycle';
import type { AvailableEvent, Deadline, JourneyContext, JourneyEvent, Refusal } from './types';

const l = (zh: string, en: string): Localized => ({ zh, en });

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
			reason: l('模拟已结束（终态）', 'The journey has ended (final state)'),
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
			? { reason: l('本文本禁止此行为', 'This text forbids it'), citations: [] }
			: {
					reason: l(
						`本文本（该角色）未规定此事项：${eventLabel(ev.type).zh}`,
						`This text does not provide for this (for this role): ${eventLabel(ev.type).en}`
					),
					citations: []
				};
	}
	const labels = elsewhere.slice(0, 3).map((n) => n.label);
	const cites = [
		...new Set(
			elsewhere.flatMap((n) => n.transitions.filter((t) => t.event === ev.type).flatMap((t) => t.citations))
		)
	].slice(0, 4);
	return {
		reason: l(
			`现在不能进行；须处于：${labels.map((x) => x.zh).join(' / ')}`,
			`Not possible now; possible when: ${labels.map((x) => x.en).join(' / ')}`
		),
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
	base: Localized
): Localized {
	const conditions = built.role.dataConditions ?? [];
	if (conditionsOn(conditions, type).length)
		return dataVariantLabel(base, failedBy(conditions, type, payload));
	if (type === 'TERMINATE' && typeof payload.ground === 'string') {
		const g = GROUND_WORDS[payload.ground as keyof typeof GROUND_WORDS];
		if (g) return l(`${base.zh}：${g.zh}`, `${base.en}: ${g.en}`);
	}
	if (type === 'EVALUATE' && typeof payload.result === 'string')
		return l(`${base.zh}：${payload.result}`, `${base.en}: ${payload.result}`);
	if (type === 'SECURITY_INCIDENT' && payload.major)
		return l(`${base.zh}（重大/造成不良影响）`, `${base.en} (major / with bad effects)`);
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
