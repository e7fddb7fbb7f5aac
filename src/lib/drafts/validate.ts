// Checking a draft before it is simulated or put on a timeline: errors for values no regulation could hold
// (they keep the draft out of the simulator and the timelines), warnings for what a reader would miss —
// among them, given the national framework, every value that conflicts with it, citing both sides' clauses.
// Pure: no DOM, no Svelte, no storage.

import { indexCorpus } from '$lib/corpus/corpus';
import { m } from '$lib/paraglide/messages';
import { valueInForce } from '$lib/rules/in-force';
import { DIMENSIONS, isDimensionId } from '$lib/regions/dimensions';
import type {
	Corpus,
	DatedValue,
	Dimension,
	DimensionId,
	IsoDate,
	RegionMeta,
	RegionProfile,
	RuleValue
} from '$lib/regions/types';
import { parseIsoDate } from '$lib/rules/dates';
import { typeMismatch } from '$lib/rules/value-type';
import { formatValue } from '$lib/rules/format';
import { isNationalDocument } from '$lib/regions/national/framework';
import type { HandMark } from '$lib/regions/national/marks';
import { citedClause, isQualified, splitRef } from '$lib/regions/citation';
import { draftRegionId } from '$lib/rules/draft-ids';
import { said, type Said, type Words } from '$lib/rules/words';
import { effectiveDate, regionConformity } from '$lib/rules/conformity';
import { draftValidity, parseDraft } from './bundle';
import { summaryContradicts } from './summary';
import type { Draft, DraftIssue, Severity, UnknownDimension } from './types';

/** The region id a draft being checked goes by (it has no library item yet). */
const SELF = draftRegionId('x');

export interface ValidateOptions {
	/** The draft's text already split into clauses (saves parsing it again). */
	corpus?: Corpus;
	/** With `corpus`: why the text did not split, if it did not (reported as parseFailed). */
	parseError?: string | null;
	/**
	 * The national framework: its profile and the hand-judged marks, and the region the draft was cloned from
	 * (whose hand marks hold for the values the draft has not changed). Without it, no conformity check.
	 */
	national?: {
		profile: RegionProfile;
		handMarks: readonly HandMark[];
		base?: { meta: RegionMeta; profile: RegionProfile } | null;
	};
	/**
	 * The documents this app holds, and those whose procedure can be simulated: a draft's base and procedure
	 * are checked against them (a draft imported from another installation may name a region this one lacks).
	 * Without it, the references are not checked.
	 */
	regions?: { known: readonly string[]; withJourney: readonly string[] };
}

/** Issue codes, for tests and for grouping in the editor. */
export const ISSUE_CODES = {
	error: [
		'emptyTitle',
		'parseFailed',
		'unknownDimension',
		'missingDimension',
		'kindMismatch',
		'unknownOption',
		'invalidDate',
		'notFinite',
		'negativeNumber',
		'notInteger',
		'zeroTerm',
		'zeroValidity',
		'renewalExceedsTerm',
		'exitNoticeExceedsTerm',
		'validUntilBeforeFrom',
		'unknownProcedure'
	],
	warning: [
		'uncited',
		'unresolvedCitation',
		'emptySummary',
		'summaryContradicts',
		'duplicateFrom',
		'conflictsWithNational',
		'uncheckedAgainstNational',
		'unknownBase'
	]
} as const satisfies Record<Severity, readonly string[]>;

export type IssueCode = (typeof ISSUE_CODES)[Severity][number];

const BY_ID: ReadonlyMap<DimensionId, Dimension> = new Map(DIMENSIONS.map((d) => [d.id, d]));

const UNIT_WORDS: Record<NonNullable<Dimension['unit']>, Said> = {
	months: said(m.draftcheck_unit_months),
	years: said(m.draftcheck_unit_years),
	days: said(m.draftcheck_unit_days),
	workingDays: said(m.draftcheck_unit_working_days)
};

