// The handful of rule values a timeline needs, read from a region's profile or, for a role, from its
// journey (which points back to the profile or states a value with its own citations). A value the text
// leaves unset resolves to null with what the text does say, so the timeline can show why.
// Words: a profile's or a journey's summary and note stay the {zh, en} pairs written with the law data; what this
// module says itself where the text is silent (SILENT, the renewal reasons, a role without a cap) is the app's own
// sentence, a Paraglide message (tl_say_*) carried as `Said`.

import { profileValueOn } from '$lib/rules/in-force';
import type {
	ClauseId,
	DatedValue,
	DimensionId,
	IsoDate,
	Localized,
	Qualifier,
	RegionProfile
} from '$lib/regions/types';
import type { Source, TimelineRole } from './types';
import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';

export interface Resolved<T> {
	/** null: the text sets no value (for this role). */
	value: T | null;
	bound?: 'atMost' | 'atLeast' | 'exactly';
	citations: ClauseId[];
	qualifier?: Qualifier;
	note?: Localized;
	/** The profile's summary of the value, or of what the text says instead (or that it says nothing). */
	summary?: Words;
}

export type RenewalRule =
	| { kind: 'deadline' | 'window'; months: number; source: Resolved<number> }
	| { kind: 'unspecified'; reason: Words; citations: ClauseId[] };

export interface TimelineRules {
	termCap: Resolved<number>;
	renewal: RenewalRule;
	reportCadence: Resolved<string>;
	/**
	 * Whether reporting is limited to the term: the clauses that say so (在运营期限内); false where the role's
	 * journey models the duty without that limit (it goes on for the period in which the agreement ended);
	 * null without a role (the profile does not say), when nothing is dated after the end.
	 */
	reportingWithinTerm: ClauseId[] | false | null;
	evaluationCadence: Resolved<string>;
	exitNoticeMonths: Resolved<number>;
	logRetentionMonths: Resolved<number>;
	feedbackWorkingDays: Resolved<number>;
}

const SILENT: Words = said(m.tl_say_silent);

function silent<T>(citations: ClauseId[] = [], summary: Words = SILENT): Resolved<T> {
	return { value: null, citations, summary };
}

function fromDated<T>(dv: DatedValue | undefined, pick: (v: DatedValue['value']) => T | null): Resolved<T> {
	if (!dv) return silent();
	const value = pick(dv.value);
	return {
		value,
		bound: dv.value.kind === 'number' ? dv.value.bound : undefined,
		citations: dv.citations,
		qualifier: dv.qualifier,
		note: dv.note,
		summary: dv.summary
	};
}

const asNumber = (v: DatedValue['value']) => (v.kind === 'number' ? v.value : null);
const asEnum = (v: DatedValue['value']) => (v.kind === 'enum' && v.value !== 'notSpecified' ? v.value : null);

function dimension(profile: RegionProfile, id: DimensionId, asOf: IsoDate): DatedValue | undefined {
	return profileValueOn(profile, id, asOf);
}

function resolveSource<T>(
	source: Source<T> | undefined,
	profile: RegionProfile,
	asOf: IsoDate,
	pick: (v: DatedValue['value']) => T | null,
	extraCitations: ClauseId[] = []
): Resolved<T> {
	if (!source) return silent(extraCitations);
	if ('dimension' in source) {
		const r = fromDated(dimension(profile, source.dimension, asOf), pick);
		return { ...r, citations: unique([...r.citations, ...extraCitations]) };
	}
	const value = source.value === ('notSpecified' as unknown as T) ? null : source.value;
	return {
		value,
		citations: unique([...source.citations, ...extraCitations]),
		qualifier: source.qualifier,
		note: source.note
	};
}

function unique(ids: ClauseId[]): ClauseId[] {
	return [...new Set(ids)];
}

