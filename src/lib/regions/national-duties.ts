// The national duties with a day count or a date that bind a regional journey, as data: national/duties.yaml
// (validated at build time by src/lib/rules/pack/national.ts, like a region pack) loaded here with its types.
// Each duty quotes its clause verbatim (a test checks it) and cites it as `document:clause`. Imports nothing
// but types and the data file.
//
// The simulator (src/lib/machines/blocks/national.ts) and the timelines (src/lib/timeline/national.ts) read
// these; neither hard-codes a number the texts give.

import type { ClauseId, ClauseRef, IsoDate, Localized, RegionId } from './types';

export type NationalDutyId =
	| 'firstRegistration'
	| 'transitionalRegistration'
	| 'acceptance'
	| 'formalReview'
	| 'publicity'
	| 'resultCode'
	| 'validity'
	| 'renewal'
	| 'lapse'
	| 'cancellation'
	| 'changeRegistration'
	| 'operatingReport'
	| 'chargeAdjustment'
	| 'revenueEvaluation'
	| 'disclosure'
	| 'feeListPublicity';

/** Who owes the duty, in the national texts' words. */
export type NationalParty = 'operator' | 'registeringBody' | 'authorizingParty' | 'implementingBody';

/**
 * How the period is counted. Working days are counted on the official holiday calendar, from the day after
 * the act (the act's own day is not counted, 民法典第二百零一条); calendar days likewise; "yearly" is a fixed
 * day of the year; "none" is a duty the text sets no period for ("及时", "定期": shown as not specified).
 */
export type NationalCount =
	| { kind: 'workingDays'; n: number }
	| { kind: 'days'; n: number }
	| { kind: 'years'; n: number }
	| { kind: 'yearly'; month: number; day: number }
	| { kind: 'none'; words: string };

export interface NationalDuty {
	id: NationalDutyId;
	label: Localized;
	party: NationalParty;
	count: NationalCount;
	/** From when the period runs, said plainly. */
	from: Localized;
	/** The text's words, verbatim: a substring of the first cited clause. */
	quote: string;
	citations: ClauseRef[];
	/** Whether the simulator runs it as a deadline, the timeline dates it, or neither (why, in the note). */
	modelled: { machine: boolean; timeline: boolean };
	/** A reading of the text, or what the model leaves out, said plainly. */
	note?: Localized;
}

/** national/duties.yaml, validated at build time (src/lib/rules/pack/national.ts). */
interface NationalDutiesData {
	inForce: { date: IsoDate; citations: ClauseRef[] };
	parties: Record<NationalParty, Localized>;
	duties: NationalDuty[];
	overlaps: NationalOverlap[];
}

const data = Object.values(
	import.meta.glob<NationalDutiesData>('./national/duties.yaml', { eager: true, import: 'default' })
)[0]!;

/** 登记办法 第二十四条, 实施规范 第二十七条, 价格通知's closing sentence: all three take effect this day. */
export const NATIONAL_IN_FORCE: IsoDate = data.inForce.date;

export const NATIONAL_IN_FORCE_CITATIONS: ClauseRef[] = data.inForce.citations;

export const NATIONAL_PARTIES: Readonly<Record<NationalParty, Localized>> = data.parties;

export const nationalDuties: readonly NationalDuty[] = data.duties;

export function nationalDuty(id: NationalDutyId): NationalDuty {
	const d = nationalDuties.find((x) => x.id === id);
	if (!d) throw new Error(`no national duty "${id}"`);
	return d;
}

/** Which rule applies where a region's own text speaks to the same duty, per the texts' own words. */
export type NationalApplies = 'national' | 'both' | 'regionDefers';

export interface NationalOverlap {
	region: RegionId;
	duty: NationalDutyId;
	/** The region's own rule on the same thing, in one line. */
	regional: Localized;
	/** Region-local clause ids. */
	regionalCitations: ClauseId[];
	applies: NationalApplies;
	/** Why, citing the texts' own words. */
	reason: Localized;
	/** The national clauses that decide it. */
	nationalCitations: ClauseRef[];
}

export const nationalOverlaps: readonly NationalOverlap[] = data.overlaps;

/** The overlaps of one region. */
export function overlapsOf(region: RegionId): NationalOverlap[] {
	return nationalOverlaps.filter((o) => o.region === region);
}
