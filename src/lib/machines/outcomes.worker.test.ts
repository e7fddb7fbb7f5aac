// The outcome-map worker answers with the very map the page would walk itself: from the statechart's build inputs
// after a structured clone (what postMessage does to them), for every statechart of the registry; a bad input is
// answered with its error under the request's id, never thrown.

import { describe, expect, test } from 'vitest';
import { outcomePaths } from './graph';
import { answer } from './outcomes.worker';
import { loadBuiltJourney } from './registry';
import { statecharts } from './testing';

describe.each(statecharts.map((s) => [s.key, s.region, s.role]))('%s', (_key, region, role) => {
	test('the worker’s map from cloned inputs is the page’s map', { timeout: 60_000 }, async () => {
		const built = await loadBuiltJourney(region, role, '2026-03-02');
		const reply = answer({ id: 7, inputs: structuredClone(built.inputs) });
		expect(reply).toEqual({ id: 7, map: outcomePaths(built) });
		expect(Object.keys(outcomePaths(built)).length).toBeGreaterThan(0);
	});
});

test('an input it cannot build is answered as an error under its id', async () => {
	const built = await loadBuiltJourney(statecharts[0]!.region, statecharts[0]!.role, '2026-03-02');
	const reply = answer({ id: 3, inputs: { ...structuredClone(built.inputs), role: 'nobody' as never } });
	expect(reply).toMatchObject({ id: 3, error: expect.stringMatching(/no role "nobody"/) });
	expect('map' in reply).toBe(false);
});
