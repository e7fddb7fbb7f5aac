// Quizzes generated from the rule profiles, so they stay right when the data changes. The answer key is
// computed: a question is asked only when exactly one region holds the value; values the text leaves
// unspecified never count, and nothing is guessed.
// Words: the questions and the explanation's frame are the app's own sentences (Paraglide `quiz_say_*`, named
// here, said when shown); what they are filled with is law-derived and stays a {zh, en} pair — a region's name
// (the options), a rule's summary, a dimension option's label, a qualifier word (原则上 …).

import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import type {
	DatedValue,
	DimensionId,
	IsoDate,
	Localized,
	Qualifier,
	RegionId,
	RegionProfile
} from '$lib/regions/types';
import { todayInChina } from '$lib/rules/dates';
import { profileValueOn } from '$lib/rules/in-force';
import { QUALIFIER_LABELS, qualifierWord } from '$lib/rules/format';
import { qualifiedRef } from '$lib/regions/citation';
import type { ShownChoiceQuiz } from './types';
import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';

export interface GeneratedQuiz extends ShownChoiceQuiz {
	id: string;
	/** The dimension the answer is computed from. */
	dimension: DimensionId;
}

/** The value in force on `asOf` (the shared rule, `$lib/rules/in-force`). */
export const valueOn = profileValueOn;

interface Template {
	dimension: DimensionId;
	/** A key per region (undefined: the region does not count); the question for a key held by one region. */
	key: (v: DatedValue) => string | undefined;
	question: (key: string) => Words | undefined;
}

const cadenceOptions = DIMENSIONS.find((d) => d.id === 'reporting.operatorCadence')?.options ?? [];

const numberKey = (v: DatedValue) => (v.value.kind === 'number' ? String(v.value.value) : undefined);

const TEMPLATES: Template[] = [
	{
		dimension: 'reporting.operatorCadence',
		key: (v) => (v.value.kind === 'enum' ? v.value.value : undefined),
		question: (k) => {
			const special: Record<string, Words> = {
				quarterlyPlusAnnualSummary: said(m.quiz_say_cadence_quarterly),
				halfYearly: said(m.quiz_say_cadence_half_yearly),
				annual: said(m.quiz_say_cadence_annual)
			};
			if (special[k]) return special[k];
			const o = cadenceOptions.find((x) => x.value === k);
			return o ? said(m.quiz_say_cadence_other, { cadence: o.label }) : undefined;
		}
	},
	{
		dimension: 'term.maxMonths',
		key: (v) => (v.value.kind === 'number' && v.qualifier ? v.qualifier : undefined),
		question: (k) => {
			if (!QUALIFIER_LABELS[k as Qualifier]) return undefined;
			const w = qualifierWord(k as Qualifier);
			// English quotes the Chinese word beside its translation: `qualifier_zh` is the pair's Chinese half
			return said(m.quiz_say_term_qualified, { qualifier: w, qualifier_zh: w.zh });
		}
	},
	{
		dimension: 'renewal.deadlineMonthsBeforeExpiry',
		key: numberKey,
		question: (k) => said(m.quiz_say_renewal_deadline, { months: k })
	},
	{
		dimension: 'renewal.windowOpensMonthsBeforeExpiry',
		key: numberKey,
		question: (k) => said(m.quiz_say_renewal_window, { months: k })
	},
	{
		dimension: 'eligibility.incidentLookbackYears',
		key: (v) => (v.value.kind === 'unlimited' ? 'unlimited' : numberKey(v)),
		question: (k) =>
			k === 'unlimited' ? said(m.quiz_say_incident_never) : said(m.quiz_say_incident_years, { years: k })
	}
];

/**
 * Generate quizzes from the given profiles (as of a date). Options are the regions given; each question's
 * answer is the only region whose value matches; questions with no unique answer are skipped.
 */
export function generateQuizzes(
	profiles: readonly RegionProfile[],
	names: Record<RegionId, Localized>,
	asOf: IsoDate
): GeneratedQuiz[] {
	const options = profiles.map((p) => ({
		id: p.region,
		text: names[p.region] ?? { zh: p.region, en: p.region },
		value: p.region
	}));
	const out: GeneratedQuiz[] = [];
	for (const t of TEMPLATES) {
		const byKey = new Map<string, { region: RegionId; value: DatedValue }[]>();
		for (const p of profiles) {
			const v = valueOn(p, t.dimension, asOf);
			if (!v || v.value.kind === 'notSpecified') continue;
			const k = t.key(v);
			if (k === undefined) continue;
			byKey.set(k, [...(byKey.get(k) ?? []), { region: p.region, value: v }]);
		}
		for (const [k, holders] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
			if (holders.length !== 1) continue;
			const question = t.question(k);
			if (!question) continue;
			const { region, value } = holders[0]!;
			const name = names[region] ?? { zh: region, en: region };
			out.push({
				id: `${t.dimension}=${k}`,
				dimension: t.dimension,
				kind: 'choice',
				question,
				options,
				answer: region,
				explanation: said(m.quiz_say_explanation, { region: name, summary: value.summary }),
				citations: value.citations.map((c) => qualifiedRef(region, c)),
				basis:
					value.value.kind === 'unlimited'
						? { dimension: t.dimension, equals: 'unlimited' }
						: { dimension: t.dimension, equals: k }
			});
		}
	}
	return out;
}

/** Generated quizzes over every region's profile, in force on `asOf` (default: today in China). */
export async function loadGeneratedQuizzes(asOf: IsoDate = todayInChina()) {
	const profiles = await loadAllProfiles();
	const names = Object.fromEntries(regions.map((r) => [r.id, r.name]));
	return generateQuizzes(profiles, names, asOf);
}
