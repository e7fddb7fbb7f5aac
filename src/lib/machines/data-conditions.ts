// Data conditions: what a text requires of the data (not of the applicant) before an event may bring it into
// operation. Evaluated in three values over the event's payload, else the journey's facts; an unknown never
// passes. The same condition explains the refusal (its words, its clause) and gives a UI the data variants.

import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';
import type { Check } from './checks';
import { dataFactLabel } from './data-facts';
import type { NodeSpec } from './kit';
import type { DataCondition, DataTest, JourneyContext, JourneyEvent, Refusal } from './types';

type Tri = 'met' | 'unmet' | 'unknown';

/** A data fact: the event's own value first (the data this request concerns), else the journey's. */
function valueOf(fact: string, ctx: JourneyContext, ev: JourneyEvent): unknown {
	const own = ev[fact];
	return own !== undefined ? own : ctx.facts[fact];
}

/** The test's outcome, and the facts whose answer would decide it when unknown. */
export function evaluateData(
	test: DataTest,
	ctx: JourneyContext,
	ev: JourneyEvent
): { status: Tri; unknown: string[] } {
	if ('fact' in test) {
		const v = valueOf(test.fact, ctx, ev);
		if (typeof v !== 'boolean') return { status: 'unknown', unknown: [test.fact] };
		return { status: v === test.equals ? 'met' : 'unmet', unknown: [] };
	}
	const parts = ('anyOf' in test ? test.anyOf : test.allOf).map((t) => evaluateData(t, ctx, ev));
	const decisive = 'anyOf' in test ? 'met' : 'unmet';
	if (parts.some((p) => p.status === decisive)) return { status: decisive, unknown: [] };
	const unknown = [...new Set(parts.flatMap((p) => p.unknown))];
	if (unknown.length) return { status: 'unknown', unknown };
	return { status: 'anyOf' in test ? 'unmet' : 'met', unknown: [] };
}

/** Why the data fails the condition (null when it meets it), quoting the text. */
export function dataRefusal(c: DataCondition, ctx: JourneyContext, ev: JourneyEvent): Refusal | null {
	const r = evaluateData(c.test, ctx, ev);
	if (r.status === 'met') return null;
	if (r.status === 'unknown') {
		const what = r.unknown.map(dataFactLabel);
		return {
			reason: said(m.sim_why_data_unknown, {
				label: c.label,
				unstated: { zh: what.map((x) => x.zh).join('；'), en: what.map((x) => x.en).join('; ') },
				quote: c.quote
			}),
			citations: c.citations
		};
	}
	return {
		reason: said(m.sim_why_data_unmet, { label: c.label, quote: c.quote }),
		citations: c.citations
	};
}

/** Answers that meet a test (the first way, for anyOf). */
export function passingData(test: DataTest): Record<string, boolean> {
	if ('fact' in test) return { [test.fact]: test.equals };
	if ('anyOf' in test) return test.anyOf[0] ? passingData(test.anyOf[0]) : {};
	return Object.assign({}, ...test.allOf.map(passingData));
}

/** Answers that fail a test (every way, for anyOf; the first part, for allOf). */
export function failingData(test: DataTest): Record<string, boolean> {
	if ('fact' in test) return { [test.fact]: !test.equals };
	if ('anyOf' in test) return Object.assign({}, ...test.anyOf.map(failingData));
	return test.allOf[0] ? failingData(test.allOf[0]) : {};
}

/** The facts a test reads, in order. */
export function dataFactsOf(test: DataTest): string[] {
	if ('fact' in test) return [test.fact];
	return [...new Set(('anyOf' in test ? test.anyOf : test.allOf).flatMap(dataFactsOf))];
}

/** The conditions that gate an event. */
export function conditionsOn(conditions: readonly DataCondition[], event: string): DataCondition[] {
	return conditions.filter((c) => c.events.includes(event));
}

/**
 * The data variants a UI offers for an event: every condition met, then each condition failed in turn
 * (the others met), so the refusal and its clause can be seen. [] when no condition gates the event.
 */
export function dataVariants(
	conditions: readonly DataCondition[],
	event: string
): { payload: Record<string, boolean>; fails: DataCondition | null }[] {
	const on = conditionsOn(conditions, event);
	if (!on.length) return [];
	const pass = Object.assign({}, ...on.map((c) => passingData(c.test))) as Record<string, boolean>;
	return [
		{ payload: pass, fails: null },
		...on.map((c) => ({ payload: { ...pass, ...failingData(c.test) }, fails: c }))
	];
}

export function dataVariantLabel(base: Words, fails: DataCondition | null): Words {
	return fails
		? said(m.sim_variant_data_unmet, { base, label: fails.label })
		: said(m.sim_variant_data_met, { base });
}

/**
 * Add each condition's check to every transition of `node` (and below) that takes one of its events.
 * Throws when a condition gates no transition at all: a guard that never applies would pass silently.
 */
export function attachDataConditions(node: NodeSpec, conditions: readonly DataCondition[]): void {
	const used = new Set<string>();
	const walk = (n: NodeSpec): void => {
		for (const t of n.on ?? []) {
			const on = conditionsOn(conditions, t.event);
			if (!on.length) continue;
			// Never on a transition that is always refused (a prohibition): its own reason comes first.
			if ((t.checks ?? []).some((c) => c.kind === 'never')) continue;
			const has = (c: DataCondition) =>
				(t.checks ?? []).some((x) => x.kind === 'data' && x.condition.id === c.id);
			const checks: Check[] = on.filter((c) => !has(c)).map((condition) => ({ kind: 'data', condition }));
			t.checks = [...(t.checks ?? []), ...checks];
			for (const c of on) used.add(c.id);
		}
		n.children?.forEach(walk);
	};
	walk(node);
	const idle = conditions.filter((c) => !used.has(c.id));
	if (idle.length)
		throw new Error(
			`data conditions that gate no transition of this journey: ${idle.map((c) => `${c.id} (${c.events.join(', ')})`).join('; ')}`
		);
}

/** The condition a data variant's payload fails, on the payload alone (null: it meets every one). */
export function failedBy(
	conditions: readonly DataCondition[],
	event: string,
	payload: Record<string, unknown>
): DataCondition | null {
	const ctx = { facts: {} } as unknown as JourneyContext;
	const ev = { type: event, ...payload } as JourneyEvent;
	return (
		conditionsOn(conditions, event).find((c) => evaluateData(c.test, ctx, ev).status === 'unmet') ?? null
	);
}
