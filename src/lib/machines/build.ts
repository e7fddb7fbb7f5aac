// Builds one role's statechart from its region's journey data and rule profile with the shared building
// blocks: admission → agreement → licensed (parallel regions) → terminated. No region-specific logic here:
// a sixth region is a folder with meta, profile and journey files.

import { assign, matchesState, setup, type StateValue } from 'xstate';
import type { IsoDate, RegionId, RegionProfile } from '$lib/regions/types';
import { plusDays } from '$lib/rules/dates';
import {
	firstQuarterOfNextYear,
	lastDayBeforeFinalMonths,
	monthsBeforeExpiry,
	periodAfter,
	quarterEnd,
	termEnd
} from '$lib/rules/periods';
import { admissionNodes } from './blocks/admission';
import { endTransitions, lifecycleRegions, terminationNodes } from './blocks/lifecycle';
import { nationalDeadlineDates, nationalRegions, nationalUpdate, type NationalOp } from './blocks/national';
import { operationRegions, prohibitionTransitions, tradeTransition } from './blocks/operation';
import { oversightRegions } from './blocks/oversight';
import { addWorkingDays } from './calendar';
import { allHold, type Check } from './checks';
import { attachDataConditions } from './data-conditions';
import { ROOT_ID, toConfig, type MachineIndex, type NodeSpec, type TransitionSpec } from './kit';
import { resolveSettings, type Settings } from './settings';
import { dayAfter, later, msOf } from './time';
import type {
	Ground,
	Journey,
	JourneyContext,
	JourneyEvent,
	JourneyInput,
	RoleId,
	RoleJourney,
	Standing,
	TraceEntry
} from './types';
import { l } from '$lib/regions/localized';

/** A delay for a deadline whose date is not set: effectively never (the state is left first). */
const NEVER_MS = 1e15;

export type DeadlineDates = Record<string, (ctx: JourneyContext) => IsoDate | null>;

function deadlineDates(role: RoleJourney): DeadlineDates {
	const after = (d: IsoDate | undefined) => (d ? dayAfter(d) : null);
	return {
		termExpiry: (c) => (c.term ? dayAfter(c.term.end) : null),
		renewalDeadline: (c) => after(c.dates.renewalDeadline),
		renewalWindow: (c) => c.dates.renewalWindowOpens ?? null,
		reportDue: (c) => after(c.dates.reportPeriodEnd),
		summaryOpens: (c) => c.dates.summaryOpens ?? null,
		summaryDue: (c) => after(c.dates.summaryDue),
		evaluationDue: (c) => after(c.dates.evaluationPeriodEnd),
		exitNotice: (c) => c.dates.exitEffective ?? null,
		rectificationDue: (c) => after(c.dates.rectificationDue),
		dataCheckDue: (c) => after(c.dates.dataCheckDue),
		publicityEnds: (c) => after(c.dates.publicityEnds),
		retentionEnds: (c) =>
			role.afterTermination.logRetentionMonths ? (c.dates.logsDeletableFrom ?? null) : null,
		finalReportDue: (c) => (c.finalReportOwed ? after(c.dates.finalReportPeriodEnd) : null),
		// the national duties on every journey (blocks/national.ts)
		...nationalDeadlineDates()
	};
}

export function initialContext(input: JourneyInput): JourneyContext {
	return {
		region: input.region,
		role: input.role,
		start: input.start,
		today: input.start,
		facts: { ...(input.facts ?? {}) },
		materials: [...(input.materials ?? [])],
		term: null,
		terms: [],
		renewals: 0,
		renewalMonths: null,
		renewalGranted: false,
		standing: 'good',
		securityHold: false,
		trained: false,
		lastEvaluation: null,
		evaluationOpen: false,
		evaluationWarned: false,
		noImprovement: false,
		exitRequested: false,
		counters: {
			processed: 0,
			released: 0,
			trades: 0,
			incidents: 0,
			majorIncidents: 0,
			reportsFiled: 0,
			reportsMissed: 0,
			evaluations: 0
		},
		periods: { report: 0, evaluation: 0 },
		dates: {},
		ground: null,
		terminatedOn: null,
		endedOn: null,
		finalReportOwed: false,
		summariesOwed: 0,
		warnings: [],
		trace: []
	};
}

