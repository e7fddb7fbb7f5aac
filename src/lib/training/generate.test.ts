import { describe, expect, it } from 'vitest';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import type { DatedValue, DimensionId, Qualifier, RegionProfile } from '$lib/regions/types';
import { generateQuizzes, loadGeneratedQuizzes, valueOn } from './generate';
import { qualifierWord } from '$lib/rules/format';
import { resolveClause } from './types';
import { wordsIn } from '$lib/rules/words';

const AS_OF = '2025-06-01';

/** Independent recomputation: the regions whose current value matches, read straight from the profile. */
function holders(profiles: RegionProfile[], dim: DimensionId, pred: (v: DatedValue) => boolean) {
	return profiles
		.filter((p) => {
			const vs = (p.values[dim] ?? []).filter((v) => v.from === null || v.from <= AS_OF);
			const v = vs.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).at(-1);
			return v !== undefined && v.value.kind !== 'notSpecified' && pred(v);
		})
		.map((p) => p.region);
}

describe('generated quizzes', async () => {
	const profiles = await loadAllProfiles();
	const names = Object.fromEntries(regions.map((r) => [r.id, r.name]));
	const quizzes = generateQuizzes(profiles, names, AS_OF);

	it('generates the expected questions', () => {
		expect(quizzes.length).toBeGreaterThanOrEqual(4);
		const byId = Object.fromEntries(quizzes.map((q) => [q.id, q.answer]));
		const quarterly = holders(
			profiles,
			'reporting.operatorCadence',
			(v) => v.value.kind === 'enum' && v.value.value === 'quarterlyPlusAnnualSummary'
		);
		if (quarterly.length === 1)
			expect(byId['reporting.operatorCadence=quarterlyPlusAnnualSummary']).toBe(quarterly[0]);
		const generally = holders(profiles, 'term.maxMonths', (v) => v.qualifier === 'generally');
		if (generally.length === 1) expect(byId['term.maxMonths=generally']).toBe(generally[0]);
		const three = holders(
			profiles,
			'renewal.deadlineMonthsBeforeExpiry',
			(v) => v.value.kind === 'number' && v.value.value === 3
		);
		if (three.length === 1) expect(byId['renewal.deadlineMonthsBeforeExpiry=3']).toBe(three[0]);
		const never = holders(profiles, 'eligibility.incidentLookbackYears', (v) => v.value.kind === 'unlimited');
		if (never.length === 1) expect(byId['eligibility.incidentLookbackYears=unlimited']).toBe(never[0]);
		// With the five texts each of these is unique; another region may share one (then it is not asked).
		expect([quarterly, generally, three, never].some((h) => h.length === 1)).toBe(true);
	});

	it('asks only questions with exactly one matching region, recomputed independently', () => {
		for (const q of quizzes) {
			const b = q.basis;
			if (!b || !('equals' in b)) throw new Error(`${q.id}: no equals basis`);
			const match = holders(profiles, q.dimension, (v) => {
				if (q.dimension === 'term.maxMonths') return v.value.kind === 'number' && v.qualifier === b.equals;
				if (v.value.kind === 'unlimited') return b.equals === 'unlimited';
				if (v.value.kind === 'number') return String(v.value.value) === String(b.equals);
				if (v.value.kind === 'enum') return v.value.value === b.equals;
				return false;
			});
			expect(match, q.id).toEqual([q.answer]);
			expect(q.options.map((o) => o.id)).toContain(q.answer);
		}
	});

	it('skips questions whose answer is not unique (term cap qualified by 原则上: Henan and Yingkou)', () => {
		const inPrinciple = holders(profiles, 'term.maxMonths', (v) => v.qualifier === 'inPrinciple');
		expect(quizzes.some((q) => q.id === 'term.maxMonths=inPrinciple')).toBe(inPrinciple.length === 1);
		const cadence36 = holders(
			profiles,
			'term.maxMonths',
			(v) => v.value.kind === 'number' && v.value.value === 36
		);
		expect(cadence36.length).toBeGreaterThan(1);
	});

	it('never counts an unspecified value and drops a region when its value changes', () => {
		const changed = profiles.map((p) =>
			p.region === 'taian'
				? {
						...p,
						values: {
							...p.values,
							'reporting.operatorCadence': [
								{
									...p.values['reporting.operatorCadence']![0]!,
									value: { kind: 'enum' as const, value: 'quarterlyPlusAnnualSummary' }
								}
							]
						}
					}
				: p
		);
		const again = generateQuizzes(changed, names, AS_OF);
		expect(again.some((q) => q.id === 'reporting.operatorCadence=quarterlyPlusAnnualSummary')).toBe(false);
		expect(again.some((q) => q.id === 'reporting.operatorCadence=halfYearly')).toBe(false);
	});

	it('cites clauses that exist, in zh and en', async () => {
		for (const q of quizzes) {
			expect(q.citations.length, q.id).toBeGreaterThan(0);
			for (const ref of q.citations) {
				const { region, clause } = resolveClause(ref, null);
				expect(
					(await loadCorpus(region)).clauses.some((c) => c.id === clause),
					ref
				).toBe(true);
			}
			for (const t of [q.question, q.explanation, ...q.options.map((o) => o.text)]) {
				expect(wordsIn(t, 'zh-CN'), q.id).toMatch(/[\u4e00-\u9fff]/);
				expect(wordsIn(t, 'en').length, q.id).toBeGreaterThan(0);
			}
		}
	});

	it('says the questions and the explanation in each language, filled with the law-derived words', () => {
		const q = quizzes.find((x) => x.id === 'renewal.deadlineMonthsBeforeExpiry=3');
		if (q) {
			expect(wordsIn(q.question, 'zh-CN')).toBe('哪一地要求至少在届满前3个月重新申请？');
			expect(wordsIn(q.question, 'en')).toBe(
				'Which region requires reapplying at least 3 months before expiry?'
			);
		}
		const qualified = quizzes.find((x) => x.dimension === 'term.maxMonths');
		if (qualified) {
			const w = qualifierWord(qualified.id.split('=')[1] as Qualifier);
			expect(wordsIn(qualified.question, 'zh-CN')).toBe(`哪一地的期限上限以“${w.zh}”限定？`);
			expect(wordsIn(qualified.question, 'en')).toBe(
				`Which region’s term cap is qualified by “${w.en}” (${w.zh})?`
			);
		}
		expect(q ?? qualified, 'at least one of the two is asked with the five texts').toBeDefined();
		for (const x of quizzes) {
			const region = regions.find((r) => r.id === x.answer)!;
			const summary = valueOn(
				profiles.find((p) => p.region === x.answer)!,
				x.dimension,
				AS_OF
			)!.summary;
			expect(wordsIn(x.explanation, 'zh-CN'), x.id).toBe(`${region.name.zh}：${summary.zh}`);
			expect(wordsIn(x.explanation, 'en'), x.id).toBe(`${region.name.en}: ${summary.en}`);
		}
	});

	it('loads from the registry', async () => {
		expect((await loadGeneratedQuizzes(AS_OF)).map((q) => q.id)).toEqual(quizzes.map((q) => q.id));
	});
});
