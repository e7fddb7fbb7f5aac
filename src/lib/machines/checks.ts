// Guards as data. Every guarded transition carries a list of checks; the statechart's one guard passes when
// all hold, and the same checks explain a refusal (reason + clause). Unknown facts never pass — facts about
// the applicant ('fact') and facts about the data an event concerns ('data') alike.

import type { ClauseId, Localized, Qualifier } from '$lib/regions/types';
import { dataRefusal } from './data-conditions';
import { qualifierWords } from './resolve';
import type { DataCondition, FactRequirement, JourneyContext, JourneyEvent, Refusal } from './types';
import { m } from '$lib/paraglide/messages';
import { said } from '$lib/rules/words';

type Scalar = string | number | boolean | null;

export type ContextKey =
	| 'standing'
	| 'securityHold'
	| 'trained'
	| 'lastEvaluation'
	| 'renewalGranted'
	| 'noImprovement'
	| 'exitRequested'
	| 'evaluationOpen'
	| 'finalReportOwed'
	| 'summariesOwed';

export type CounterKey = keyof JourneyContext['counters'];

export type Check =
	| ({ kind: 'fact' } & FactRequirement)
	| { kind: 'materials'; required: string[]; citations: ClauseId[] }
	| { kind: 'term'; cap: number | null; qualifier?: Qualifier; citations: ClauseId[] }
	| { kind: 'never'; reason: Localized; citations: ClauseId[]; dateKey?: string }
	| {
			kind: 'payload';
			field: string;
			oneOf: Scalar[];
			reason: Localized;
			citations: ClauseId[];
			/** A missing field passes. */
			optional?: boolean;
	  }
	| { kind: 'positive'; field: string; reason: Localized; citations: ClauseId[] }
	| { kind: 'context'; key: ContextKey; oneOf: Scalar[]; reason: Localized; citations: ClauseId[] }
	| { kind: 'counter'; key: CounterKey; atLeast: number; reason: Localized; citations: ClauseId[] }
	/** A condition the text puts on the data the event concerns (data-conditions.ts). */
	| { kind: 'data'; condition: DataCondition }
	/** Whether a named date is recorded in context.dates (a registration coded, a due date set). */
	| { kind: 'dated'; key: string; present: boolean; reason: Localized; citations: ClauseId[] };

function fill(text: Localized, vars: Record<string, string | number | undefined>): Localized {
	const sub = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '?'));
	return { zh: sub(text.zh), en: sub(text.en) };
}

function show(v: unknown): string {
	return Array.isArray(v) ? v.join(', ') : String(v);
}

/** The first check that fails, as a refusal; null when all hold. */
export function firstFailure(
	checks: readonly Check[],
	context: JourneyContext,
	event: JourneyEvent
): Refusal | null {
	for (const c of checks) {
		const r = failure(c, context, event);
		if (r) return r;
	}
	return null;
}

export function allHold(checks: readonly Check[], context: JourneyContext, event: JourneyEvent): boolean {
	return firstFailure(checks, context, event) === null;
}

function failure(c: Check, ctx: JourneyContext, ev: JourneyEvent): Refusal | null {
	switch (c.kind) {
		case 'fact': {
			const v = ctx.facts[c.fact];
			if (v === undefined || v === null)
				return {
					reason: said(m.sim_why_fact_unknown, { fact: c.fact, label: c.label }),
					citations: c.citations
				};
			const ok = Array.isArray(v) ? v.includes(String(c.equals)) : v === c.equals;
			return ok
				? null
				: {
						reason: said(m.sim_why_fact_unmet, { label: c.label, fact: c.fact, value: show(v) }),
						citations: c.citations
					};
		}
		case 'materials': {
			const missing = c.required.filter((m) => !ctx.materials.includes(m));
			return missing.length
				? {
						reason: said(m.sim_why_materials, {
							missing: { zh: missing.join('、'), en: missing.join(', ') }
						}),
						citations: c.citations
					}
				: null;
		}
		case 'term': {
			const months = ev.months ?? c.cap;
			if (months === null || months === undefined)
				return {
					reason: said(m.sim_why_term_missing),
					citations: c.citations
				};
			if (!Number.isInteger(months) || months <= 0)
				return {
					reason: said(m.sim_why_term_whole, { months }),
					citations: c.citations
				};
			if (c.cap !== null && months > c.cap) {
				const q = qualifierWords(c.qualifier);
				return {
					reason: q
						? said(m.sim_why_term_cap_qualified, { months, cap: c.cap, qualifier: q })
						: said(m.sim_why_term_cap, { months, cap: c.cap }),
					citations: c.citations
				};
			}
			return null;
		}
		case 'never':
			return {
				reason: fill(c.reason, { date: c.dateKey ? ctx.dates[c.dateKey] : undefined }),
				citations: c.citations
			};
		case 'payload': {
			const v = ev[c.field];
			if (v === undefined && c.optional) return null;
			return c.oneOf.includes(v as Scalar)
				? null
				: {
						reason: fill(c.reason, { value: v === undefined ? '—' : show(v) }),
						citations: c.citations
					};
		}
		case 'positive': {
			const v = ev[c.field];
			return typeof v === 'number' && Number.isInteger(v) && v > 0
				? null
				: { reason: c.reason, citations: c.citations };
		}
		case 'context':
			return c.oneOf.includes(ctx[c.key] as Scalar) ? null : { reason: c.reason, citations: c.citations };
		case 'counter':
			return ctx.counters[c.key] >= c.atLeast ? null : { reason: c.reason, citations: c.citations };
		case 'data':
			return dataRefusal(c.condition, ctx, ev);
		case 'dated':
			return (ctx.dates[c.key] !== undefined) === c.present
				? null
				: { reason: c.reason, citations: c.citations };
	}
}