const KIND_WORDS: Record<RuleValue['kind'], Said> = {
	notSpecified: said(m.draftcheck_kind_not_specified),
	unlimited: said(m.draftcheck_kind_unlimited),
	number: said(m.draftcheck_kind_number),
	enum: said(m.draftcheck_kind_enum),
	boolean: said(m.draftcheck_kind_boolean),
	list: said(m.draftcheck_kind_list),
	text: said(m.draftcheck_kind_text),
	date: said(m.draftcheck_kind_date)
};

/** A dimension named in quotes: its label (law-derived words), or the bare id the catalogue lacks. */
const name = (id: DimensionId): Said => said(m.draftcheck_dimension, { label: BY_ID.get(id)?.label ?? id });

/** "（自 2026-01-01 起）" for a dated value, so two values of one dimension can be told apart. */
const when = (v: DatedValue): Said | string =>
	v.from === null ? '' : said(m.draftcheck_from, { from: v.from });

export function validateDraft(draft: Draft, opts: ValidateOptions = {}): DraftIssue[] {
	const issues: DraftIssue[] = [];
	const add = (severity: Severity, code: IssueCode, message: Words, dimension?: DraftIssue['dimension']) =>
		issues.push(dimension ? { severity, code, dimension, message } : { severity, code, message });

	if (!draft.title.trim()) add('error', 'emptyTitle', said(m.draftcheck_no_title));

	let corpus = opts.corpus;
	let parseError = opts.corpus ? (opts.parseError ?? null) : null;
	if (!corpus) {
		const parsed = parseDraft(draft, SELF);
		corpus = parsed.corpus;
		if (!parsed.ok) parseError = parsed.error;
	}
	if (parseError) add('error', 'parseFailed', said(m.draftcheck_parse_failed, { detail: parseError }));
	// With the text unparsed every citation would be flagged; the one error above says why.
	const clauseIds = parseError ? null : new Set(indexCorpus(corpus).keys());

	for (const id of Object.keys(draft.values))
		if (!isDimensionId(id))
			add('error', 'unknownDimension', said(m.draftcheck_unknown_dimension, { id }), id as UnknownDimension);

	for (const dim of DIMENSIONS) {
		const values = draft.values[dim.id] ?? [];
		const n = name(dim.id);
		if (values.length === 0) {
			add('error', 'missingDimension', said(m.draftcheck_missing_value, { name: n }), dim.id);
			continue;
		}
		const froms = new Set<string | null>();
		for (const v of values) {
			const at = when(v);
			checkValue(dim, v, at, add);
			if (v.from !== null && !parseIsoDate(v.from))
				add('error', 'invalidDate', said(m.draftcheck_from_invalid, { name: n, from: v.from }), dim.id);
			if (froms.has(v.from))
				add(
					'warning',
					'duplicateFrom',
					v.from === null
						? said(m.draftcheck_two_from_entry, { name: n })
						: said(m.draftcheck_two_from_date, { name: n, from: v.from }),
					dim.id
				);
			froms.add(v.from);
			if (v.value.kind !== 'notSpecified' && v.citations.length === 0)
				add('warning', 'uncited', said(m.draftcheck_uncited, { name: n, at }), dim.id);
			if (clauseIds)
				for (const c of v.citations)
					// a national document's clause ("nationalSpec:art-14-2") is read in that document, not the draft
					if (isQualified(c) ? !isNationalDocument(splitRef(c).region ?? '') : !clauseIds.has(c))
						add(
							'warning',
							'unresolvedCitation',
							said(m.draftcheck_unresolved_citation, { name: n, at, clause: c }),
							dim.id
						);
			if (!v.summary.zh.trim() && !v.summary.en.trim())
				add('warning', 'emptySummary', said(m.draftcheck_no_summary, { name: n, at }), dim.id);
			else if (summaryContradicts(dim, v))
				add(
					'warning',
					'summaryContradicts',
					said(m.draftcheck_summary_contradicts, {
						name: n,
						at,
						// the draft's own summary (law-derived words), its Chinese where it has no English
						summary: { zh: v.summary.zh, en: v.summary.en || v.summary.zh },
						value: formatValue(dim, v)
					}),
					dim.id
				);
		}
	}

	checkAgainst(draft, 'renewal.deadlineMonthsBeforeExpiry', 'term.maxMonths', 'renewalExceedsTerm', add);
	checkAgainst(draft, 'renewal.windowOpensMonthsBeforeExpiry', 'term.maxMonths', 'renewalExceedsTerm', add);
	checkAgainst(draft, 'exit.voluntaryNoticeMonths', 'term.maxMonths', 'exitNoticeExceedsTerm', add);
	checkValidityDates(draft, add);
	if (opts.regions) checkRegionReferences(draft, opts.regions, add);
	if (opts.national) checkNational(draft, opts.national, add);
	return issues;
}

