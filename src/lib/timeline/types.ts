// Types for lifecycle timelines: dated milestones and periods computed from a region's rule profile, each
// with the clauses it rests on. Pure: no DOM, no Svelte, no D3.

import type { Source } from '$lib/machines/types';
import type {
	ClauseId,
	IsoDate,
	Localized,
	Qualifier,
	RegionId,
	RegionRules,
	RoleId
} from '$lib/regions/types';
import type { Words } from '$lib/rules/words';

export type MilestoneKind =
	| 'agreementStart'
	| 'agreementEnd'
	| 'renewalDeadline'
	| 'renewalWindowOpens'
	/** Renewal the text leaves to the agreement or an evaluation, or does not address: undated. */
	| 'renewal'
	| 'report'
	| 'annualSummary'
	| 'evaluation'
	| 'earliestExit'
	| 'logRetentionEnd'
	| 'dataCheckDue'
	| 'regulationStart'
	| 'regulationEnd'
	/** The national framework takes effect (2025-03-01) within the term. */
	| 'nationalInForce'
	/** National duties (regions/national-duties.ts): first registration, yearly operating report, validity. */
	| 'nationalRegistrationDue'
	| 'nationalReport'
	| 'nationalRenewalWindowOpens'
	| 'nationalRegistrationExpiry'
	/** An event passed in (a simulator trace entry, a request made on a date). */
	| 'event';

export type PeriodKind =
	| 'term'
	| 'renewalWindow'
	| 'summaryWindow'
	| 'exitNotice'
	| 'logRetention'
	| 'dataCheck'
	| 'regulationInForce';

interface Item {
	/** Stable within a timeline: `<region>:<kind>:<n>`. */
	id: string;
	region: RegionId;
	label: Localized;
	/** Region-local clause ids the item rests on (may be empty only for an event without citations), or
	 *  `document:clause` refs to a national text (the national milestones). */
	citations: ClauseId[];
	/** How the text hedges the value behind the item (原则上, 一般 …). */
	qualifier?: Qualifier;
	/** A convention the computation chose, or a hedge in the text, said plainly (a pair, or the app's message). */
	note?: Words;
}

export interface DatedMilestone extends Item {
	kind: MilestoneKind;
	date: IsoDate;
	unspecified?: undefined;
	/** For kind "event": the event type it came from (SUBMIT_REPORT, DATA_CHECK_REQUEST …). */
	event?: string;
}

/** Where the text is silent or vague: a marker with the reason and no date — never an invented one. */
export interface UndatedMilestone extends Item {
	kind: MilestoneKind;
	date: null;
	unspecified: true;
	/** Why there is no date: the rule's own summary (law-derived) or the app's words (rules/status). */
	reason: Words;
	event?: undefined;
}

export type Milestone = DatedMilestone | UndatedMilestone;

/** A span of days, both ends inclusive. */
export interface Period extends Item {
	kind: PeriodKind;
	start: IsoDate;
	end: IsoDate;
}

export type WarningCode =
	| 'termCapped'
	| 'termDiffersFromText'
	| 'termUnknown'
	| 'outlivesRegulation'
	| 'regulationExpiredAtStart'
	| 'startsBeforeRegulation'
	| 'regulationEndUnknown'
	| 'calendarNotCovered'
	| 'exitAfterExpiry';

export interface Warning {
	code: WarningCode;
	region: RegionId;
	message: Words;
	citations: ClauseId[];
	/** The milestone the warning is about, where there is one. */
	milestoneId?: string;
}

/** A dated happening passed in: a simulator trace entry, or a request the user plans. */
export interface TimelineEvent {
	date: IsoDate;
	/** The simulator's event vocabulary: REQUEST_EXIT, TERMINATE, DATA_CHECK_REQUEST … */
	type: string;
	label?: Localized;
	citations?: ClauseId[];
}

// ——— Role: a structural subset of the simulator's RoleJourney (src/lib/regions/<id>/journey.yaml) ———

/** A value read from the region's rule profile, or stated for the role with its own citations: the journey's own. */
export type { Source };

/**
 * What a role's journey says about the dates that matter. A journey's role is assignable as is; a missing
 * part means the text sets nothing for the role (shown as unspecified, never guessed).
 */
export interface TimelineRole {
	id: RoleId;
	label?: Localized;
	agreement?: { maxMonths: Source<number> | null };
	renewal?: {
		kind: string;
		months?: Source<number>;
		citations: ClauseId[];
		note?: Localized;
	};
	reporting?: { cadence: Source<string>; citations: ClauseId[]; withinTerm?: { citations: ClauseId[] } };
	evaluation?: { cadence: Source<string>; citations: ClauseId[] };
	voluntaryExit?: { noticeMonths?: Source<number>; citations: ClauseId[] };
	afterTermination?: { logRetentionMonths?: Source<number> };
	dataCheck?: { workingDays: Source<number>; citations: ClauseId[] };
}

export interface TimelineInput extends RegionRules {
	region: RegionId;
	/** A role of the region's journey; without it, the profile's values (the operator's) apply. */
	role?: TimelineRole;
	/** First day of the agreement. */
	agreementStart: IsoDate;
	/** Requested term; defaults to the region's cap. Capped (and warned) when over it. */
	termMonths?: number;
	events?: readonly TimelineEvent[];
}

export interface Timeline {
	region: RegionId;
	regionName: Localized;
	role: RoleId | null;
	agreementStart: IsoDate;
	/** The term applied after the cap; null where neither a request nor a cap gives one. */
	termMonths: number | null;
	/** Last day of the agreement; null when the term is unknown. */
	termEnd: IsoDate | null;
	milestones: Milestone[];
	periods: Period[];
	warnings: Warning[];
}
