import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadProfile, loadRegionDetails, loadSource, regionIds } from '$lib/regions/registry';
import type { DatedValue, RegionProfile } from '$lib/regions/types';
import { buildComparison } from '$lib/rules/compare';
import { changeStatus, draftChanges, summarizeChanges, type ChangeStatus } from './changes';
import { blankDraft, cloneRegion } from './create';
import { clause, region as regionNamed } from '$lib/regions/fixture-ids';

const profiles = Object.fromEntries(
	await Promise.all(regionIds.map(async (id) => [id, await loadProfile(id)] as const))
) as Record<string, RegionProfile>;
const all = regionIds.map((region) => ({ region, profile: profiles[region]! }));

const cloneOf = async (id: string) =>
	cloneRegion(await loadRegionDetails(regionNamed(id)), profiles[id]!, await loadSource(regionNamed(id)));

const dv = (value: DatedValue['value'], extra: Partial<DatedValue> = {}): DatedValue => ({
	from: null,
	value,
	summary: { zh: 's', en: 's' },
	citations: [clause('art-14-4')],
	...extra
});

const row = (changes: ReturnType<typeof draftChanges>, id: string) =>
	changes.find((c) => c.dimension.id === id)!;
const statusOf = (changes: ReturnType<typeof draftChanges>, id: string, region: string) =>
	row(changes, id).against.find((a) => a.region === region)!.status;

describe('a clone of taian', () => {
	test('against taian: nothing differs, nothing changed from the base', async () => {
		const changes = draftChanges(await cloneOf('taian'), all);
		expect(changes.map((c) => c.dimension.id)).toEqual(DIMENSIONS.map((d) => d.id));
		for (const c of changes) {
			const taian = c.against.find((a) => a.region === 'taian')!;
			const silent = c.value?.value.kind === 'notSpecified';
			expect(taian.status, c.dimension.id).toBe(silent ? 'bothSilent' : 'same');
			expect(c.changedFromBase, c.dimension.id).toBe(false);
		}
		const summary = summarizeChanges(changes);
		expect(summary.changedFromBase).toBe(0);
		expect(summary.regions.find((r) => r.region === 'taian')).toMatchObject({
			differing: 0,
			counts: { different: 0, draftSilent: 0, otherSilent: 0 }
		});
	});

	test.each(regionIds)('against %s: the comparison page’s verdict, row by row', async (other) => {
		const changes = draftChanges(await cloneOf('taian'), [{ region: other, profile: profiles[other]! }]);
		const page = buildComparison(DIMENSIONS, [profiles.taian!, profiles[other]!]);
		for (const [i, c] of changes.entries()) {
			const { status, cells } = page[i]!;
			const draftSilent = !cells[0]!.value || cells[0]!.value.value.kind === 'notSpecified';
			const expected: Record<typeof status, ChangeStatus> = {
				same: 'same',
				different: 'different',
				notSpecified: 'bothSilent',
				partial: draftSilent ? 'draftSilent' : 'otherSilent'
			};
			expect(c.against[0]!.status, c.dimension.id).toBe(expected[status]);
		}
	});
});

describe('changing term.maxMonths on a clone of taian', () => {
	// Every region caps the term at 36 months; they differ in the hedge (taian 一般, henan 原则上) and
	// yingkou fixes it ("为3年") rather than capping it.
	const cases: [string, DatedValue[], Record<string, ChangeStatus>][] = [
		[
			'at most 36 months, unhedged',
			[dv({ kind: 'number', value: 36, bound: 'atMost' })],
			{ taian: 'different', quzhou: 'same', jiangsu: 'same', henan: 'different', yingkou: 'different' }
		],
		[
			'at most 36 months, in principle',
			[dv({ kind: 'number', value: 36, bound: 'atMost' }, { qualifier: 'inPrinciple' })],
			{ taian: 'different', quzhou: 'different', jiangsu: 'different', henan: 'same', yingkou: 'different' }
		],
		[
			'at most 24 months, generally',
			[dv({ kind: 'number', value: 24, bound: 'atMost' }, { qualifier: 'generally' })],
			{
				taian: 'different',
				quzhou: 'different',
				jiangsu: 'different',
				henan: 'different',
				yingkou: 'different'
			}
		],
		[
			'not specified',
			[dv({ kind: 'notSpecified' }, { citations: [] })],
			{
				taian: 'draftSilent',
				quzhou: 'draftSilent',
				jiangsu: 'draftSilent',
				henan: 'draftSilent',
				yingkou: 'draftSilent'
			}
		],
		[
			'no value at all',
			[],
			{
				taian: 'draftSilent',
				quzhou: 'draftSilent',
				jiangsu: 'draftSilent',
				henan: 'draftSilent',
				yingkou: 'draftSilent'
			}
		]
	];
	test.each(cases)('%s', async (_, values, expected) => {
		const draft = await cloneOf('taian');
		const before = draftChanges(draft, all);
		draft.values['term.maxMonths'] = values;
		const changes = draftChanges(draft, all);
		for (const [region, status] of Object.entries(expected))
			expect(statusOf(changes, 'term.maxMonths', region), region).toBe(status);
		// Exactly that row moved against taian, and only it changed from the base.
		const t = all.findIndex((p) => p.region === 'taian');
		const moved = changes.filter((c, i) => c.against[t]!.status !== before[i]!.against[t]!.status);
		expect(moved.map((c) => c.dimension.id)).toEqual(['term.maxMonths']);
		expect(changes.filter((c) => c.changedFromBase).map((c) => c.dimension.id)).toEqual(['term.maxMonths']);
		expect(summarizeChanges(changes).regions.find((r) => r.region === 'taian')!.differing).toBe(1);
		expect(summarizeChanges(changes).changedFromBase).toBe(1);
	});
	test('a summary or citation edit alone is not a change of rule', async () => {
		const draft = await cloneOf('taian');
		draft.values['term.maxMonths'] = [
			{
				...draft.values['term.maxMonths']![0]!,
				summary: { zh: '改写', en: 'reworded' },
				citations: [clause('art-15')]
			}
		];
		const c = row(draftChanges(draft, all), 'term.maxMonths');
		expect(c.changedFromBase).toBe(false);
		expect(c.against.find((a) => a.region === 'taian')!.status).toBe('same');
	});
});

