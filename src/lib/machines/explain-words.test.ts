// Nothing internal reaches a reader: every state path, event id, delayed-event name and outcome id the
// simulator can show has words in both languages.

import { wordsIn, type Words } from '$lib/rules/words';
import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { diagramOf } from './diagram';
import { eventWords, outcomeWords, stateWords, EVALUATION_WORDS } from './explain';
import { outcomePaths } from './graph';
import { createJourney } from './simulator';

const INTERNAL =
	/\b[A-Z]+(_[A-Z]+)+\b|xstate\.|\b[a-z]+[A-Z]?[a-z]*\.[a-z]+[A-Za-z]*\b|(^|[:：]\s*)(pass|fail|majorRisk|applying|licensed)$/;
const clean = (words: Words) => {
	const w = { zh: wordsIn(words, 'zh-CN'), en: wordsIn(words, 'en') };
	expect(w.zh).not.toMatch(INTERNAL);
	expect(w.en).not.toMatch(INTERNAL);
	expect(w.zh.trim()).not.toBe('');
};

describe.each(['quzhou', 'taian', 'henan', 'yingkou', 'jiangsu'])('%s: words for ids', (region) => {
	test('the journey map: outcomes and every step on the way', { timeout: 60_000 }, async () => {
		const sim = await createJourney(region as never, { start: '2025-01-01' });
		const map = outcomePaths(sim.built);
		expect(Object.keys(map).length).toBeGreaterThan(1);
		for (const [outcome, events] of Object.entries(map)) {
			clean(outcomeWords(outcome));
			for (const e of events) clean(eventWords(sim.built, e));
		}
		// a deadline's XState name reads as the deadline's label
		const delayed = Object.values(map)
			.flat()
			.find((e) => e.type.startsWith('xstate.after.termExpiry'));
		if (delayed) expect(wordsIn(eventWords(sim.built, delayed), 'zh-CN')).toMatch(/期/);
		sim.stop();
	});

	test('every state in the diagram, every action offered', async () => {
		const sim = await createJourney(region as never, { start: '2025-01-01' });
		for (const n of diagramOf(sim.built).nodes) clean(stateWords(sim.built, n.path));
		for (const e of diagramOf(sim.built).edges) clean(eventWords(sim.built, e.event));
		for (const a of sim.available()) clean(a.label);
		sim.stop();
	});
});

test('an evaluation reads "合格/不合格", not pass/fail', async () => {
	const sim = await createJourney(region('yingkou'), { start: '2025-01-01' });
	expect(wordsIn(eventWords(sim.built, { type: 'EVALUATE', result: 'fail' }), 'zh-CN')).toContain(
		EVALUATION_WORDS.fail.zh
	);
	expect(wordsIn(eventWords(sim.built, { type: 'EVALUATE', result: 'pass' }), 'en')).toContain('passed');
	expect(wordsIn(eventWords(sim.built, 'deadline:termExpiry'), 'zh-CN')).not.toBe('期限届满');
	expect(outcomeWords('terminated:failedEvaluation')).toEqual({
		zh: '终止：评估不合格',
		en: 'Terminated: failed evaluation'
	});
	expect(stateWords(sim.built, 'licensed.no.such.path').zh).not.toMatch(INTERNAL);
	sim.stop();
});