/**
 * The base and the procedure must be documents of this app: without its procedure's journey a draft cannot be
 * simulated (an error, which keeps it out of the simulator), and without its base its changes are not compared
 * (a warning: the draft's own values still stand).
 */
function checkRegionReferences(
	draft: Draft,
	regions: NonNullable<ValidateOptions['regions']>,
	add: Add
): void {
	if (draft.procedure !== null && !regions.withJourney.includes(draft.procedure))
		add('error', 'unknownProcedure', said(m.draftcheck_unknown_procedure, { region: draft.procedure }));
	if (draft.base !== null && !regions.known.includes(draft.base))
		add('warning', 'unknownBase', said(m.draftcheck_unknown_base, { region: draft.base }));
}

/**
 * Every value that conflicts with the national framework (the comparison itself, whatever the draft's date),
 * and every one that differs in a way only a reader can judge; each message cites both sides' clauses.
 */
function checkNational(draft: Draft, national: NonNullable<ValidateOptions['national']>, add: Add): void {
	const profile: RegionProfile = { region: SELF, values: draft.values };
	const marks = regionConformity(DIMENSIONS, profile, {
		national: national.profile,
		handMarks: national.handMarks,
		judgedOn: national.base?.profile,
		effective: effectiveDate({ validity: draftValidity(draft, national.base ?? undefined) })
	});
	for (const mark of marks) {
		if (mark.relation !== 'conflicts' && mark.relation !== 'unjudged') continue;
		const n = name(mark.dimension);
		const ours =
			mark.regional
				.map((c) => {
					const q = citedClause(SELF, c);
					return q.region === SELF ? q.id : c;
				})
				.join('、') || '—';
		const theirs = mark.national.join('、') || '—';
		if (mark.relation === 'conflicts')
			add(
				'warning',
				'conflictsWithNational',
				said(m.draftcheck_conflicts_national, { name: n, reason: mark.reason, ours, theirs }),
				mark.dimension
			);
		else
			add(
				'warning',
				'uncheckedAgainstNational',
				said(m.draftcheck_unjudged_national, { name: n, ours, theirs }),
				mark.dimension
			);
	}
}

type Add = (severity: Severity, code: IssueCode, message: Words, dimension?: DimensionId) => void;