/** The last day of the report period that contains `day` (the one in which an agreement ended). */
function periodContaining(s: Settings, termStart: IsoDate, day: IsoDate): IsoDate | undefined {
	const every = s.cadence === 'annual' ? 12 : s.cadence === 'halfYearly' ? 6 : null;
	if (s.cadence === 'quarterlyPlusAnnualSummary') return quarterEnd(day);
	if (every === null) return undefined;
	for (let k = 1; ; k++) {
		const end = termEnd(termStart, every * k);
		if (end >= day) return end;
	}
}

/** Whether reporting goes on after the end: the text does not limit it to the term, and it has a cadence. */
export function reportsAfterEnd(role: RoleJourney, s: Settings): boolean {
	return (
		!!role.reporting &&
		!role.reporting.withinTerm &&
		(s.cadence === 'annual' || s.cadence === 'halfYearly' || s.cadence === 'quarterlyPlusAnnualSummary')
	);
}

function reportPeriodEnd(
	s: Settings,
	c: JourneyContext,
	index: number,
	previousEnd?: IsoDate
): IsoDate | undefined {
	if (!c.term) return undefined;
	switch (s.cadence) {
		case 'annual':
			return termEnd(c.term.start, 12 * (index + 1));
		case 'halfYearly':
			return termEnd(c.term.start, 6 * (index + 1));
		case 'quarterlyPlusAnnualSummary':
			return previousEnd ? quarterEnd(dayAfter(previousEnd)) : quarterEnd(c.term.start);
		default:
			return undefined;
	}
}

function makeSetup(role: RoleJourney, s: Settings, fire: DeadlineDates) {
	const delays = Object.fromEntries(
		Object.entries(fire).map(([id, f]) => [
			id,
			({ context }: { context: JourneyContext }) => {
				const d = f(context);
				return d ? Math.max(0, msOf(d) - msOf(context.today)) : NEVER_MS;
			}
		])
	);
	return setup({
		types: {} as { context: JourneyContext; events: JourneyEvent; input: JourneyInput },
		guards: {
			checks: ({ context, event }, params: { checks: Check[] }) => allHold(params.checks, context, event)
		},
		delays,
		actions: {
			stamp: assign(({ context, event }) =>
				typeof event.at === 'string' && event.at > context.today ? { today: event.at } : {}
			),
			stampDeadline: assign(({ context }, params: { deadline: string }) => {
				const d = fire[params.deadline]?.(context);
				return d ? { today: later(context.today, d) } : {};
			}),
			record: assign(({ context, event }, params: TraceParams) => traced(context, event, params)),
			addMaterials: assign(({ context, event }) => ({
				materials: [...new Set([...context.materials, ...(event.materials ?? [])])]
			})),
			startTerm: assign(({ context, event }) => termStarted(context, event.months ?? s.cap ?? 0)),
			initTermDates: assign(({ context }) => termDates(role, s, context)),
			nextReportPeriod: assign(({ context }) => nextReportPeriod(s, context)),
			nextEvaluationPeriod: assign(({ context }) => nextEvaluationPeriod(context)),
			nextSummary: assign(({ context }) => nextSummary(context)),
			markReportFiled: assign(({ context }) => ({
				dates: { ...context.dates, reportFiledFor: context.dates.reportPeriodEnd ?? '' }
			})),
			markSummary: assign(({ context }, params: { key: 'summaryFiledFor' | 'summaryMissedFor' }) => ({
				dates: { ...context.dates, [params.key]: context.dates.summaryDue ?? '' }
			})),
			openSummary: assign(({ context }) => ({ summariesOwed: Math.max(0, context.summariesOwed - 1) })),
			grantRenewal: assign(({ event }) => ({ renewalMonths: event.months ?? s.cap, renewalGranted: true })),
			startRenewedTerm: assign(({ context }) => renewedTerm(context)),
			// A decision ends the authorization on its own day; an expiry or a served notice (`lapsed`: a deadline
			// that fires on the first day after) ended it with the day before, the term's or the notice's last day.
			setGround: assign(({ context }, params: { ground: Ground; lapsed?: boolean }) => ({
				ground: params.ground,
				terminatedOn: context.today,
				endedOn: params.lapsed ? plusDays(context.today, -1) : context.today
			})),
			initTerminated: assign(({ context }) => afterEnd(role, s, context)),
			setStanding: assign((_, params: { value: Standing }) => ({ standing: params.value })),
			setHold: assign((_, params: { value: boolean }) => ({ securityHold: params.value })),
			setTrained: assign(() => ({ trained: true })),
			setFlag: assign(
				(
					_,
					params: {
						key: 'renewalGranted' | 'evaluationOpen' | 'exitRequested' | 'finalReportOwed';
						value: boolean;
					}
				) => ({
					[params.key]: params.value
				})
			),
			setEvaluation: assign(({ context, event }, params: { warn: boolean }) =>
				evaluated(context, event.result ?? null, params.warn)
			),
			count: assign(({ context }, params: { key: keyof JourneyContext['counters'] }) => ({
				counters: { ...context.counters, [params.key]: context.counters[params.key] + 1 }
			})),
			countIncident: assign(({ context, event }) => incidentCounted(context, !!event.major)),
			setRectificationDue: assign(({ context, event }) => rectificationOrdered(context, event.days)),
			setDataCheckDue: assign(({ context }, params: { workingDays: number }) =>
				dataCheckDue(context, params.workingDays)
			),
			startPublicity: assign(({ context }, params: { days: number }) =>
				publicityStarted(context, params.days)
			),
			national: assign(({ context }, params: { op: NationalOp }) => nationalUpdate(context, params.op)),
			markExit: assign(({ context }, params: { months: number | null }) =>
				exitRequested(context, params.months)
			)
		}
	});
}

