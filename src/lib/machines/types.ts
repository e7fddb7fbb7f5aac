// Types for the journey simulator. Two halves: the journey DATA each region declares in
// src/lib/regions/<id>/journey.yaml (stages, reviewers, deadlines, citations; validated by the pack schema,
// $lib/rules/pack/journey, which these types must accept), and the runtime shapes the statechart keeps
// (context, events, trace, refusals). Pure: no DOM, no Svelte, no storage.

import type { Words } from '$lib/rules/words';
import type {
	ClauseId,
	DimensionId,
	IsoDate,
	Localized,
	Qualifier,
	RegionId,
	RoleId
} from '$lib/regions/types';

// ——— Journey data (what a region's journey.yaml declares) ———

/** A value read from the region's rule profile (value, qualifier and citations come with it). */
export interface FromProfile {
	dimension: DimensionId;
}

/** A value the journey states itself, where the profile has none for this role. */
export interface Given<T> {
	value: T;
	citations: ClauseId[];
	qualifier?: Qualifier;
	note?: Localized;
}

export type Source<T> = FromProfile | Given<T>;

/** One RoleId for every engine (regions/types.ts). */
export type { RoleId } from '$lib/regions/types';

/** A condition on the applicant's facts; unknown facts never pass. */
export interface FactRequirement {
	fact: string;
	/** The value the fact must have. */
	equals: boolean | number | string;
	label: Localized;
	citations: ClauseId[];
}

/** Whom an action belongs to, shown beside each event (the authority, the expert panel, the operator …). */
export type Party = Localized;

export type StageKind = 'call' | 'application' | 'review' | 'publicNotice';

/** One step before the agreement, in the order the text gives. */
export interface StageSpec {
	/** State key: announcement, application, preReview, expertReview, finalReview … */
	id: string;
	kind: StageKind;
	label: Localized;
	citations: ClauseId[];
	/** Who acts at this stage. */
	by: Party;
	/** The event that moves past the stage (review: its pass event; call: PUBLISH_CALL …). */
	event: string;
	/** Label of that event in this region's words. */
	eventLabel: Localized;
	/** Facts the pass event requires. */
	requires?: FactRequirement[];
	/** Materials the pass event requires (review stages that check completeness). */
	materials?: { required: string[]; citations: ClauseId[] };
	/** Whether the reviewer may ask for missing materials (pre-review). */
	supplement?: { citations: ClauseId[] };
	/** Whether the stage may reject (review stages). */
	reject?: { citations: ClauseId[] };
	/** Public notice: how objections are handled. */
	objections?: { citations: ClauseId[]; note?: Localized };
}

export interface AgreementSpec {
	label: Localized;
	citations: ClauseId[];
	signedBy: Party;
	/** Term cap in months; null where the text sets none for this role. */
	maxMonths: Source<number> | null;
}

/** A step after signing that does not gate operation (a certificate, a filing). */
export interface FormalitySpec {
	id: string;
	label: Localized;
	event: string;
	eventLabel: Localized;
	by: Party;
	citations: ClauseId[];
	milestone: string;
}

export interface DataRequestSpec {
	label: Localized;
	/** Who approves a per-use-case request; null = obtained without approval (e.g. bought). */
	approvedBy: Party | null;
	citations: ClauseId[];
}

export interface ProductSpec {
	/** Who reviews a product before release; null = released without a review the text names. */
	reviewBy: Party | null;
	citations: ClauseId[];
}

export type Venue = 'exchange' | 'platform' | 'offExchange';

export interface TradingSpec {
	/** Venues allowed; undefined = any. */
	venues?: Venue[];
	citations: ClauseId[];
	note?: Localized;
	/** Buyers allowed, by role, where the text limits them (a first tier selling only to the second). */
	buyers?: string[];
	buyerCitations?: ClauseId[];
}

export interface SocialDataSpec {
	approvedBy: Party;
	citations: ClauseId[];
}

export interface RegistrationSpec {
	/** A registration stage with a publicity period: resources first formed in processing, then rights. */
	publicityDays: Source<number>;
	citations: {
		apply: ClauseId[];
		review: ClauseId[];
		publicity: ClauseId[];
		certificate: ClauseId[];
		rights: ClauseId[];
		rightsCertificate: ClauseId[];
		booking: ClauseId[];
	};
}

export interface DataCheckSpec {
	/** Working days within which the data-quality check is answered. */
	workingDays: Source<number>;
	citations: ClauseId[];
}

export type ReportCadence = 'annual' | 'halfYearly' | 'quarterlyPlusAnnualSummary' | 'unspecified';

export interface ReportingSpec {
	cadence: Source<string>;
	to: Party;
	citations: ClauseId[];
	/**
	 * Where the text limits the duty to the term ("在运营期限内"), its clauses: no report falls due after the
	 * agreement ends. Absent: the duty goes on for the period in which the agreement ended (its report, and a
	 * yearly summary, fall due after the end).
	 */
	withinTerm?: { citations: ClauseId[] };
}

