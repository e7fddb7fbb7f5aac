// The numbers and cadences one role's statechart runs on, read once from its journey and the region's
// profile (the value in force on the start date), each with the clauses it rests on.

import type { ClauseId, IsoDate, Localized, Qualifier, RegionProfile } from '$lib/regions/types';
import { resolveSource, type Resolved } from './resolve';
import type { ReportCadence, RoleJourney } from './types';

export interface Settings {
	cap: number | null;
	capQualifier?: Qualifier;
	capCitations: ClauseId[];
	capNote?: Localized;
	cadence: ReportCadence | null;
	/** The cadence as the text words it when it sets no fixed period ("regularly", "on time"). */
	cadenceWords?: string;
	cadenceCitations: ClauseId[];
	evaluationCadence: 'annual' | 'regularly' | null;
	evaluationCitations: ClauseId[];
	renewalMonths: number | null;
	renewalCitations: ClauseId[];
	exitNoticeMonths: number | null;
	exitNoticeCitations: ClauseId[];
	retentionMonths: number | null;
	retentionCitations: ClauseId[];
	publicityDays: number | null;
	publicityCitations: ClauseId[];
	dataCheckWorkingDays: number | null;
	dataCheckCitations: ClauseId[];
}

function num(r: Resolved<unknown> | null): number | null {
	return r && typeof r.value === 'number' ? r.value : null;
}

export function resolveSettings(role: RoleJourney, profile: RegionProfile, on: IsoDate): Settings {
	const cap = resolveSource(role.agreement.maxMonths, profile, on);
	const cadence = role.reporting ? resolveSource(role.reporting.cadence, profile, on) : null;
	const evaluation = role.evaluation ? resolveSource(role.evaluation.cadence, profile, on) : null;
	const renewal = role.renewal?.months ? resolveSource(role.renewal.months, profile, on) : null;
	const exit = role.voluntaryExit?.noticeMonths
		? resolveSource(role.voluntaryExit.noticeMonths, profile, on)
		: null;
	const retention = resolveSource(role.afterTermination.logRetentionMonths, profile, on);
	const publicity = role.registration ? resolveSource(role.registration.publicityDays, profile, on) : null;
	const dataCheck = role.dataCheck ? resolveSource(role.dataCheck.workingDays, profile, on) : null;

	const rawCadence = typeof cadence?.value === 'string' ? cadence.value : null;
	const fixed: ReportCadence[] = ['annual', 'halfYearly', 'quarterlyPlusAnnualSummary'];
	const reportCadence: ReportCadence | null = role.reporting
		? rawCadence && (fixed as string[]).includes(rawCadence)
			? (rawCadence as ReportCadence)
			: 'unspecified'
		: null;
	const evalRaw = typeof evaluation?.value === 'string' ? evaluation.value : null;

	return {
		cap: num(cap),
		capQualifier: cap?.qualifier,
		capCitations: cap?.citations ?? role.agreement.citations,
		capNote: cap?.note,
		cadence: reportCadence,
		cadenceWords: reportCadence === 'unspecified' ? (rawCadence ?? 'notSpecified') : undefined,
		cadenceCitations: cadence?.citations.length ? cadence.citations : (role.reporting?.citations ?? []),
		evaluationCadence: role.evaluation ? (evalRaw === 'annual' ? 'annual' : 'regularly') : null,
		evaluationCitations: evaluation?.citations.length
			? evaluation.citations
			: (role.evaluation?.citations ?? []),
		renewalMonths: num(renewal),
		renewalCitations: renewal?.citations ?? role.renewal?.citations ?? [],
		exitNoticeMonths: num(exit),
		exitNoticeCitations: exit?.citations ?? role.voluntaryExit?.citations ?? [],
		retentionMonths: num(retention),
		retentionCitations: retention?.citations ?? [],
		publicityDays: num(publicity),
		publicityCitations: publicity?.citations ?? role.registration?.citations.publicity ?? [],
		dataCheckWorkingDays: num(dataCheck),
		dataCheckCitations: dataCheck?.citations ?? role.dataCheck?.citations ?? []
	};
}