// ——— Context updates the actions apply (pure: a context in, the fields that change out) ———

type TraceParams = Omit<TraceEntry, 'date' | 'event'> & { event?: string };

/** A step of the trace: today, the event (or the one named), and the step's label and citations. */
function traced(context: JourneyContext, event: JourneyEvent, params: TraceParams): Partial<JourneyContext> {
	const entry: TraceEntry = {
		date: context.today,
		event: params.event ?? event.type,
		from: params.from,
		to: params.to,
		label: params.label,
		citations: params.citations
	};
	if (params.milestone) entry.milestone = params.milestone;
	if (params.notes) entry.notes = params.notes;
	return { trace: [...context.trace, entry] };
}

/**
 * On signing: the signing day is the term's first day; the term ends the day before the same day `months` later,
 * so a cap of N months is never exceeded (2025-02-13 + 36 → last day 2028-02-12).
 */
function termStarted(context: JourneyContext, months: number): Partial<JourneyContext> {
	const term = { start: context.today, end: termEnd(context.today, months), months };
	return { term, terms: [...context.terms, term] };
}

/** A report filed or missed: the next reporting period and its end. */
function nextReportPeriod(s: Settings, context: JourneyContext): Partial<JourneyContext> {
	const index = context.periods.report + 1;
	const end = reportPeriodEnd(s, context, index, context.dates.reportPeriodEnd);
	return {
		periods: { ...context.periods, report: index },
		dates: end ? { ...context.dates, reportPeriodEnd: end } : context.dates
	};
}

/** An evaluation done: the next evaluation year of the term. */
function nextEvaluationPeriod(context: JourneyContext): Partial<JourneyContext> {
	const index = context.periods.evaluation + 1;
	if (!context.term) return {};
	return {
		periods: { ...context.periods, evaluation: index },
		dates: { ...context.dates, evaluationPeriodEnd: termEnd(context.term.start, 12 * (index + 1)) }
	};
}

/** Opened in a first quarter: last year's summary is due by 31 March; the next one opens a year later. */
function nextSummary(context: JourneyContext): Partial<JourneyContext> {
	const year = Number(context.today.slice(0, 4));
	return {
		dates: {
			...context.dates,
			summaryDue: firstQuarterOfNextYear(year - 1).end,
			summaryOpens: firstQuarterOfNextYear(year).start
		}
	};
}

/** A granted renewal starts the day after the term ends, for the granted months (or the term's own). */
function renewedTerm(context: JourneyContext): Partial<JourneyContext> {
	if (!context.term) return {};
	const start = dayAfter(context.term.end);
	const months = context.renewalMonths ?? context.term.months;
	const term = { start, end: termEnd(start, months), months };
	return {
		term,
		terms: [...context.terms, term],
		renewals: context.renewals + 1,
		renewalMonths: null,
		renewalGranted: false,
		today: later(context.today, start)
	};
}

function incidentCounted(context: JourneyContext, major: boolean): Partial<JourneyContext> {
	const { counters } = context;
	return {
		counters: {
			...counters,
			incidents: counters.incidents + 1,
			majorIncidents: counters.majorIncidents + (major ? 1 : 0)
		}
	};
}

/** A rectification ordered today; due after the days the order gives, or undated when it gives none. */
function rectificationOrdered(context: JourneyContext, days: number | undefined): Partial<JourneyContext> {
	const dates: Record<string, IsoDate> = { ...context.dates, rectificationOrdered: context.today };
	if (typeof days === 'number') dates.rectificationDue = plusDays(context.today, days);
	else delete dates.rectificationDue;
	return { dates };
}