export type EvaluationOnFail =
	/** The authority may terminate. */
	| 'terminate'
	/** The authority decides: rectification or termination. */
	| 'decide'
	/** Rectification ordered and access suspended at once. */
	| 'suspendAndRectify'
	/** Rectification within a set period; suspension on a major risk or late rectification. */
	| 'rectify'
	/** Reminder or interview first; termination if no improvement. */
	| 'warn'
	/** No consequence the text names. */
	| 'record';

export interface EvaluationSpec {
	cadence: Source<string>;
	by: Party;
	onFail: EvaluationOnFail;
	citations: ClauseId[];
	/** Whether the evaluation can find a "major security risk" that suspends. */
	majorRisk?: { citations: ClauseId[] };
	/** Whether the evaluation result decides renewal. */
	decidesRenewal?: boolean;
}

export interface RectificationSpec {
	/** Who orders rectification outside evaluations; null = only via evaluation. */
	orderedBy: Party | null;
	orderCitations: ClauseId[];
	/** Whether the order sets a period, after which failure follows. */
	period: boolean;
	/** What a missed period leads to. */
	onLate: 'terminate' | 'suspend' | null;
	lateCitations: ClauseId[];
	/** Whether a failed or refused rectification is a termination ground. */
	failureTerminates: boolean;
	failureCitations: ClauseId[];
}

export interface SuspensionSpec {
	restoration: boolean;
	citations: ClauseId[];
	restorationCitations: ClauseId[];
}

export interface SecuritySpec {
	incident: {
		/** What the operator must do (report to …, trigger the emergency plan). */
		duty: Localized;
		haltsProcessing: boolean;
		citations: ClauseId[];
	};
	/** Risks found in the data: stop processing and report. */
	risk?: { duty: Localized; citations: ClauseId[] };
}

export type RenewalKind =
	/** Reapply at least N months before expiry, else the authorization lapses. */
	| 'deadline'
	/** May reapply within the N months before expiry. */
	| 'window'
	/** Decided at term end on the evaluation of results. */
	| 'byEvaluation'
	/** As the agreement provides. */
	| 'byAgreement';

export interface RenewalSpec {
	kind: RenewalKind;
	/** Months before expiry (deadline or window). */
	months?: Source<number>;
	decidedBy: Party;
	citations: ClauseId[];
	note?: Localized;
}

export type Ground =
	| 'expiry'
	| 'voluntary'
	| 'breach'
	| 'failedEvaluation'
	| 'failedRectification'
	| 'securityIncident'
	| 'illegality'
	| 'policyChange'
	| 'other';

export interface GroundSpec {
	ground: Ground;
	citations: ClauseId[];
	by: Party;
	note?: Localized;
}

export interface VoluntaryExitSpec {
	noticeMonths?: Source<number>;
	/** A written request is required. */
	written?: boolean;
	consentBy: Party;
	citations: ClauseId[];
}

export interface AfterTerminationSpec {
	permissionsClosed?: { citations: ClauseId[]; note?: Localized };
	dataDeletion?: { label: Localized; citations: ClauseId[]; note?: Localized };
	logRetentionMonths?: Source<number>;
}

export interface ProhibitionSpec {
	event: string;
	label: Localized;
	reason: Localized;
	citations: ClauseId[];
}

/**
 * A test over facts about the data an event concerns (not about the applicant): a fact with the value it
 * must have, or a combination. The facts are read from the event's payload, else from the journey's facts;
 * a fact stated in neither is unknown, and an unknown never passes.
 */
export type DataTest = { fact: string; equals: boolean } | { anyOf: DataTest[] } | { allOf: DataTest[] };

/**
 * A condition a text puts on the data rather than on the applicant ("数据提供单位未进行确权的公共数据资源不得
 * 纳入授权运营范围"): the events it names are refused, with the clause, unless the data concerned meets it.
 */
export interface DataCondition {
	id: string;
	/** The events it gates (the approval that brings the data into operation, a product's release …). */
	events: string[];
	test: DataTest;
	/** The condition, said positively ("所涉公共数据资源已由数据提供单位确权"). */
	label: Localized;
	/** The text's words, verbatim (a substring of the first cited clause). */
	quote: string;
	citations: ClauseId[];
	/** A reading or a limit of the model, said plainly. */
	note?: Localized;
}

export interface TrainingSpec {
	provider: Party;
	citations: ClauseId[];
}

export interface RoleJourney {
	id: RoleId;
	label: Localized;
	citations: ClauseId[];
	admission: StageSpec[];
	agreement: AgreementSpec;
	formalities?: FormalitySpec[];
	training?: TrainingSpec;
	dataRequest: DataRequestSpec;
	processing: { citations: ClauseId[]; label: Localized };
	socialData?: SocialDataSpec;
	products?: ProductSpec;
	trading?: TradingSpec;
	registration?: RegistrationSpec;
	dataCheck?: DataCheckSpec;
	reporting?: ReportingSpec;
	evaluation?: EvaluationSpec;
	rectification?: RectificationSpec;
	suspension?: SuspensionSpec;
	security?: SecuritySpec;
	renewal?: RenewalSpec;
	voluntaryExit?: VoluntaryExitSpec;
	/** Termination grounds besides expiry and voluntary exit, each with who decides. */
	grounds: GroundSpec[];
	/** Citations for expiry as an end (the term clause, or a ground list naming it). */
	expiryCitations: ClauseId[];
	afterTermination: AfterTerminationSpec;
	prohibitions?: ProhibitionSpec[];
	/** Conditions the text puts on the data: guards on the events that bring data into operation. */
	dataConditions?: DataCondition[];
}

