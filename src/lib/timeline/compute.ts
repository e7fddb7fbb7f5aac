// computeTimeline: every date that matters in an operator's life under one region's rules, each with the
// clauses it rests on. Where the text is silent or vague the item is an undated marker with the reason.
// Conventions (term end, "N months before expiry", report due days) are in conventions.ts.
//
// Not modelled (angle mort): renewals do not chain a second term; the Q1 annual summary covers only years
// whose Q1 begins within the term; a part period at the end of the term gets no report date (the texts do
// not say whether one is due); suspension does not move any date.
//
// Words: milestone labels (labels.ts), the labels' convention notes and qualifier hedges, and a profile's or
// journey's summaries and notes stay {zh, en} pairs — they name what the law names or gloss it beside the rule;
// an event's label is its type code in both halves. The warnings, the "the text does not say" reasons and the
// notes this module writes are the app's own sentences: Paraglide messages (tl_say_*) carried as `Said`, joined to
// a pair by joinNotes. Exports say both languages (csv.ts, ics.ts).

import { addWorkingDays } from '$lib/machines/calendar';
import { plusDays } from '$lib/rules/dates';
import { agreementWarnings, unknownEndReason } from '$lib/rules/status';
import { validityWindow } from '$lib/rules/validity';
import { cites as written } from '$lib/regions/profile-kit';
import type { ClauseId, IsoDate, Localized, Qualifier, RegionId, ValidityRule } from '$lib/regions/types';
import {
	firstQuarterOfNextYear,
	lastDayBeforeFinalMonths,
	monthsBeforeExpiry,
	periodAfter,
	quarterEndsCovering,
	stretchEnds,
	termEnd
} from '$lib/rules/periods';
import { assertIsoDate } from './conventions';
import { CADENCE_REASONS, LABELS, NOTES, QUALIFIER_NOTES, joinNotes } from './labels';
import { nationalItems } from './national';
import { resolveRules, type Resolved, type TimelineRules } from './resolve';
import type {
	Milestone,
	MilestoneKind,
	Period,
	PeriodKind,
	Timeline,
	TimelineEvent,
	TimelineInput,
	Warning,
	WarningCode
} from './types';
import { l } from '$lib/regions/localized';
import { said, type Words } from '$lib/rules/words';
import { m as msg } from '$lib/paraglide/messages';

/** Event types (the simulator's vocabulary) that move dates on the timeline. */
export const TIMELINE_EVENTS = {
	exitRequest: 'REQUEST_EXIT',
	exitRefused: 'REFUSE_EXIT',
	exitAccepted: 'ACCEPT_EXIT',
	termination: ['TERMINATE'],
	dataCheckRequest: 'DATA_CHECK_REQUEST'
} as const;

interface Extra {
	qualifier?: Qualifier;
	note?: Words;
	event?: string;
}

/** Collects items with ids stable per kind, in the order the rules produce them. */
class Collector {
	milestones: Milestone[] = [];
	periods: Period[] = [];
	warnings: Warning[] = [];
	private counts = new Map<string, number>();
	constructor(private region: RegionId) {}

	private nextId(kind: string): string {
		const n = (this.counts.get(kind) ?? 0) + 1;
		this.counts.set(kind, n);
		return `${this.region}:${kind}:${n}`;
	}

	dated(kind: MilestoneKind, date: IsoDate, label: Localized, citations: ClauseId[], extra: Extra = {}) {
		const m: Milestone = { id: this.nextId(kind), kind, region: this.region, date, label, citations };
		if (extra.qualifier) m.qualifier = extra.qualifier;
		if (extra.note) m.note = extra.note;
		if (extra.event) m.event = extra.event;
		this.milestones.push(m);
		return m;
	}

	undated(kind: MilestoneKind, label: Localized, reason: Words, citations: ClauseId[], note?: Words) {
		const m: Milestone = {
			id: this.nextId(kind),
			kind,
			region: this.region,
			date: null,
			unspecified: true,
			reason,
			label,
			citations
		};
		if (note) m.note = note;
		this.milestones.push(m);
		return m;
	}

