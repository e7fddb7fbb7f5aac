// A saved item's payload is checked for its kind when opened: a real run and a real course's progress
// read back; a payload of the wrong shape, with a prototype key or for another kind is refused with the
// field and the reason. A saved run whose rules no longer replay it says so (replaySavedRun: 'changed').

import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import type { SavedItem } from '$lib/db';
import { licensedJourney } from '$lib/machines/testing';
import { checkPayload } from './saved-payloads';
import { replaySavedRun } from './saved-run';

const item = (kind: SavedItem['kind'], payload: unknown): SavedItem => ({
	id: 'abc',
	kind,
	name: 'n',
	tags: [],
	regions: [],
	createdAt: '2026-12-05T00:00:00.000Z',
	updatedAt: '2026-12-05T00:00:00.000Z',
	revision: 1,
	schemaVersion: 1,
	payload
});

async function savedRun() {
	const sim = await licensedJourney(region('quzhou'), undefined, '2025-01-01');
	sim.advanceDays(40);
	sim.send({ type: 'SUBMIT_REPORT' });
	return JSON.parse(JSON.stringify(sim.persist()));
}

describe('simulation', () => {
	test('a persisted run reads back as it was', async () => {
		const saved = await savedRun();
		const r = await checkPayload(item('simulation', saved), 'simulation');
		expect(r.ok && r.payload).toEqual(saved);
	});

	test.each([
		[
			'an event without a type',
			(s: { script: { event: object }[] }) => (s.script[0]!.event = {}),
			'script[0].event.type'
		],
		['a start that is not a date', (s: { start: string }) => (s.start = '2025-02-30'), 'start'],
		['an unknown format', (s: { format: string }) => (s.format = 'pdao-journey/9'), 'format'],
		[
			'a prototype key in the facts',
			(s: { facts: object }) => (s.facts = JSON.parse('{"__proto__": {"x": 1}}')),
			'facts.__proto__'
		]
	])('%s is refused, naming the field', async (_, spoil, field) => {
		const saved = await savedRun();
		spoil(saved as never);
		const r = await checkPayload(item('simulation', saved), 'simulation');
		expect(r.ok).toBe(false);
		if (!r.ok && r.reason === 'invalid') expect(r.problems.map((p) => p.field)).toContain(field);
		else expect.unreachable('refused as invalid');
	});

	test('a run of another kind is not opened as a run', async () => {
		const r = await checkPayload(item('training', await savedRun()), 'simulation');
		expect(r).toEqual({ ok: false, reason: 'notFound' });
	});

	test('a run whose rules no longer replay it says so, and a sound one replays', async () => {
		const saved = await savedRun();
		const never = () => Promise.reject(new Error('not a draft run'));
		const good = await replaySavedRun(saved, never);
		expect(good.ok && good.trace.length).toBeGreaterThan(0);
		saved.snapshot.context.renewals = 5;
		expect(await replaySavedRun(saved, never)).toEqual({ ok: false, reason: 'changed' });
	});
});

describe('training', () => {
	test('progress reads back; answers default to none', async () => {
		const r = await checkPayload(item('training', { walkthrough: 'quzhou-basics', index: 2 }), 'training');
		expect(r.ok && r.payload).toEqual({ walkthrough: 'quzhou-basics', index: 2, answers: {} });
	});
	test.each([
		[{ walkthrough: 'quzhou-basics', index: -1 }, 'index'],
		[{ walkthrough: 'quzhou-basics', index: 1.5 }, 'index'],
		[{ index: 0 }, 'walkthrough'],
		[{ walkthrough: 'q', index: 0, answers: { s1: 3 } }, 'answers.s1'],
		[{ walkthrough: 'q', index: 0, extra: true }, 'extra']
	])('%j is refused at %s', async (payload, field) => {
		const r = await checkPayload(item('training', payload), 'training');
		expect(!r.ok && r.reason === 'invalid' && r.problems.map((p) => p.field)).toContain(field);
	});
});

describe('the other kinds', () => {
	test('a comparison needs its selection as a query string', async () => {
		expect((await checkPayload(item('comparison', { params: 'regions=taian' }), 'comparison')).ok).toBe(true);
		expect((await checkPayload(item('comparison', { params: 3 }), 'comparison')).ok).toBe(false);
	});
	test('an applicant’s answers and a draft go through their own schemas', async () => {
		expect((await checkPayload(item('applicant', {}), 'applicant')).ok).toBe(true);
		expect((await checkPayload(item('applicant', { legalForm: 42 }), 'applicant')).ok).toBe(false);
		expect((await checkPayload(item('draft', { format: 'nope' }), 'draft')).ok).toBe(false);
	});
});
