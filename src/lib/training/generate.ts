// Quizzes generated from the rule profiles, so they stay right when the data changes. The answer key is
// computed: a question is asked only when exactly one region holds the value; values the text leaves
// unspecified never count, and nothing is guessed.

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
import type { ChoiceQuiz } from './types';

export interface GeneratedQuiz extends ChoiceQuiz {
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
	question: (key: string) => Localized | undefined;
}

const cadenceOptions = DIMENSIONS.find((d) => d.id === 'reporting.operatorCadence')?.options ?? [];

const numberKey = (v: DatedValue) => (v.value.kind === 'number' ? String(v.value.value) : undefined);

const TEMPLATES: Template[] = [
	{
		dimension: 'reporting.operatorCadence',
		key: (v) => (v.value.kind === 'enum' ? v.value.value : undefined),
		question: (k) => {
			const special: Record<string, Localized> = {
				quarterlyPlusAnnualSummary: {
					zh: '哪一地的运营报告每季度报送？',
					en: 'In which region are operation reports due every quarter?'
				},
				halfYearly: {
					zh: '哪一地的运营报告每半年报送？',
					en: 'In which region are operation reports due every six months?'
				},
				annual: {
					zh: '哪一地的运营报告每年报送？',
					en: 'In which region are operation reports due every year?'
				}
			};
			if (special[k]) return special[k];
			const o = cadenceOptions.find((x) => x.value === k);
			return o
				? {
						zh: `哪一地的运营报告频次为“${o.label.zh}”？`,
						en: `In which region is the operation-report cadence “${o.label.en}”?`
					}
				: undefined;
		}
	},
	{
		dimension: 'term.maxMonths',
		key: (v) => (v.value.kind === 'number' && v.qualifier ? v.qualifier : undefined),
		question: (k) => {
			if (!QUALIFIER_LABELS[k as Qualifier]) return undefined;
			const w = qualifierWord(k as Qualifier);
			return {
				zh: `哪一地的期限上限以“${w.zh}”限定？`,
				en: `Which region’s term cap is qualified by “${w.en}” (${w.zh})?`
			};
		}
	},
	{
		dimension: 'renewal.deadlineMonthsBeforeExpiry',
		key: numberKey,
		question: (k) => ({
			zh: `哪一地要求至少在届满前${k}个月重新申请？`,
			en: `Which region requires reapplying at least ${k} months before expiry?`
		})
	},
	{
		dimension: 'renewal.windowOpensMonthsBeforeExpiry',
		key: numberKey,
		question: (k) => ({
			zh: `哪一地的重新申请窗口在届满前${k}个月开启？`,
			en: `Where does the reapplication window open ${k} months before expiry?`
		})
	},
	{
		dimension: 'eligibility.incidentLookbackYears',
		key: (v) => (v.value.kind === 'unlimited' ? 'unlimited' : numberKey(v)),
		question: (k) =>
			k === 'unlimited'
				? {
						zh: '哪一地要求申请人从未发生过重大数据安全事件？',
						en: 'Where must an applicant never have had a major data-security incident?'
					}
				: {
						zh: `哪一地要求申请人近${k}年未发生安全事件？`,
						en: `Where must an applicant have had no security incident in the last ${k} years?`
					}
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
				explanation: {
					zh: `${name.zh}：${value.summary.zh}`,
					en: `${name.en}: ${value.summary.en}`
				},
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
