// Starting a draft: a copy of one region's text and rule profile (what a drafter usually does), or blank —
// which, given the national framework's profile, starts from the national values (citing the national texts).
// Either way it is a draft for comments whose dates are its own.
// The {zh, en} pairs written here are the draft's data (its values' summaries, the operator's term in its
// text), stored with it and shown as its rules are: law-derived words, not the app's own.

import { DIMENSIONS } from '$lib/regions/dimensions';
import { qualifiedRef } from '$lib/regions/citation';
import { NOT_SPECIFIED } from '$lib/rules/format';
import type {
	ByDimension,
	DatedValue,
	DocumentStatus,
	RegionDetails,
	RegionId,
	RegionMeta,
	RegionProfile
} from '$lib/regions/types';
import { DRAFT_FORMAT, type Draft } from './types';

const silent = (): DatedValue[] => [
	{ from: null, value: { kind: 'notSpecified' }, summary: { ...NOT_SPECIFIED }, citations: [] }
];

/**
 * A value list for every dimension of the catalogue: "not specified" throughout, or, given a starting
 * profile (the national framework's), its latest value of each dimension, applying from the draft's own entry
 * into force and citing the start's clauses by qualified refs ("nationalSpec:art-14-2").
 */
export function blankValues(start?: RegionProfile): ByDimension<DatedValue[]> {
	return Object.fromEntries(
		DIMENSIONS.map((d) => {
			const values = start?.values[d.id] ?? [];
			const latest = values[values.length - 1];
			if (!latest || !start) return [d.id, silent()];
			const copy = structuredClone(latest);
			copy.from = null;
			copy.citations = copy.citations.map((c) => qualifiedRef(start.region, c));
			return [d.id, [copy]];
		})
	);
}

/**
 * A blank draft: no text, simulated on `procedure`'s journey if given. Every dimension "not specified", or,
 * with `start` (the national framework's profile), the national values to revise from.
 */
export function blankDraft(
	title: string,
	name: string,
	procedure: RegionId | null = null,
	start?: RegionProfile
): Draft {
	return {
		format: DRAFT_FORMAT,
		title,
		name,
		level: 'city',
		status: ['draft'],
		base: null,
		procedure,
		source: '',
		parse: { scheme: 'articles' },
		values: blankValues(start),
		clauseTexts: {},
		notes: '',
		operatorTerm: { zh: '授权运营单位', en: 'authorized operator' }
	};
}

const DATE_DIMENSIONS = ['regulation.validFrom', 'regulation.validUntil'] as const;

/**
 * A draft is a draft, whatever it was cloned from: its status says so (征求意见稿 added to the base's kinds),
 * and its own dates of entry into force and expiry start blank ("to be set"), still citing the clause that
 * will hold them, so a draft cloned from a lapsed text does not show as lapsed. The period of validity in
 * years, a rule rather than a date, is kept.
 */
function asDraft(meta: RegionMeta, values: ByDimension<DatedValue[]>): DocumentStatus[] {
	for (const d of DATE_DIMENSIONS)
		values[d] = (values[d] ?? []).map((v) =>
			v.value.kind === 'date' && v.value.value !== null
				? {
						from: v.from,
						value: { kind: 'date', value: null },
						summary: {
							zh: `草案待定（起草基础${meta.name.zh}：${v.summary.zh}）`,
							en: `To be set in the draft (${meta.name.en}, its base: ${v.summary.en})`
						},
						citations: [...v.citations]
					}
				: v
		);
	const status: DocumentStatus[] = meta.status.includes('draft')
		? [...meta.status]
		: ['draft', ...meta.status];
	values['regulation.status'] = (values['regulation.status'] ?? []).map((v) =>
		v.value.kind === 'list' && !v.value.value.includes('draft')
			? {
					...v,
					value: { kind: 'list', value: ['draft', ...v.value.value] },
					summary: { zh: `征求意见稿；${v.summary.zh}`, en: `Draft for comments; ${v.summary.en}` }
				}
			: v
	);
	return status;
}

/**
 * A draft that starts as a copy of a region: its text (so every citation resolves in the draft's own
 * clauses), its parser options, its values and its procedure; a draft, with its own dates blank (asDraft).
 * `hasJourney`: whether the region can be simulated.
 */
export function cloneRegion(
	meta: RegionDetails,
	profile: RegionProfile,
	source: string,
	opts: { title?: string; name?: string; hasJourney?: boolean } = {}
): Draft {
	const values = structuredClone(profile.values);
	for (const d of DIMENSIONS) values[d.id] ??= silent();
	const status = asDraft(meta, values);
	return {
		format: DRAFT_FORMAT,
		title: opts.title ?? meta.title.zh,
		name: opts.name ?? meta.name.zh,
		level: meta.level,
		status,
		base: meta.id,
		procedure: opts.hasJourney === false ? null : meta.id,
		source,
		parse: { ...meta.parse },
		values,
		clauseTexts: {},
		notes: '',
		operatorTerm: { ...meta.operatorTerm }
	};
}
