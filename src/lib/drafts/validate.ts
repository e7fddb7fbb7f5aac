// Checking a draft before it is simulated or put on a timeline: errors for values no regulation could hold
// (they keep the draft out of the simulator and the timelines), warnings for what a reader would miss —
// among them, given the national framework, every value that conflicts with it, citing both sides' clauses.
// Pure: no DOM, no Svelte, no storage.

import { indexCorpus } from '$lib/corpus/corpus';
import { valueInForce } from '$lib/rules/in-force';
import { DIMENSIONS, isDimensionId } from '$lib/regions/dimensions';
import type {
	Corpus,
	DatedValue,
	Dimension,
	DimensionId,
	IsoDate,
	Localized,
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

const UNIT_WORDS: Record<NonNullable<Dimension['unit']>, Localized> = {
	months: { zh: '月数', en: 'months' },
	years: { zh: '年数', en: 'years' },
	days: { zh: '天数', en: 'days' },
	workingDays: { zh: '工作日数', en: 'working days' }
};

const KIND_WORDS: Record<RuleValue['kind'], Localized> = {
	notSpecified: { zh: '未规定', en: 'not specified' },
	unlimited: { zh: '不设限', en: 'unlimited' },
	number: { zh: '数值', en: 'a number' },
	enum: { zh: '选项', en: 'an option' },
	boolean: { zh: '是/否', en: 'yes/no' },
	list: { zh: '清单', en: 'a list' },
	text: { zh: '文字', en: 'text' },
	date: { zh: '日期', en: 'a date' }
};

const name = (id: DimensionId): Localized => {
	const d = BY_ID.get(id);
	return d ? { zh: `「${d.label.zh}」`, en: `"${d.label.en}"` } : { zh: `「${id}」`, en: `"${id}"` };
};

/** "（自 2026-01-01 起）" for a dated value, so two values of one dimension can be told apart. */
const when = (v: DatedValue): Localized =>
	v.from === null ? { zh: '', en: '' } : { zh: `（自 ${v.from} 起）`, en: ` (from ${v.from})` };

export function validateDraft(draft: Draft, opts: ValidateOptions = {}): DraftIssue[] {
	const issues: DraftIssue[] = [];
	const add = (
		severity: Severity,
		code: IssueCode,
		message: Localized,
		dimension?: DraftIssue['dimension']
	) => issues.push(dimension ? { severity, code, dimension, message } : { severity, code, message });

	if (!draft.title.trim())
		add('error', 'emptyTitle', { zh: '草案没有标题。', en: 'The draft has no title.' });

	let corpus = opts.corpus;
	let parseError = opts.corpus ? (opts.parseError ?? null) : null;
	if (!corpus) {
		const parsed = parseDraft(draft, SELF);
		corpus = parsed.corpus;
		if (!parsed.ok) parseError = parsed.error;
	}
	if (parseError)
		add('error', 'parseFailed', {
			zh: `草案文本无法拆分为条款：${parseError}`,
			en: `The draft's text does not split into clauses: ${parseError}`
		});
	// With the text unparsed every citation would be flagged; the one error above says why.
	const clauseIds = parseError ? null : new Set(indexCorpus(corpus).keys());

	for (const id of Object.keys(draft.values))
		if (!isDimensionId(id))
			add(
				'error',
				'unknownDimension',
				{ zh: `未知的维度 ${id}。`, en: `Unknown dimension ${id}.` },
				id as UnknownDimension
			);

	for (const dim of DIMENSIONS) {
		const values = draft.values[dim.id] ?? [];
		const n = name(dim.id);
		if (values.length === 0) {
			add(
				'error',
				'missingDimension',
				{ zh: `${n.zh}没有取值（可选“未规定”）。`, en: `${n.en} has no value (it may be "not specified").` },
				dim.id
			);
			continue;
		}
		const froms = new Set<string | null>();
		for (const v of values) {
			const at = when(v);
			checkValue(dim, v, at, add);
			if (v.from !== null && !parseIsoDate(v.from))
				add(
					'error',
					'invalidDate',
					{
						zh: `${n.zh}的起始日期 ${v.from} 不是有效日期。`,
						en: `${n.en} applies from ${v.from}, which is not a calendar date.`
					},
					dim.id
				);
			if (froms.has(v.from))
				add(
					'warning',
					'duplicateFrom',
					{
						zh: `${n.zh}有两个取值同时${v.from === null ? '自施行之日起' : `自 ${v.from} 起`}适用。`,
						en: `${n.en} has two values that both apply ${v.from === null ? 'from entry into force' : `from ${v.from}`}.`
					},
					dim.id
				);
			froms.add(v.from);
			if (v.value.kind !== 'notSpecified' && v.citations.length === 0)
				add(
					'warning',
					'uncited',
					{
						zh: `${n.zh}${at.zh}的取值没有引用条款。`,
						en: `${n.en}${at.en} cites no clause.`
					},
					dim.id
				);
			if (clauseIds)
				for (const c of v.citations)
					// a national document's clause ("nationalSpec:art-14-2") is read in that document, not the draft
					if (isQualified(c) ? !isNationalDocument(splitRef(c).region ?? '') : !clauseIds.has(c))
						add(
							'warning',
							'unresolvedCitation',
							{
								zh: `${n.zh}${at.zh}引用的条款 ${c} 不在草案文本中。`,
								en: `${n.en}${at.en} cites ${c}, which is not a clause of the draft's text.`
							},
							dim.id
						);
			if (!v.summary.zh.trim() && !v.summary.en.trim())
				add(
					'warning',
					'emptySummary',
					{ zh: `${n.zh}${at.zh}没有摘要。`, en: `${n.en}${at.en} has no summary.` },
					dim.id
				);
			else if (summaryContradicts(dim, v))
				add(
					'warning',
					'summaryContradicts',
					{
						zh: `${n.zh}${at.zh}的摘要“${v.summary.zh}”与取值（${formatValue(dim, v).zh}）不符。`,
						en: `${n.en}${at.en}: the summary “${v.summary.en || v.summary.zh}” does not match the value (${formatValue(dim, v).en}).`
					},
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
		add('error', 'unknownProcedure', {
			zh: `草案沿用 ${draft.procedure} 的流程，但本应用中没有这一地区的流程，无法模拟；请在“基本信息”中另选一个。`,
			en: `The draft borrows the procedure of ${draft.procedure}, which this app does not hold, so it cannot be simulated; choose another under Details.`
		});
	if (draft.base !== null && !regions.known.includes(draft.base))
		add('warning', 'unknownBase', {
			zh: `草案由 ${draft.base} 的文本复制而来，但本应用中没有这一文本，无法列出改动。`,
			en: `The draft was cloned from ${draft.base}, which this app does not hold, so its changes cannot be listed.`
		});
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
	for (const m of marks) {
		if (m.relation !== 'conflicts' && m.relation !== 'unjudged') continue;
		const n = name(m.dimension);
		const ours =
			m.regional
				.map((c) => {
					const q = citedClause(SELF, c);
					return q.region === SELF ? q.id : c;
				})
				.join('、') || '—';
		const theirs = m.national.join('、') || '—';
		if (m.relation === 'conflicts')
			add(
				'warning',
				'conflictsWithNational',
				{
					zh: `${n.zh}与国家框架冲突：${m.reason.zh}（草案：${ours}；国家：${theirs}）`,
					en: `${n.en} conflicts with the national framework: ${m.reason.en} (draft: ${ours}; national: ${theirs})`
				},
				m.dimension
			);
		else
			add(
				'warning',
				'uncheckedAgainstNational',
				{
					zh: `${n.zh}与国家框架不同，须人工判断是否相合（草案：${ours}；国家：${theirs}）。`,
					en: `${n.en} differs from the national framework; whether it conforms must be judged by a reader (draft: ${ours}; national: ${theirs}).`
				},
				m.dimension
			);
	}
}

type Add = (severity: Severity, code: IssueCode, message: Localized, dimension?: DimensionId) => void;

function checkValue(dim: Dimension, v: DatedValue, at: Localized, add: Add): void {
	const n = name(dim.id);
	const value = v.value;
	const mismatch = typeMismatch(dim, value);
	if (mismatch === 'kind') {
		add(
			'error',
			'kindMismatch',
			{
				zh: `${n.zh}${at.zh}的取值应为${KIND_WORDS[dim.type].zh}，而不是${KIND_WORDS[value.kind].zh}。`,
				en: `${n.en}${at.en} takes ${KIND_WORDS[dim.type].en}, not ${KIND_WORDS[value.kind].en}.`
			},
			dim.id
		);
		return;
	}
	if (mismatch === 'option') {
		const codes = value.kind === 'enum' ? [value.value] : value.kind === 'list' ? value.value : [];
		const bad = codes.filter((c) => !dim.options?.some((o) => o.value === c)).join(', ');
		add(
			'error',
			'unknownOption',
			{ zh: `${n.zh}${at.zh}不认识的选项：${bad}。`, en: `${n.en}${at.en}: unknown option ${bad}.` },
			dim.id
		);
		return;
	}
	if (value.kind === 'date' && value.value !== null && !parseIsoDate(value.value))
		add(
			'error',
			'invalidDate',
			{
				zh: `${n.zh}${at.zh}的日期 ${value.value} 不是有效日期。`,
				en: `${n.en}${at.en}: ${value.value} is not a calendar date.`
			},
			dim.id
		);
	if (value.kind !== 'number') return;
	const x = value.value;
	if (!Number.isFinite(x)) {
		add(
			'error',
			'notFinite',
			{ zh: `${n.zh}${at.zh}不是有限的数。`, en: `${n.en}${at.en} is not a finite number.` },
			dim.id
		);
		return;
	}
	if (x < 0)
		add(
			'error',
			'negativeNumber',
			{ zh: `${n.zh}${at.zh}不能为负数（${x}）。`, en: `${n.en}${at.en} cannot be negative (${x}).` },
			dim.id
		);
	if (dim.unit && !Number.isInteger(x))
		add(
			'error',
			'notInteger',
			{
				zh: `${n.zh}${at.zh}须为整${UNIT_WORDS[dim.unit].zh}（${x}）。`,
				en: `${n.en}${at.en} must be a whole number of ${UNIT_WORDS[dim.unit].en} (${x}).`
			},
			dim.id
		);
	if (x === 0 && dim.id === 'term.maxMonths')
		add(
			'error',
			'zeroTerm',
			{ zh: `${n.zh}${at.zh}不能为 0 个月。`, en: `${n.en}${at.en} cannot be 0 months.` },
			dim.id
		);
	if (x === 0 && dim.id === 'regulation.validityYears')
		add(
			'error',
			'zeroValidity',
			{ zh: `${n.zh}${at.zh}不能为 0 年。`, en: `${n.en}${at.en} cannot be 0 years.` },
			dim.id
		);
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
		const n = name(dim);
		const t = name(termDim);
		add(
			'error',
			code,
			{
				zh: `${n.zh}（${months} 个月）不短于${t.zh}（${term} 个月）。`,
				en: `${n.en} (${months} months) is not shorter than the ${t.en} (${term} months).`
			},
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
			{
				zh: `有效期至 ${until} 早于施行日期 ${from}。`,
				en: `In force until ${until}, before it comes into force on ${from}.`
			},
			'regulation.validUntil'
		);
	}
}

/** Whether the draft can be simulated and put on a timeline (no errors). */
export function hasErrors(issues: readonly DraftIssue[]): boolean {
	return issues.some((i) => i.severity === 'error');
}