describe('dates, topics, bases', () => {
	test('the value in force on asOf; changedFromBase looks at every dated value', async () => {
		const draft = await cloneOf('taian');
		draft.values['term.maxMonths'] = [
			dv({ kind: 'number', value: 36, bound: 'atMost' }, { qualifier: 'generally' }),
			dv({ kind: 'number', value: 24, bound: 'atMost' }, { qualifier: 'generally', from: '2028-01-01' })
		];
		const on = (asOf?: string) => row(draftChanges(draft, all, { asOf }), 'term.maxMonths');
		const taian = (asOf?: string) => on(asOf).against.find((a) => a.region === 'taian')!;
		expect(taian('2027-06-01')).toMatchObject({ region: 'taian', status: 'same' });
		expect(on('2027-06-01').value!.value).toEqual({ kind: 'number', value: 36, bound: 'atMost' });
		expect(taian('2028-01-01').status).toBe('different');
		expect(taian().status).toBe('different');
		expect(on('2027-06-01').changedFromBase).toBe(true);
	});
	test('a topic filter keeps the catalogue order', async () => {
		const changes = draftChanges(await cloneOf('taian'), all, { topic: 'renewal' });
		expect(changes.map((c) => c.dimension.id)).toEqual(
			DIMENSIONS.filter((d) => d.topic === 'renewal').map((d) => d.id)
		);
	});
	test('a blank draft has no base: no changedFromBase, and silence against everyone', () => {
		const changes = draftChanges(blankDraft('t', 'n'), all);
		expect(changes.every((c) => !('changedFromBase' in c))).toBe(true);
		expect(summarizeChanges(changes).changedFromBase).toBeNull();
		for (const c of changes)
			for (const a of c.against)
				expect(a.status).toBe(a.value?.value.kind === 'notSpecified' ? 'bothSilent' : 'draftSilent');
	});
	test('the base profile may be given when the base is not among those compared', async () => {
		const draft = await cloneOf('jiangsu');
		draft.values['term.maxMonths'] = [dv({ kind: 'unlimited' })];
		const others = all.filter((a) => a.region !== 'jiangsu');
		expect(row(draftChanges(draft, others), 'term.maxMonths').changedFromBase).toBeUndefined();
		const changes = draftChanges(draft, others, { base: profiles.jiangsu });
		expect(row(changes, 'term.maxMonths').changedFromBase).toBe(true);
		expect(row(changes, 'selection.method').changedFromBase).toBe(false);
	});
	test('summary counts add up per region, in the order given', async () => {
		const s = summarizeChanges(draftChanges(await cloneOf('henan'), all));
		expect(s.regions.map((r) => r.region)).toEqual([...regionIds]);
		for (const r of s.regions)
			expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(DIMENSIONS.length);
		// a clone is a draft for comments: its status is the one value that differs from Henan's (a trial text)
		expect(s.regions.find((r) => r.region === 'henan')!.differing).toBe(1);
		expect(s.regions.find((r) => r.region === 'jiangsu')!.differing).toBeGreaterThan(0);
	});
});

describe('changeStatus', () => {
	const n = (value: number) => dv({ kind: 'number', value, bound: 'atMost' });
	const ns = dv({ kind: 'notSpecified' });
	test.each([
		[n(1), n(1), 'same'],
		[n(1), n(2), 'different'],
		[ns, n(2), 'draftSilent'],
		[undefined, n(2), 'draftSilent'],
		[n(1), ns, 'otherSilent'],
		[n(1), undefined, 'otherSilent'],
		[ns, undefined, 'bothSilent'],
		[dv({ kind: 'list', value: ['a', 'b'] }), dv({ kind: 'list', value: ['b', 'a'] }), 'same'],
		[n(1), dv({ kind: 'number', value: 1, bound: 'atMost' }, { qualifier: 'generally' }), 'different']
	] as const)('%#', (a, b, expected) => {
		expect(changeStatus(a, b)).toBe(expected);
	});
});