	period(
		kind: PeriodKind,
		start: IsoDate,
		end: IsoDate,
		label: Localized,
		citations: ClauseId[],
		extra: Extra = {}
	) {
		const p: Period = { id: this.nextId(kind), kind, region: this.region, start, end, label, citations };
		if (extra.qualifier) p.qualifier = extra.qualifier;
		if (extra.note) p.note = extra.note;
		this.periods.push(p);
		return p;
	}

	warn(code: WarningCode, message: Words, citations: ClauseId[], milestoneId?: string) {
		const w: Warning = { code, region: this.region, message, citations };
		if (milestoneId) w.milestoneId = milestoneId;
		this.warnings.push(w);
	}
}

function qualifierNote(r: Resolved<unknown>): Words | undefined {
	return joinNotes(r.qualifier ? QUALIFIER_NOTES[r.qualifier] : undefined, r.note);
}

/** The term after the cap, with the warnings the request earns. */
function applyCap(c: Collector, cap: Resolved<number>, requested: number | undefined): number | null {
	if (requested === undefined) return cap.value;
	if (cap.value === null) return requested;
	const hedge = cap.qualifier ? QUALIFIER_NOTES[cap.qualifier] : undefined;
	const hedged = (text: Words): Words => (hedge ? said(msg.tl_say_hedged, { text, hedge }) : text);
	if (requested > cap.value) {
		c.warn('termCapped', hedged(said(msg.tl_say_term_capped, { requested, cap: cap.value })), cap.citations);
		return cap.value;
	}
	if (cap.bound === 'exactly' && requested !== cap.value) {
		c.warn(
			'termDiffersFromText',
			hedged(said(msg.tl_say_term_differs, { requested, cap: cap.value })),
			cap.citations
		);
	}
	return requested;
}

function regulation(c: Collector, rule: ValidityRule, start: IsoDate, end: IsoDate | null) {
	const cites = rule.citations;
	const w = validityWindow(rule);
	// the warnings are the simulator's too: one check of an agreement against the regulation (rules/status)
	const warnings = agreementWarnings(rule, start, end);
	let endId: string | undefined;
	if (!w) {
		const reason = unknownEndReason(rule);
		if (!reason) return;
		endId = c.undated('regulationEnd', LABELS.regulationEnd, reason, cites).id;
	} else {
		c.dated('regulationStart', w.from, LABELS.regulationStart, cites);
		if (w.until) {
			c.period('regulationInForce', w.from, w.until, LABELS.regulationInForce, cites);
			endId = c.dated('regulationEnd', w.until, LABELS.regulationEnd, cites).id;
		}
	}
	for (const x of warnings)
		c.warn(x.code, x.message, x.citations, x.code === 'startsBeforeRegulation' ? undefined : endId);
}

/**
 * Report due days. Where the text limits the duty to the term ("在运营期限内": Quzhou 二十二, Tai'an 第二十三条),
 * only periods that end on or before the last day in force are reported. Where it does not (Henan 第二十二条第三款
 * "按季度报送…每年第一季度报送上一年度…总结报告"), the duty goes on for the period in which the agreement
 * ended: its report falls due at that period's end, and the year's summary in the next first quarter, even
 * after the term. A part stretch at the end of an agreement-year cadence gets a report only where the duty is
 * not tied to the term.
 */
