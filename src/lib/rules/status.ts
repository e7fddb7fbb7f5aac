// A document's status on a date, computed in one place: in force or not (from its own validity rule), what kind
// of text it is (draft for comments, trial, interim), and whether a later version of the region's text replaces
// it. Every status carries the clauses it rests on. Also the one check of an agreement's or a journey's dates
// against the regulation's validity, which the timeline, the simulator and the scenario runner all use.
// Pure: no DOM, no Svelte, no storage.
//
// Decisions a legal reader may question:
// - "Lapsed on D" names the last day in force (Jiangsu 第二十九条 "有效期至2026年11月30日": in force on
//   2026-11-30, lapsed from 2026-12-01); the UI says "已失效（2026-11-30）".
// - A draft for comments has no force whatever dates it proposes: inside its dates it is "within its proposed
//   period", never "in force".
// - A version is superseded from its successor's issue date, or its entry into force where no issue date is
//   known; where neither is known, it is superseded on a date that cannot be told.
//
// Words: the kinds of text (征求意见稿 / 试行 / 暂行, KIND_LABELS) are the GLOSSARY's legal terms and a version's
// title is the text's own: law-derived {zh, en} pairs. What the app says of a status or of dates against the
// validity ("已失效（2026-11-30）", "the agreement starts before the regulation is in force") is its own words: a
// Paraglide `docstate_*` message filled with those terms, titles and dates.

import { m } from '$lib/paraglide/messages';
import type {
	ClauseId,
	DocumentStatus,
	DocumentVersion,
	IsoDate,
	Localized,
	DocumentMeta,
	ValidityRule
} from '$lib/regions/types';
import { validityOn, validityWindow } from './validity';
import { said, wordsIn, type Words } from './words';

export type InForce = 'notYetInForce' | 'inForce' | 'lapsed' | 'unknown';

export type UnknownReason = 'effectiveDateUnset' | 'issueDateUnknown' | 'noDates';

export interface DocStatus {
	/** The date the status is computed on. */
	on: IsoDate;
	/** The version's id among its region's versions. */
	version: string;
	title: Localized;
	state: InForce;
	/** First and last day in force, where the text and its dates allow computing them. */
	from: IsoDate | null;
	until: IsoDate | null;
	/** For a lapsed text: its last day in force. */
	lapsedOn: IsoDate | null;
	/** Why the state is unknown: the date the text leaves blank, as written. */
	unknown: { reason: UnknownReason; years: number | null; asWritten: string | null } | null;
	/** What kind of text it is, as its title says: 征求意见稿 / 试行 / 暂行. */
	kinds: DocumentStatus[];
	draft: boolean;
	trial: boolean;
	interim: boolean;
	/** The version that replaces this one, when it does on this date. */
	supersededBy: { version: string; title: Localized; on: IsoDate | null; citations: ClauseId[] } | null;
	/** The clauses that set the validity (empty where the text sets none). */
	citations: ClauseId[];
	/** One line: "已失效（2026-11-30）" / "lapsed on 2026-11-30". */
	label: Words;
}

/** The glossary's words for the kinds of text (GLOSSARY.md, "document status"). */
export const KIND_LABELS: Record<DocumentStatus, Localized> = {
	draft: { zh: '征求意见稿', en: 'draft for comments' },
	trial: { zh: '试行', en: 'trial' },
	interim: { zh: '暂行', en: 'interim' }
};

const DEFAULT_VERSION = 'text';

/** A region's versions of its text: the one in the corpus (its meta) first, then the others. */
export function versionsOf(meta: DocumentMeta & { docNumber?: string }): DocumentVersion[] {
	const current: DocumentVersion = {
		id: meta.version ?? DEFAULT_VERSION,
		title: meta.title,
		...(meta.docNumber ? { docNumber: meta.docNumber } : {}),
		status: meta.status,
		issued: meta.issued,
		validity: meta.validity,
		...(meta.supersededBy ? { supersededBy: meta.supersededBy } : {})
	};
	return [current, ...(meta.versions ?? [])];
}

/** The day a version takes over from the one it replaces: its issue date, else its entry into force. */
export function takesOverOn(v: DocumentVersion): IsoDate | null {
	return v.issued ?? validityWindow(v.validity)?.from ?? null;
}

