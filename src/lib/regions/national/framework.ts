// The national framework of 2025: four documents that every regional rule now sits under (see
// shared/regulations/national/README.md). Its rule profile (./profile.ts) spans all four, so it is kept in
// a folder of its own rather than in one document's: "national" is the profile's id, not a document's, and
// the folder has no meta.ts, so the registry never lists it as a text. Small and eager; pure data.

import { cites } from '../profile-kit';
import type { ClauseId, IsoDate, Localized, RegionId } from '../types';

/** The profile's id, where a region's id would stand (a column in the comparison, a row in the open data): made
 * here, as the registry makes a folder's (no folder is named "national"; a test checks). */
export const NATIONAL_ID = 'national' as RegionId;

/** The four documents, by the ids their texts go by in the corpus (GLOSSARY, "The national framework"). */
export const NATIONAL_DOCUMENT_IDS = [
	'nationalSpec',
	'nationalRegistration',
	'nationalPricing',
	'nationalCirculation'
] as const;

export type NationalDocumentId = (typeof NATIONAL_DOCUMENT_IDS)[number];

/** A clause of one of the four documents: "nationalSpec:art-14-2". */
export type NationalRef = ClauseId & `${NationalDocumentId}:${string}`;

export const NATIONAL_NAME: Localized = { zh: '国家框架', en: 'National framework' };

/** Short names for citation chips, where a document's own metadata is not loaded. */
export const NATIONAL_DOCUMENT_NAMES: Record<NationalDocumentId, Localized> = {
	nationalSpec: { zh: '实施规范', en: 'National Implementing Specification' },
	nationalRegistration: { zh: '登记办法', en: 'National Interim Registration Measures' },
	nationalPricing: { zh: '价格通知', en: 'National Pricing Notice' },
	nationalCirculation: { zh: '流通安全方案', en: 'Circulation Security Plan' }
};

/**
 * The day the framework took effect: 实施规范 第二十七条, 登记办法 第二十四条 and the 价格通知 all say
 * "自2025年3月1日起施行". The 流通安全方案 states no date; values resting on it alone apply from its own
 * (unstated) entry into force.
 */
export const NATIONAL_EFFECTIVE: IsoDate = '2025-03-01';
export const NATIONAL_EFFECTIVE_CITATIONS: NationalRef[] = cites<NationalRef>(
	'nationalSpec:art-27',
	'nationalRegistration:art-24'
);

/** A national document's id as the registry's RegionId: each of the four is a document there (profile.test.ts). */
export const nationalDocument = (id: NationalDocumentId): RegionId => id as RegionId;

export function isNationalDocument(id: string): id is NationalDocumentId {
	return (NATIONAL_DOCUMENT_IDS as readonly string[]).includes(id);
}