function reports(c: Collector, rules: TimelineRules, start: IsoDate, until: IsoDate) {
	const r = rules.reportCadence;
	const limit = rules.reportingWithinTerm;
	// only a role's journey says whether the duty goes on; without one, nothing is dated after the end
	const tied = limit !== false;
	const cites = Array.isArray(limit) ? [...new Set([...r.citations, ...limit])] : r.citations;
	const note = (base: Words, d: IsoDate) => joinNotes(base, d > until ? NOTES.afterEnd(until) : undefined)!;
	/** Ends of N-month stretches from the start: through `until`, or through the one containing it. */
	const stretches = (every: number) => {
		const ends = stretchEnds(start, every, until);
		if (!tied && ends.at(-1) !== until) ends.push(termEnd(start, every * (ends.length + 1)));
		return ends;
	};
	switch (r.value) {
		case 'annual':
			stretches(12).forEach((d, i) =>
				c.dated('report', d, LABELS.annualReport(i + 1), cites, { note: note(NOTES.annualReport, d) })
			);
			return;
		case 'halfYearly':
			stretches(6).forEach((d, i) =>
				c.dated('report', d, LABELS.halfYearReport(i + 1), cites, {
					note: note(NOTES.halfYearReport, d)
				})
			);
			return;
		case 'quarterlyPlusAnnualSummary': {
			const quarters = quarterEndsCovering(start, until).filter((d) => !tied || d <= until);
			for (const d of quarters) {
				const y = Number(d.slice(0, 4));
				const q = Number(d.slice(5, 7)) / 3;
				c.dated('report', d, LABELS.quarterReport(y, q), cites, { note: note(NOTES.quarterReport, d) });
			}
			// "每年第一季度报送上一年度总结": a summary for every year of the agreement; where the duty is tied to
			// the term, only for years whose following first quarter begins within it
			const last = Number(until.slice(0, 4));
			for (let y = Number(start.slice(0, 4)); y <= last; y++) {
				const q1 = firstQuarterOfNextYear(y);
				if (tied && q1.start > until) break;
				c.period('summaryWindow', q1.start, q1.end, LABELS.summaryWindow(y), cites);
				c.dated('annualSummary', q1.end, LABELS.annualSummary(y), cites, {
					note: note(NOTES.annualSummary, q1.end)
				});
			}
			return;
		}
		default:
			c.undated(
				'report',
				LABELS.report,
				(r.value && CADENCE_REASONS[r.value]) || r.summary || CADENCE_REASONS.regularly!,
				cites
			);
	}
}

function evaluations(c: Collector, rules: TimelineRules, start: IsoDate, until: IsoDate) {
	const r = rules.evaluationCadence;
	if (r.value === 'annual') {
		stretchEnds(start, 12, until).forEach((d, i) =>
			c.dated('evaluation', d, LABELS.evaluation(i + 1), r.citations, {
				note: joinNotes(NOTES.evaluation, r.note)
			})
		);
		return;
	}
	const reason =
		r.value === 'regularly'
			? CADENCE_REASONS.evaluationRegularly!
			: (r.summary ?? CADENCE_REASONS.evaluationRegularly!);
	c.undated('evaluation', LABELS.evaluations, reason, r.citations);
}

function renewal(c: Collector, rules: TimelineRules, start: IsoDate, end: IsoDate, until: IsoDate) {
	const r = rules.renewal;
	if (r.kind === 'unspecified') {
		c.undated('renewal', LABELS.renewal, r.reason, r.citations);
		return;
	}
	const cites = r.source.citations;
	const extra = { qualifier: r.source.qualifier, note: qualifierNote(r.source) };
	if (r.kind === 'deadline') {
		const d = lastDayBeforeFinalMonths(end, r.months);
		if (d <= until) c.dated('renewalDeadline', d, LABELS.renewalDeadline(r.months), cites, extra);
		return;
	}
	const opens = monthsBeforeExpiry(end, r.months);
	const from = opens < start ? start : opens;
	if (from > until) return;
	c.period('renewalWindow', from, end, LABELS.renewalWindow, cites, extra);
	c.dated('renewalWindowOpens', from, LABELS.renewalWindowOpens(r.months), cites, extra);
}

/**
 * A rule's value; where the text sets none, null after one undated marker that says so (with the profile's
 * summary of what the text does say, if there is one).
 */