/** The status on `on` of one version, among its region's `versions` (which resolve "superseded by"). */
export function documentStatus(
	doc: DocumentVersion,
	on: IsoDate,
	versions: readonly DocumentVersion[] = [doc]
): DocStatus {
	const v = validityOn(doc.validity, on);
	let supersededBy: DocStatus['supersededBy'] = null;
	if (doc.supersededBy) {
		const next = versions.find((x) => x.id === doc.supersededBy!.version);
		if (!next)
			throw new Error(
				`version "${doc.id}" is superseded by an unknown version "${doc.supersededBy.version}"`
			);
		const from = takesOverOn(next);
		if (from === null || from <= on)
			supersededBy = { version: next.id, title: next.title, on: from, citations: doc.supersededBy.citations };
	}
	const base = {
		on,
		version: doc.id,
		title: doc.title,
		kinds: [...doc.status],
		draft: doc.status.includes('draft'),
		trial: doc.status.includes('trial'),
		interim: doc.status.includes('interim'),
		supersededBy,
		citations: [...doc.validity.citations]
	};
	const status: Omit<DocStatus, 'label'> =
		v.state === 'undetermined'
			? {
					...base,
					state: 'unknown',
					from: null,
					until: null,
					lapsedOn: null,
					unknown: { reason: v.reason, years: v.years, asWritten: v.asWritten }
				}
			: {
					...base,
					state: v.state === 'expired' ? 'lapsed' : v.state,
					from: v.from,
					until: v.until,
					lapsedOn: v.state === 'expired' ? v.until : null,
					unknown: null
				};
	return { ...status, label: statusLabel(status) };
}

/** The status on `on` of a region's text (the version in the corpus). */
export function regionStatus(meta: DocumentMeta, on: IsoDate): DocStatus {
	const all = versionsOf(meta);
	return documentStatus(all[0]!, on, all);
}

/** The status on `on` of every version of a region's text. */
export function versionStatuses(meta: DocumentMeta, on: IsoDate): DocStatus[] {
	const all = versionsOf(meta);
	return all.map((v) => documentStatus(v, on, all));
}

/** The in-force part of the label: "已失效（2026-11-30）". */
export function stateLabel(s: Omit<DocStatus, 'label'>): Words {
	switch (s.state) {
		case 'lapsed':
			return said(m.docstate_lapsed, { date: s.lapsedOn ?? '' });
		case 'notYetInForce':
			return said(m.docstate_not_yet, { from: s.from ?? '' });
		case 'inForce': {
			const span = s.until ? `${s.from} – ${s.until}` : `${s.from} –`;
			if (s.draft) return said(m.docstate_proposed_period, { span });
			return s.until
				? said(m.docstate_in_force_until, { until: s.until })
				: said(m.docstate_in_force_open, { from: s.from ?? '' });
		}
		case 'unknown': {
			const u = s.unknown!;
			if (u.reason === 'issueDateUnknown') return said(m.docstate_unknown_issue_date);
			if (u.reason === 'noDates') return said(m.docstate_unknown_no_dates);
			return u.asWritten
				? said(m.docstate_unknown_blank, { written: u.asWritten })
				: said(m.docstate_unknown_unset);
		}
	}
}

/** "Superseded by …" where a later version replaces the text on this date. */
export function supersededLabel(s: Omit<DocStatus, 'label'>): Words | null {
	const by = s.supersededBy;
	if (!by) return null;
	return by.on
		? said(m.docstate_superseded_on, { title: by.title, date: by.on })
		: said(m.docstate_superseded, { title: by.title });
}

function statusLabel(s: Omit<DocStatus, 'label'>): Words {
	const kinds = s.kinds.map((k): Words => KIND_LABELS[k]);
	const parts: Words[] = [
		...(kinds.length ? [kinds.reduce((a, b) => said(m.docstate_kinds, { a, b }))] : []),
		stateLabel(s),
		...(s.supersededBy ? [supersededLabel(s)!] : [])
	];
	return parts.reduce((a, b) => said(m.docstate_parts, { a, b }));
}

/**
 * What a reader must be told when a tool applies this text on this date, the most serious first: replaced by
 * another version, lapsed, not yet in force, a draft for comments, validity unknown; null when it is in force.
 */
export type StatusCaveat = 'superseded' | 'lapsed' | 'notYetInForce' | 'draft' | 'unknown';

export function statusCaveat(s: DocStatus): StatusCaveat | null {
	if (s.supersededBy) return 'superseded';
	if (s.state === 'lapsed') return 'lapsed';
	if (s.state === 'notYetInForce') return 'notYetInForce';
	if (s.draft) return 'draft';
	if (s.state === 'unknown') return 'unknown';
	return null;
}