const RENEWAL_REASONS: Record<string, Words> = {
	byEvaluation: said(m.tl_say_renewal_by_evaluation),
	byAgreement: said(m.tl_say_renewal_by_agreement)
};

function profileRenewal(profile: RegionProfile, asOf: IsoDate): RenewalRule {
	const deadline = fromDated(dimension(profile, 'renewal.deadlineMonthsBeforeExpiry', asOf), asNumber);
	if (deadline.value !== null) return { kind: 'deadline', months: deadline.value, source: deadline };
	const window = fromDated(dimension(profile, 'renewal.windowOpensMonthsBeforeExpiry', asOf), asNumber);
	if (window.value !== null) return { kind: 'window', months: window.value, source: window };
	const basis = dimension(profile, 'renewal.basis', asOf);
	// a silent basis keeps its own summary where it says more than silence ("未规定（由…协议约定…）")
	if (basis && (basis.value.kind !== 'notSpecified' || basis.citations.length > 0))
		return { kind: 'unspecified', reason: basis.summary, citations: basis.citations };
	return { kind: 'unspecified', reason: SILENT, citations: basis?.citations ?? [] };
}

function roleRenewal(role: TimelineRole, profile: RegionProfile, asOf: IsoDate): RenewalRule {
	const r = role.renewal;
	if (!r) return { kind: 'unspecified', reason: SILENT, citations: [] };
	if ((r.kind === 'deadline' || r.kind === 'window') && r.months) {
		const months = resolveSource(r.months, profile, asOf, asNumber, r.citations);
		if (months.value !== null) return { kind: r.kind, months: months.value, source: months };
	}
	return {
		kind: 'unspecified',
		reason: r.note ?? RENEWAL_REASONS[r.kind] ?? SILENT,
		citations: r.citations
	};
}

/** The rule values a timeline uses, as they apply on the agreement's first day. */
export function resolveRules(
	profile: RegionProfile,
	role: TimelineRole | undefined,
	asOf: IsoDate
): TimelineRules {
	const dim = <T>(id: DimensionId, pick: (v: DatedValue['value']) => T | null) =>
		fromDated(dimension(profile, id, asOf), pick);
	if (!role) {
		return {
			termCap: dim('term.maxMonths', asNumber),
			renewal: profileRenewal(profile, asOf),
			reportCadence: dim('reporting.operatorCadence', asEnum),
			reportingWithinTerm: null,
			evaluationCadence: dim('evaluation.cadence', asEnum),
			exitNoticeMonths: dim('exit.voluntaryNoticeMonths', asNumber),
			logRetentionMonths: dim('termination.logRetentionMonths', asNumber),
			feedbackWorkingDays: dim('dataQuality.feedbackWorkingDays', asNumber)
		};
	}
	const cap = role.agreement?.maxMonths;
	return {
		termCap:
			cap === undefined
				? dim('term.maxMonths', asNumber)
				: cap === null
					? silent([], said(m.tl_say_role_no_cap))
					: resolveSource(cap, profile, asOf, asNumber),
		renewal: roleRenewal(role, profile, asOf),
		reportCadence: resolveSource(role.reporting?.cadence, profile, asOf, asEnum, role.reporting?.citations),
		reportingWithinTerm: role.reporting ? (role.reporting.withinTerm?.citations ?? false) : null,
		evaluationCadence: resolveSource(
			role.evaluation?.cadence,
			profile,
			asOf,
			asEnum,
			role.evaluation?.citations
		),
		exitNoticeMonths: resolveSource(
			role.voluntaryExit?.noticeMonths,
			profile,
			asOf,
			asNumber,
			role.voluntaryExit?.citations
		),
		logRetentionMonths: resolveSource(role.afterTermination?.logRetentionMonths, profile, asOf, asNumber),
		feedbackWorkingDays: resolveSource(
			role.dataCheck?.workingDays,
			profile,
			asOf,
			asNumber,
			role.dataCheck?.citations
		)
	};
}