function publicityStarted(context: JourneyContext, days: number): Partial<JourneyContext> {
	return {
		dates: { ...context.dates, publicityStarted: context.today, publicityEnds: plusDays(context.today, days) }
	};
}

/** An exit requested today; effective after the notice months, when the text sets them. */
function exitRequested(context: JourneyContext, months: number | null): Partial<JourneyContext> {
	const dates: Record<string, IsoDate> = { ...context.dates, exitRequested: context.today };
	if (months !== null) dates.exitEffective = periodAfter(context.today, months).next;
	return { dates };
}

/** On signing: the term's dates and the first of each period it starts. */
function termDates(role: RoleJourney, s: Settings, context: JourneyContext): Partial<JourneyContext> {
	const t = context.term;
	if (!t) return {};
	const dates: Record<string, IsoDate> = { ...context.dates, termEnd: t.end };
	if (role.renewal?.kind === 'deadline' && s.renewalMonths !== null)
		dates.renewalDeadline = lastDayBeforeFinalMonths(t.end, s.renewalMonths);
	if (role.renewal?.kind === 'window' && s.renewalMonths !== null)
		dates.renewalWindowOpens = monthsBeforeExpiry(t.end, s.renewalMonths);
	const firstReport = reportPeriodEnd(s, context, 0);
	if (firstReport) dates.reportPeriodEnd = firstReport;
	if (s.evaluationCadence === 'annual') dates.evaluationPeriodEnd = termEnd(t.start, 12);
	if (s.cadence === 'quarterlyPlusAnnualSummary')
		dates.summaryOpens = firstQuarterOfNextYear(Number(t.start.slice(0, 4))).start;
	return { dates, periods: { report: 0, evaluation: 0 } };
}

/** On the end of the authorization: log retention, and the reports still owed after it. */
function afterEnd(role: RoleJourney, s: Settings, context: JourneyContext): Partial<JourneyContext> {
	const ended = context.endedOn ?? context.today;
	const dates: Record<string, IsoDate> = { ...context.dates };
	if (s.retentionMonths !== null) dates.logsDeletableFrom = periodAfter(ended, s.retentionMonths).next;
	if (!reportsAfterEnd(role, s) || !context.term) return { dates };
	// The report on the period in which the agreement ended is still owed, unless it was filed, or the
	// licensed phase already moved past that period (it ended on the last day, and its deadline fired
	// first: the report was marked missed there)
	const period = periodContaining(s, context.term.start, ended);
	const finalReportOwed =
		!!period && (dates.reportPeriodEnd ?? '') <= period && dates.reportFiledFor !== period;
	if (finalReportOwed) dates.finalReportPeriodEnd = period;
	let summariesOwed = 0;
	if (s.cadence === 'quarterlyPlusAnnualSummary') {
		// last year's summary, if it was due when the agreement ended and is neither filed nor missed,
		// opens again at once; this year's opens on 1 January next year
		const year = Number(ended.slice(0, 4));
		const due = dates.summaryDue;
		const carried =
			due === firstQuarterOfNextYear(year - 1).end &&
			ended <= due &&
			dates.summaryFiledFor !== due &&
			dates.summaryMissedFor !== due;
		summariesOwed = carried ? 2 : 1;
		dates.summaryOpens = carried ? context.today : firstQuarterOfNextYear(year).start;
	}
	return { dates, finalReportOwed, summariesOwed };
}

/** A data check requested today: due after `workingDays` working days, warning where the calendar ends. */
function dataCheckDue(context: JourneyContext, workingDays: number): Partial<JourneyContext> {
	const r = addWorkingDays(context.today, workingDays);
	const warnings = r.uncoveredYears.length
		? [
				...context.warnings,
				l(
					`${context.today}：节假日日历未覆盖 ${r.uncoveredYears.join('、')} 年，工作日只按周末计算`,
					`${context.today}: the holiday calendar does not cover ${r.uncoveredYears.join(', ')}; working days there count weekends only`
				)
			]
		: context.warnings;
	return { dates: { ...context.dates, dataCheckRequested: context.today, dataCheckDue: r.date }, warnings };
}