// ——— Dates against the regulation's validity ———

/** An agreement's dates against the regulation's (the timeline's codes). */
export type AgreementWarningCode =
	'startsBeforeRegulation' | 'regulationExpiredAtStart' | 'outlivesRegulation' | 'regulationEndUnknown';

export type ValidityWarningCode = AgreementWarningCode | 'journeyAfterLapse' | 'journeyBeforeInForce';

export interface ValidityWarning<C extends ValidityWarningCode = ValidityWarningCode> {
	code: C;
	message: Words;
	/** The validity clauses. */
	citations: ClauseId[];
}

/** Why the regulation's last day cannot be computed, where it runs N years from a date the text leaves blank. */
export function unknownEndReason(rule: ValidityRule): Words | null {
	if (validityWindow(rule)) return null;
	if (rule.kind === 'yearsFromIssue') return said(m.docstate_end_from_issue, { years: rule.years });
	if (rule.kind === 'yearsFromEffective')
		return said(m.docstate_end_from_effective, { years: rule.years, written: rule.asWritten });
	return null;
}

/**
 * An agreement running from `start` (its first day) to `end` (its last day, null where unknown) against the
 * regulation's validity: signed before it is in force, after it lapsed, or outliving it. A text with no end
 * (or no dates at all) gives nothing to flag; one whose end cannot be computed says so.
 */
export function agreementWarnings(
	rule: ValidityRule,
	start: IsoDate,
	end: IsoDate | null
): ValidityWarning<AgreementWarningCode>[] {
	const citations = [...rule.citations];
	const w = validityWindow(rule);
	if (!w) {
		const reason = unknownEndReason(rule);
		return reason && end
			? [
					{
						code: 'regulationEndUnknown',
						message: said(m.docstate_outlives_unknown, { reason }),
						citations
					}
				]
			: [];
	}
	const out: ValidityWarning<AgreementWarningCode>[] = [];
	if (start < w.from)
		out.push({
			code: 'startsBeforeRegulation',
			message: said(m.docstate_starts_before, { start, from: w.from }),
			citations
		});
	if (!w.until) return out;
	if (start > w.until)
		out.push({
			code: 'regulationExpiredAtStart',
			message: said(m.docstate_expired_at_start, { start, until: w.until }),
			citations
		});
	else if (end && end > w.until)
		out.push({
			code: 'outlivesRegulation',
			message: said(m.docstate_outlives, { end, until: w.until }),
			citations
		});
	return out;
}

/** A simulated journey from `start`, with the agreement terms it signed, against the regulation's validity. */
export function journeyWarnings(
	rule: ValidityRule,
	journey: { start: IsoDate; terms: readonly { start: IsoDate; end: IsoDate }[] }
): ValidityWarning[] {
	const citations = [...rule.citations];
	const w = validityWindow(rule);
	const out: ValidityWarning[] = [];
	if (w && w.until && journey.start > w.until)
		out.push({
			code: 'journeyAfterLapse',
			message: said(m.docstate_journey_after_lapse, { start: journey.start, until: w.until }),
			citations
		});
	else if (w && journey.start < w.from)
		out.push({
			code: 'journeyBeforeInForce',
			message: said(m.docstate_journey_before, { start: journey.start, from: w.from }),
			citations
		});
	for (const t of journey.terms)
		for (const x of agreementWarnings(rule, t.start, t.end))
			// a renewed term whose end is as unknown as the first's says nothing new
			if (!out.some((y) => y.code === x.code && wordsIn(y.message, 'en') === wordsIn(x.message, 'en')))
				out.push(x);
	return out;
}

/** A simulated run's warnings: its dates against the regulation's validity, then the journey's own notices. */
export interface RunWarning {
	/** A ValidityWarningCode, or "calendarNotCovered" for the journey's own (holiday calendar) notices. */
	code: ValidityWarningCode | 'calendarNotCovered';
	message: Words;
	citations: ClauseId[];
}

/** One list for the simulator and the scenario runner, from the run's start, its terms and its own notices. */
export function runWarnings(
	rule: ValidityRule,
	run: {
		start: IsoDate;
		terms: readonly { start: IsoDate; end: IsoDate }[];
		warnings: readonly Words[];
	}
): RunWarning[] {
	return [
		...journeyWarnings(rule, run),
		...run.warnings.map((message) => ({ code: 'calendarNotCovered' as const, message, citations: [] }))
	];
}
