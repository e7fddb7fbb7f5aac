import { describe, expect, it } from 'vitest';
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { loadProfile } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import type { ClauseId, DatedValue } from '$lib/regions/types';
import { journeyRegionIds } from '$lib/machines/registry';
import { profileValueOn } from '$lib/rules/in-force';
import { replayWalkthrough, scoreAnswers, walkthroughs, getWalkthrough } from './run';
import { resolveClause, type Quiz, type Walkthrough } from './types';

const hasText = (x: { zh: string; en: string } | undefined) =>
	!!x && x.zh.trim().length > 0 && x.en.trim().length > 0;

const valueOn = profileValueOn;
function code(v: DatedValue | undefined): string | number | boolean | undefined {
	const r = v?.value;
	if (!r) return undefined;
	if (r.kind === 'number') return r.value;
	if (r.kind === 'enum') return r.value;
	if (r.kind === 'boolean') return r.value;
	if (r.kind === 'unlimited') return 'unlimited';
	return undefined;
}

function allClauses(w: Walkthrough): ClauseId[] {
	const quizCites = (q?: Quiz) => q?.citations ?? [];
	return w.steps.flatMap((s) => [...(s.quote ?? []), ...quizCites(s.quiz)]);
}

describe('walkthroughs', () => {
	it('has one per region with a journey, and one cross-region', () => {
		for (const r of journeyRegionIds)
			expect(
				walkthroughs.some((w) => w.region === r),
				r
			).toBe(true);
		expect(walkthroughs.some((w) => w.region === null)).toBe(true);
		expect(new Set(walkthroughs.map((w) => w.id)).size).toBe(walkthroughs.length);
		expect(getWalkthrough(walkthroughs[0]!.id)).toBe(walkthroughs[0]);
	});

	for (const w of walkthroughs) {
		describe(w.id, () => {
			it('has 10–20 steps, ≥3 quizzes, zh and en everywhere', () => {
				expect(w.steps.length).toBeGreaterThanOrEqual(10);
				expect(w.steps.length).toBeLessThanOrEqual(20);
				expect(w.steps.filter((s) => s.quiz).length).toBeGreaterThanOrEqual(3);
				expect(hasText(w.title) && hasText(w.summary)).toBe(true);
				expect(new Set(w.steps.map((s) => s.id)).size).toBe(w.steps.length);
				for (const s of w.steps) {
					expect(hasText(s.title), s.id).toBe(true);
					expect(hasText(s.narrative), s.id).toBe(true);
					if (s.notes) expect(hasText(s.notes), s.id).toBe(true);
					const q = s.quiz;
					if (!q) continue;
					expect(hasText(q.question) && hasText(q.explanation), s.id).toBe(true);
					expect(q.citations.length, s.id).toBeGreaterThan(0);
					if (q.kind === 'choice') {
						for (const o of q.options) expect(hasText(o.text), `${s.id}/${o.id}`).toBe(true);
						expect(q.options.map((o) => o.id)).toContain(q.answer);
						expect(q.basis, `${s.id}: choice quiz needs a basis`).toBeDefined();
					} else expect(q.options).toContain(q.answer);
				}
			});

			it('quotes and cites only clauses that exist', async () => {
				for (const ref of allClauses(w)) {
					const { region, clause } = resolveClause(ref, w.region);
					const corpus = await loadCorpus(region);
					expect(
						corpus.clauses.some((c) => c.id === clause),
						`${w.id}: ${ref}`
					).toBe(true);
				}
			});

			it('replays on its machine: no refused event, every expectation met', async () => {
				const r = await replayWalkthrough(w);
				const bad = r.steps.filter((s) => !s.accepted || !s.expectMet);
				expect(bad.map((s) => `${s.stepId}@${s.today}: ${s.failures.join('; ')}`)).toEqual([]);
				expect(r.ok).toBe(true);
			});

			it('every answer key agrees with the profile or the machine', async () => {
				const r = await replayWalkthrough(w);
				for (const [i, s] of w.steps.entries()) {
					const q = s.quiz;
					if (!q) continue;
					const res = r.steps[i]!;
					if (q.kind === 'next') {
						expect(res.enabledBefore, `${s.id}: answer enabled`).toContain(q.answer);
						for (const o of q.options.filter((o) => o !== q.answer))
							expect(res.enabledBefore, `${s.id}: ${o} refused`).not.toContain(o);
						continue;
					}
					const b = q.basis!;
					const answer = q.options.find((o) => o.id === q.answer)!;
					const wrong = q.options.filter((o) => o.id !== q.answer);
					if ('can' in b) {
						expect(answer.value, s.id).toBe(res.canBefore);
						for (const o of wrong) expect(o.value, s.id).not.toBe(res.canBefore);
					} else if ('region' in b) {
						const p = await loadProfile(b.region);
						const v = code(valueOn(p, b.dimension, w.start));
						expect(v, `${s.id}: ${b.dimension}`).toBeDefined();
						expect(answer.value, s.id).toBe(v);
						for (const o of wrong) expect(o.value, s.id).not.toBe(v);
					} else {
						const matches: string[] = [];
						for (const o of q.options) {
							const p = await loadProfile(regionNamed(String(o.value)));
							if (code(valueOn(p, b.dimension, w.start)) === b.equals) matches.push(String(o.value));
						}
						expect(matches, s.id).toEqual([answer.value]);
					}
				}
			});

			it('scores answers', () => {
				const right = Object.fromEntries(w.steps.filter((s) => s.quiz).map((s) => [s.id, s.quiz!.answer]));
				const sc = scoreAnswers(w, right);
				expect(sc.correct).toBe(sc.total);
				expect(scoreAnswers(w, {}).correct).toBe(0);
			});
		});
	}
});