/** An evaluation's result; with `warn`, a second failure in a row is "no improvement". */
function evaluated(
	context: JourneyContext,
	result: JourneyContext['lastEvaluation'],
	warn: boolean
): Partial<JourneyContext> {
	const counters = { ...context.counters, evaluations: context.counters.evaluations + 1 };
	if (!warn) return { lastEvaluation: result, counters };
	if (result === 'pass')
		return { lastEvaluation: result, counters, evaluationWarned: false, noImprovement: false };
	return context.evaluationWarned
		? { lastEvaluation: result, counters, noImprovement: true }
		: { lastEvaluation: result, counters, evaluationWarned: true };
}

export type JourneyMachine = ReturnType<ReturnType<typeof makeSetup>['createMachine']>;

/** A snapshot of any journey statechart; its value is a plain StateValue (machines are built at run time). */
export interface JourneySnapshot {
	value: StateValue;
	status: 'active' | 'done' | 'error' | 'stopped';
	context: JourneyContext;
	can(event: JourneyEvent): boolean;
}

/** Whether a region-local dotted path ("licensed.renewal.open") is active in a snapshot. */
export function isIn(snapshot: { value: StateValue }, path: string): boolean {
	return path === '' || matchesState(path, snapshot.value);
}

export interface BuiltJourney {
	region: RegionId;
	journey: Journey;
	role: RoleJourney;
	settings: Settings;
	machine: JourneyMachine;
	index: MachineIndex;
	/** Every event type this machine handles, in a stable order. */
	eventTypes: string[];
	deadlines: DeadlineDates;
	/** The outcomes this role can reach, as milestone ids ("licensed", "renewed", "terminated:expiry" …). */
	outcomes: string[];
	/** What it was built from, as plain data: a worker builds the same statechart from it (state/outcome-map). */
	inputs: JourneyBuildInputs;
}

/** `buildJourney`'s arguments, as one value that can be posted to a worker (structured-cloneable data). */
export interface JourneyBuildInputs {
	journey: Journey;
	profile: RegionProfile;
	role: RoleId | undefined;
	on: IsoDate;
}

/** Build the statechart for one role of a region. `on` picks the profile values in force that day. */
export function buildJourney(
	journey: Journey,
	profile: RegionProfile,
	roleId: RoleId | undefined,
	on: IsoDate
): BuiltJourney {
	const role = roleId ? journey.roles.find((r) => r.id === roleId) : journey.roles[0];
	if (!role)
		throw new Error(
			`region "${journey.region}" has no role "${roleId}" (roles: ${journey.roles.map((r) => r.id).join(', ')})`
		);
	const settings = resolveSettings(role, profile, on);
	const ends = endTransitions(role);
	const licensed: NodeSpec = {
		key: 'licensed',
		type: 'parallel',
		label: l('已获授权，运营中', 'Authorized and operating'),
		citations: role.agreement.citations,
		entry: [{ type: 'initTermDates' }],
		on: [...ends.on, ...tradeTransition(role)],
		after: ends.after,
		children: [
			...operationRegions(role, settings),
			...oversightRegions(role, settings),
			...lifecycleRegions(role, settings),
			...nationalRegions(role)
		]
	};
	const prohibitions: TransitionSpec[] = prohibitionTransitions(role);
	const root: NodeSpec = {
		key: ROOT_ID,
		label: role.label,
		citations: role.citations,
		initial: role.admission[0]?.id ?? 'agreement',
		on: prohibitions,
		children: [...admissionNodes(role, settings), licensed, ...terminationNodes(role, settings)]
	};
	// What the text requires of the data: a guard on every transition taking an event it names.
	attachDataConditions(root, role.dataConditions ?? []);
	const index: MachineIndex = new Map();
	const config = toConfig(root, '', index);
	const fire = deadlineDates(role);
	const machine = makeSetup(role, settings, fire).createMachine({
		...(config as object),
		id: ROOT_ID,
		context: ({ input }: { input: JourneyInput }) => initialContext(input)
	} as never);

	const eventTypes: string[] = [];
	for (const node of index.values())
		for (const t of node.transitions) if (!eventTypes.includes(t.event)) eventTypes.push(t.event);

	const outcomes = ['licensed'];
	if (role.renewal) outcomes.push('renewed');
	outcomes.push('terminated:expiry');
	if (role.voluntaryExit) outcomes.push('terminated:voluntary');
	for (const g of role.grounds) outcomes.push(`terminated:${g.ground}`);
	if (role.rectification?.onLate === 'terminate') outcomes.push('terminated:failedRectification');

	return {
		region: journey.region,
		journey,
		role,
		settings,
		machine,
		index,
		eventTypes,
		deadlines: fire,
		outcomes: [...new Set(outcomes)],
		inputs: { journey, profile, role: roleId, on }
	};
}