export interface Journey {
	region: RegionId;
	/** The applicant facts the stages require, each with the eligibility aspects it sums up (the pack's own). */
	facts?: Record<string, { aspects: string[] }>;
	/** The roles a simulation can take; the first is the default. */
	roles: RoleJourney[];
	/** What the journey leaves out or had to interpret, said plainly (one line each, with the clause). */
	notes: { text: Localized; citations: ClauseId[] }[];
}

// ——— Runtime ———

export type FactValue = boolean | number | string | string[];
export type Facts = Record<string, FactValue | undefined>;

export type Standing = 'good' | 'rectifying' | 'suspended';
export type EvaluationResult = 'pass' | 'fail' | 'majorRisk';

export interface Term {
	/** First day in force (the signing day, or the day after the previous term). */
	start: IsoDate;
	/** Last day in force: `termEnd(start, months)`, the day before the same day `months` later. */
	end: IsoDate;
	months: number;
}

export interface TraceEntry {
	date: IsoDate;
	/** Event type, or "deadline:<id>" for a delayed transition. */
	event: string;
	/** Region-local state paths, e.g. "licensed.renewal.open". */
	from: string;
	to: string;
	label: Localized;
	citations: ClauseId[];
	milestone?: string;
	notes?: Localized[];
}

export interface JourneyContext {
	region: RegionId;
	role: RoleId;
	start: IsoDate;
	/** The simulated date of the latest transition. */
	today: IsoDate;
	facts: Facts;
	materials: string[];
	term: Term | null;
	terms: Term[];
	renewals: number;
	renewalMonths: number | null;
	renewalGranted: boolean;
	standing: Standing;
	securityHold: boolean;
	trained: boolean;
	lastEvaluation: EvaluationResult | null;
	/** Whether an evaluation may be held now (annual: once due; "regularly": always). */
	evaluationOpen: boolean;
	evaluationWarned: boolean;
	noImprovement: boolean;
	exitRequested: boolean;
	counters: {
		processed: number;
		released: number;
		trades: number;
		incidents: number;
		majorIncidents: number;
		reportsFiled: number;
		reportsMissed: number;
		evaluations: number;
	};
	/** Index of the current report and evaluation periods within the term. */
	periods: { report: number; evaluation: number };
	/** Named dates: deadlines and the days that start them. */
	dates: Record<string, IsoDate>;
	ground: Ground | null;
	/** The day the journey entered "terminated" (for an expiry, the day after the term's last day). */
	terminatedOn: IsoDate | null;
	/**
	 * The last day the authorization was in force: the day of a termination decision or accepted exit, the
	 * term's last day on expiry, the notice's last day when a served notice ends it. Periods that follow the
	 * end (log retention) are counted from it (`periodAfter`, 民法典第二百零一条).
	 */
	endedOn: IsoDate | null;
	/**
	 * Duties that go on after the end where the text does not limit reporting to the term: whether the report
	 * on the period in which the agreement ended is still owed, and how many yearly summaries are still to open.
	 */
	finalReportOwed: boolean;
	summariesOwed: number;
	/** Warnings a reader must see (holiday calendar not covering a year …). */
	warnings: Localized[];
	trace: TraceEntry[];
}

/** Every event may carry the simulated date it was sent on, and a payload. */
export interface JourneyEvent {
	type: string;
	at?: IsoDate;
	months?: number;
	days?: number;
	materials?: string[];
	result?: EvaluationResult;
	ground?: Ground;
	venue?: Venue;
	buyer?: string;
	written?: boolean;
	major?: boolean;
	upheld?: boolean;
	useCase?: string;
	[key: string]: unknown;
}

export interface JourneyInput {
	region: RegionId;
	role: RoleId;
	start: IsoDate;
	facts?: Facts;
	materials?: string[];
}

export interface Refusal {
	reason: Words;
	citations: ClauseId[];
}

/** One event a UI can offer now: enabled, or refused with the reason and the clause. */
export interface AvailableEvent {
	type: string;
	payload?: Record<string, unknown>;
	/** The event's label (law-derived), with what the variant is when an event is offered more than once. */
	label: Words;
	by: Party | null;
	enabled: boolean;
	reason?: Words;
	citations: ClauseId[];
}

export interface Deadline {
	id: string;
	/** The day the delayed transition fires (the first day after the period). */
	date: IsoDate;
	label: Localized;
	citations: ClauseId[];
	/** Region-local path of the state that waits for it. */
	state: string;
}