function checkValue(dim: Dimension, v: DatedValue, at: Said | string, add: Add): void {
	const n = name(dim.id);
	const value = v.value;
	const mismatch = typeMismatch(dim, value);
	if (mismatch === 'kind') {
		add(
			'error',
			'kindMismatch',
			said(m.draftcheck_kind_mismatch, {
				name: n,
				at,
				expected: KIND_WORDS[dim.type],
				found: KIND_WORDS[value.kind]
			}),
			dim.id
		);
		return;
	}
	if (mismatch === 'option') {
		const codes = value.kind === 'enum' ? [value.value] : value.kind === 'list' ? value.value : [];
		const bad = codes.filter((c) => !dim.options?.some((o) => o.value === c)).join(', ');
		add('error', 'unknownOption', said(m.draftcheck_unknown_option, { name: n, at, options: bad }), dim.id);
		return;
	}
	if (value.kind === 'date' && value.value !== null && !parseIsoDate(value.value))
		add('error', 'invalidDate', said(m.draftcheck_date_invalid, { name: n, at, date: value.value }), dim.id);
	if (value.kind !== 'number') return;
	const x = value.value;
	if (!Number.isFinite(x)) {
		add('error', 'notFinite', said(m.draftcheck_not_finite, { name: n, at }), dim.id);
		return;
	}
	if (x < 0) add('error', 'negativeNumber', said(m.draftcheck_negative, { name: n, at, x }), dim.id);
	if (dim.unit && !Number.isInteger(x))
		add(
			'error',
			'notInteger',
			said(m.draftcheck_not_integer, { name: n, at, unit: UNIT_WORDS[dim.unit], x }),
			dim.id
		);
	if (x === 0 && dim.id === 'term.maxMonths')
		add('error', 'zeroTerm', said(m.draftcheck_zero_term, { name: n, at }), dim.id);
	if (x === 0 && dim.id === 'regulation.validityYears')
		add('error', 'zeroValidity', said(m.draftcheck_zero_validity, { name: n, at }), dim.id);
}

/** Every date on which the value in force of one of the dimensions changes (the earliest first). */
function changeDates(draft: Draft, ...dims: DimensionId[]): IsoDate[] {
	const dates = new Set<IsoDate>(['0000-01-01']);
	for (const d of dims)
		for (const v of draft.values[d] ?? []) if (v.from !== null && parseIsoDate(v.from)) dates.add(v.from);
	return [...dates].sort();
}

/** A number of months in force on a date: null where it is not a finite number (no cap, silent, or wrong). */
function monthsOn(draft: Draft, dim: DimensionId, on: IsoDate): number | null {
	const v = valueInForce(draft.values[dim] ?? [], on)?.value;
	return v?.kind === 'number' && Number.isFinite(v.value) ? v.value : null;
}

/** A period before expiry as long as the term itself could never be met: checked wherever the two overlap. */
function checkAgainst(
	draft: Draft,
	dim: DimensionId,
	termDim: DimensionId,
	code: 'renewalExceedsTerm' | 'exitNoticeExceedsTerm',
	add: Add
): void {
	const seen = new Set<string>();
	for (const on of changeDates(draft, dim, termDim)) {
		const months = monthsOn(draft, dim, on);
		const term = monthsOn(draft, termDim, on);
		if (months === null || term === null || term <= 0 || months < term) continue;
		const key = `${months}/${term}`;
		if (seen.has(key)) continue;
		seen.add(key);
		add(
			'error',
			code,
			said(m.draftcheck_exceeds_term, { name: name(dim), months, term_name: name(termDim), term }),
			dim
		);
	}
}

function checkValidityDates(draft: Draft, add: Add): void {
	const dateOn = (dim: DimensionId, on: IsoDate): IsoDate | null => {
		const v = valueInForce(draft.values[dim] ?? [], on)?.value;
		return v?.kind === 'date' && v.value !== null && parseIsoDate(v.value) ? v.value : null;
	};
	const seen = new Set<string>();
	for (const on of changeDates(draft, 'regulation.validFrom', 'regulation.validUntil')) {
		const from = dateOn('regulation.validFrom', on);
		const until = dateOn('regulation.validUntil', on);
		if (!from || !until || until >= from || seen.has(`${from}/${until}`)) continue;
		seen.add(`${from}/${until}`);
		add(
			'error',
			'validUntilBeforeFrom',
			said(m.draftcheck_until_before_from, { until, from }),
			'regulation.validUntil'
		);
	}
}

/** Whether the draft can be simulated and put on a timeline (no errors). */
export function hasErrors(issues: readonly DraftIssue[]): boolean {
	return issues.some((i) => i.severity === 'error');
}