function valueOrSilent<T>(c: Collector, r: Resolved<T>, kind: MilestoneKind, label: Localized): T | null {
	if (r.value === null) c.undated(kind, label, r.summary ?? said(msg.tl_say_silent), r.citations);
	return r.value;
}

function logRetention(c: Collector, rules: TimelineRules, terminatedOn: IsoDate) {
	const r = rules.logRetentionMonths;
	const months = valueOrSilent(c, r, 'logRetentionEnd', LABELS.logRetentionUnspecified);
	if (months === null) return;
	const span = periodAfter(terminatedOn, months);
	const note = joinNotes(
		r.bound === 'atLeast' ? NOTES.atLeast : undefined,
		NOTES.deletableFrom(span.next),
		r.note
	);
	c.period('logRetention', span.start, span.end, LABELS.logRetention, r.citations, { note });
	c.dated('logRetentionEnd', span.end, LABELS.logRetentionEnd(months), r.citations, { note });
}

function exitRequests(
	c: Collector,
	rules: TimelineRules,
	events: readonly TimelineEvent[],
	end: IsoDate | null
) {
	const requests = events.filter((e) => e.type === TIMELINE_EVENTS.exitRequest);
	if (!requests.length) return;
	const r = rules.exitNoticeMonths;
	const months = valueOrSilent(c, r, 'earliestExit', LABELS.exitNoticeUnspecified);
	if (months === null) return;
	for (const e of requests) {
		const span = periodAfter(e.date, months);
		c.period('exitNotice', span.start, span.end, LABELS.exitNotice, r.citations, { qualifier: r.qualifier });
		const m = c.dated('earliestExit', span.next, LABELS.earliestExit(months), r.citations, {
			note: joinNotes(
				NOTES.noticeRunsTo(span.end),
				r.bound === 'atLeast' ? said(msg.tl_say_exit_notice_at_least) : undefined
			)
		});
		if (end && span.end > end)
			c.warn(
				'exitAfterExpiry',
				said(msg.tl_say_exit_after_expiry, { months, noticeEnd: span.end, end }),
				r.citations,
				m.id
			);
	}
}

function dataChecks(c: Collector, rules: TimelineRules, events: readonly TimelineEvent[]) {
	const requests = events.filter((e) => e.type === TIMELINE_EVENTS.dataCheckRequest);
	if (!requests.length) return;
	const r = rules.feedbackWorkingDays;
	const days = valueOrSilent(c, r, 'dataCheckDue', LABELS.dataCheckUnspecified);
	if (days === null) return;
	const uncovered = new Set<number>();
	for (const e of requests) {
		const due = addWorkingDays(e.date, days);
		due.uncoveredYears.forEach((y) => uncovered.add(y));
		const note = joinNotes(NOTES.workingDays, r.note);
		c.period('dataCheck', plusDays(e.date, 1), due.date, LABELS.dataCheck, r.citations, { note });
		c.dated('dataCheckDue', due.date, LABELS.dataCheckDue(days), r.citations, { note });
	}
	if (uncovered.size) {
		const years = [...uncovered].sort().join(', ');
		c.warn('calendarNotCovered', said(msg.tl_say_calendar_not_covered, { years }), r.citations);
	}
}

/**
 * The last day in force of an agreement that ends before its term: a termination decided on a day ends it
 * that day; an accepted exit ends it on the day of consent, or, where the text requires notice, not before
 * the notice's last day (the exit takes effect the day after, as in the simulator). Undefined when nothing
 * ends the agreement before its own last day.
 */
function lastDayInForce(
	events: readonly TimelineEvent[],
	rules: TimelineRules,
	start: IsoDate,
	end: IsoDate | null
): IsoDate | undefined {
	const notice = rules.exitNoticeMonths.value;
	let request: IsoDate | null = null;
	for (const e of events) {
		if (e.date < start || (end && e.date > end)) continue;
		if (e.type === TIMELINE_EVENTS.exitRequest) request = e.date;
		else if (e.type === TIMELINE_EVENTS.exitRefused) request = null;
		else if ((TIMELINE_EVENTS.termination as readonly string[]).includes(e.type)) return e.date;
		else if (e.type === TIMELINE_EVENTS.exitAccepted) {
			const noticeEnd = notice !== null && request ? periodAfter(request, notice).end : null;
			const last = noticeEnd && noticeEnd > e.date ? noticeEnd : e.date;
			return end && last > end ? undefined : last;
		}
	}
	return undefined;
}

/** The national duties every regional journey carries from 2025-03-01 (timeline/national.ts). */
function national(
	c: Collector,
	start: IsoDate,
	until: IsoDate | null,
	months: number | null,
	events: readonly TimelineEvent[]
) {
	const r = nationalItems(start, until, months, events);
	for (const i of r.items)
		if (i.date === null) c.undated(i.kind, i.label, i.reason, i.citations);
		else c.dated(i.kind, i.date, i.label, i.citations, { note: i.note });
	if (r.uncoveredYears.length) {
		const years = r.uncoveredYears.join(', ');
		c.warn(
			'calendarNotCovered',
			said(msg.tl_say_national_calendar_not_covered, { years }),
			written('nationalRegistration:art-9-1')
		);
	}
}

function byDate(a: Milestone, b: Milestone): number {
	if (a.date === null || b.date === null) return a.date === b.date ? 0 : a.date === null ? 1 : -1;
	return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

export function computeTimeline(input: TimelineInput): Timeline {
	const { region, profile, meta, role } = input;
	const start = assertIsoDate(input.agreementStart);
	if (input.termMonths !== undefined && !(Number.isInteger(input.termMonths) && input.termMonths > 0))
		throw new RangeError(`termMonths must be a positive whole number, got ${input.termMonths}`);
	const events = [...(input.events ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	events.forEach((e) => assertIsoDate(e.date));

	const rules = resolveRules(profile, role, start);
	const c = new Collector(region);
	const cap = rules.termCap;
	const months = applyCap(c, cap, input.termMonths);
	const capExtra = { qualifier: cap.qualifier, note: qualifierNote(cap) };

	c.dated('agreementStart', start, LABELS.agreementStart, cap.citations);
	const end = months === null ? null : termEnd(start, months);
	// the first termination on or after the start (a simulator trace, an accepted exit) cuts the term short
	const terminated = lastDayInForce(events, rules, start, end);

	if (end === null) {
		const reason = cap.summary ?? said(msg.tl_say_no_cap_no_term);
		const m = c.undated('agreementEnd', LABELS.agreementEndUnknown, reason, cap.citations);
		c.warn('termUnknown', said(msg.tl_say_term_unknown), cap.citations, m.id);
	} else {
		const until = terminated ?? end;
		c.period('term', start, end, LABELS.term, cap.citations, capExtra);
		c.dated('agreementEnd', end, LABELS.agreementEnd, cap.citations, {
			...capExtra,
			note: joinNotes(capExtra.note, terminated ? NOTES.terminatedEarly(terminated) : undefined)
		});
		renewal(c, rules, start, end, until);
		reports(c, rules, start, until);
		evaluations(c, rules, start, until);
		logRetention(c, rules, until);
	}
	exitRequests(c, rules, events, end);
	dataChecks(c, rules, events);
	regulation(c, meta.validity, start, end);
	national(c, start, end === null ? null : (terminated ?? end), months, events);

	for (const e of events)
		c.dated('event', e.date, e.label ?? l(e.type, e.type), e.citations ?? [], { event: e.type });

	return {
		region,
		regionName: meta.name,
		role: role?.id ?? null,
		agreementStart: start,
		termMonths: months,
		termEnd: end,
		milestones: c.milestones.sort(byDate),
		periods: c.periods.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
		warnings: c.warnings
	};
}
