// Conditions the texts put on the data, as guards: every condition of every journey both ways (met →
// accepted; failed → refused with the text's words and clause; unknown → refused, never passed), quotes
// verbatim, facts from the shared vocabulary, and the simulator's data variants.

import { wordsIn } from '$lib/rules/words';
import { describe, expect, test } from 'vitest';
import { indexCorpus } from '$lib/corpus/corpus';
import { loadProfile } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { buildJourney, type BuiltJourney } from './build';
import {
	attachDataConditions,
	dataFactsOf,
	dataVariants,
	evaluateData,
	failingData,
	passingData
} from './data-conditions';
import { DATA_FACT_IDS } from './data-facts';
import { admit, expectationsOf } from './testing';
import { journeyRegionIds, loadBuiltJourney, loadJourney } from './registry';
import { startJourney, type JourneySimulation } from './simulator';
import { passingInput } from './graph';
import type { DataCondition, DataTest, JourneyContext, JourneyEvent, RoleId } from './types';
import { region as regionNamed, role } from '$lib/regions/fixture-ids';

const START = '2025-01-01';

/** Every data condition of every region's roles. */
const all = (
	await Promise.all(
		journeyRegionIds.map(async (region) => {
			const journey = await loadJourney(region);
			return journey.roles.flatMap((role) =>
				(role.dataConditions ?? []).map((condition) => ({ region, role: role.id, condition }))
			);
		})
	)
).flat();

const ctx = (facts: Record<string, boolean> = {}) => ({ facts }) as unknown as JourneyContext;
const ev = (payload: Record<string, unknown> = {}): JourneyEvent => ({ type: 'X', ...payload });

describe('evaluateData: three values', () => {
	const t: DataTest = {
		allOf: [
			{ fact: 'dataCatalogued', equals: true },
			{
				anyOf: [
					{ fact: 'dataFormsPublicAsset', equals: false },
					{ fact: 'dataStateAssetRulesApplied', equals: true }
				]
			}
		]
	};
	test.each([
		[{}, 'unknown', ['dataCatalogued', 'dataFormsPublicAsset', 'dataStateAssetRulesApplied']],
		[{ dataCatalogued: false }, 'unmet', []],
		[{ dataCatalogued: true }, 'unknown', ['dataFormsPublicAsset', 'dataStateAssetRulesApplied']],
		[{ dataCatalogued: true, dataFormsPublicAsset: false }, 'met', []],
		[{ dataCatalogued: true, dataFormsPublicAsset: true }, 'unknown', ['dataStateAssetRulesApplied']],
		[{ dataCatalogued: true, dataFormsPublicAsset: true, dataStateAssetRulesApplied: false }, 'unmet', []],
		[{ dataCatalogued: true, dataFormsPublicAsset: true, dataStateAssetRulesApplied: true }, 'met', []]
	])('%j → %s', (facts, status, unknown) => {
		expect(evaluateData(t, ctx(facts), ev())).toEqual({ status, unknown });
	});
	test('the event’s own statement about its data wins over the journey’s', () => {
		const one: DataTest = { fact: 'dataBarredFromOpening', equals: false };
		expect(
			evaluateData(one, ctx({ dataBarredFromOpening: false }), ev({ dataBarredFromOpening: true })).status
		).toBe('unmet');
		expect(
			evaluateData(one, ctx({ dataBarredFromOpening: true }), ev({ dataBarredFromOpening: false })).status
		).toBe('met');
		expect(evaluateData(one, ctx(), ev({ dataBarredFromOpening: 'yes' })).status).toBe('unknown');
	});
	test('passing and failing answers do what they say', () => {
		expect(evaluateData(t, ctx(), ev(passingData(t))).status).toBe('met');
		expect(evaluateData(t, ctx(), ev(failingData(t))).status).toBe('unmet');
		const any: DataTest = {
			anyOf: [
				{ fact: 'a', equals: false },
				{ fact: 'b', equals: true }
			]
		};
		expect(failingData(any)).toEqual({ a: true, b: false });
		expect(passingData(any)).toEqual({ a: false });
	});
});

describe('the texts’ data conditions', () => {
	// Each region pins its own in its folder (expectations.yaml `dataConditions`, with the clause of each).
	test.each(journeyRegionIds)('%s: there is one for each clause the text sets on the data', (region) => {
		const pinned = Object.entries(expectationsOf(region).dataConditions ?? {}).flatMap(([role, ids]) =>
			ids.map((id) => `${role}:${id}`)
		);
		expect(
			all
				.filter((x) => x.region === region)
				.map((x) => `${x.role}:${x.condition.id}`)
				.sort(),
			`${region}/expectations.yaml dataConditions`
		).toEqual(pinned.sort());
	});

	test.each(all.map((x) => [`${x.region}/${x.role}:${x.condition.id}`, x] as const))(
		'%s: quote verbatim in its first clause, clauses exist, facts from the vocabulary, both languages',
		async (_, { region, condition }) => {
			const index = indexCorpus(await loadCorpus(region));
			expect(index.get(condition.citations[0]!)?.text).toContain(condition.quote);
			for (const c of condition.citations) expect(index.has(c), c).toBe(true);
			for (const f of dataFactsOf(condition.test)) expect(DATA_FACT_IDS, f).toContain(f);
			expect(condition.label.zh && condition.label.en).toBeTruthy();
			expect(condition.events.length).toBeGreaterThan(0);
		}
	);
});

/** Bring a licensed journey to where `event` is possible, the data meeting every condition on the way. */
function reach(sim: JourneySimulation, built: BuiltJourney, event: string) {
	const pass = (type: string) =>
		Object.assign(
			{},
			...(built.role.dataConditions ?? [])
				.filter((c) => c.events.includes(type))
				.map((c) => passingData(c.test))
		);
	const step = (type: string) => {
		const r = sim.send({ type, ...pass(type) });
		if (!r.accepted) throw new Error(`${type} refused: ${wordsIn(r.refusal.reason, 'en')}`);
	};
	if (event === 'REQUEST_DATA') return;
	if (built.role.training) step('COMPLETE_TRAINING');
	step('REQUEST_DATA');
	if (built.role.dataRequest.approvedBy) {
		if (event === 'APPROVE_DATA_REQUEST') return;
		step('APPROVE_DATA_REQUEST');
	}
	step('PROCESS_DATA');
	if (event === 'SUBMIT_PRODUCT' || event === 'RELEASE_PRODUCT') return;
	step('SUBMIT_PRODUCT');
}

/** A journey signed on START whose journey facts say nothing about the data. */
async function licensedWithoutDataFacts(region: string, role: RoleId) {
	const built = await loadBuiltJourney(regionNamed(region), role, START);
	const input = passingInput(built, START);
	const dataFacts = new Set((built.role.dataConditions ?? []).flatMap((c) => dataFactsOf(c.test)));
	const facts = Object.fromEntries(Object.entries(input.facts ?? {}).filter(([k]) => !dataFacts.has(k)));
	const sim = startJourney(built, { start: START, facts, materials: input.materials });
	admit(sim);
	const r = sim.send({ type: 'SIGN_AGREEMENT', months: built.settings.cap ?? 36 });
	if (!r.accepted) throw new Error(wordsIn(r.refusal.reason, 'en'));
	return { sim, built };
}

describe.each(all.map((x) => [`${x.region}/${x.role}:${x.condition.id}`, x] as const))(
	'%s, both ways',
	(_, { region, role, condition }) => {
		const others = async (c: DataCondition) => {
			const { sim, built } = await licensedWithoutDataFacts(region, role);
			const event = c.events[0]!;
			reach(sim, built, event);
			const rest = Object.assign(
				{},
				...(built.role.dataConditions ?? [])
					.filter((x) => x.id !== c.id && x.events.includes(event))
					.map((x) => passingData(x.test))
			);
			return { sim, event, rest };
		};

		test('data meeting it → accepted', async () => {
			const { sim, event, rest } = await others(condition);
			expect(sim.send({ type: event, ...rest, ...passingData(condition.test) }).accepted).toBe(true);
		});

		test('data failing it → refused, quoting the text and citing its clause', async () => {
			const { sim, event, rest } = await others(condition);
			const r = sim.send({ type: event, ...rest, ...failingData(condition.test) });
			expect(r.accepted).toBe(false);
			if (!r.accepted) {
				expect(r.refusal.citations).toEqual(condition.citations);
				expect(wordsIn(r.refusal.reason, 'zh-CN')).toContain(condition.quote);
				expect(wordsIn(r.refusal.reason, 'en')).toContain('does not meet');
			}
		});

		test('nothing said about the data → refused as not shown (an unknown never passes)', async () => {
			const { sim, event, rest } = await others(condition);
			const r = sim.send({ type: event, ...rest });
			expect(r.accepted).toBe(false);
			if (!r.accepted) {
				expect(r.refusal.citations).toEqual(condition.citations);
				expect(wordsIn(r.refusal.reason, 'en')).toContain('not shown');
			}
			// … and said once for the whole journey, it holds for every request
			const again = sim.send({ type: event, ...rest, ...passingData(condition.test) });
			expect(again.accepted).toBe(true);
		});
	}
);

describe('the simulator offers the data both ways', () => {
	test('Tai’an: approving a data request — conditions met, then each one failed, refused with its clause', async () => {
		const built = await loadBuiltJourney(regionNamed('taian'), undefined, START);
		const variants = dataVariants(built.role.dataConditions ?? [], 'APPROVE_DATA_REQUEST');
		expect(variants.map((v) => v.fails?.id ?? null)).toEqual([
			null,
			'providerRightsConfirmed',
			'notBarredFromOpening',
			'protectedInformation'
		]);
		const { sim } = await licensedWithoutDataFacts('taian', role('operator'));
		reach(sim, built, 'APPROVE_DATA_REQUEST');
		const offered = sim.available().filter((e) => e.type === 'APPROVE_DATA_REQUEST');
		expect(offered.map((e) => [e.enabled, e.citations[0]])).toEqual([
			[true, 'art-16'],
			[false, 'art-10-p4'],
			[false, 'art-12'],
			[false, 'art-27-p2']
		]);
		expect(wordsIn(offered[0]!.label, 'zh-CN')).toContain('数据条件均满足');
		expect(wordsIn(offered[1]!.label, 'zh-CN')).toContain('数据提供单位完成确权');
		expect(wordsIn(offered[1]?.reason ?? { zh: '', en: '' }, 'zh-CN')).toContain(
			'数据提供单位未进行确权的公共数据资源不得纳入授权运营范围'
		);
	});

	test('a condition on an event the journey does not have is a data error, not a silent pass', async () => {
		const [journey, profile] = await Promise.all([
			loadJourney(regionNamed('jiangsu')),
			loadProfile(regionNamed('jiangsu'))
		]);
		const role = journey.roles.find((r) => r.id === 'operatingEntity')!;
		const broken = {
			...journey,
			roles: [
				{
					...role,
					dataConditions: [{ ...role.dataConditions![0]!, events: ['SELL_TO_NON_SECONDARY'] }]
				}
			]
		};
		expect(() => buildJourney(broken, profile, role.id, START)).toThrow(/gate no transition/);
		expect(() =>
			attachDataConditions({ key: 'x', label: { zh: '', en: '' }, citations: [] }, [])
		).not.toThrow();
	});

	test('a prohibited act keeps its own reason: data conditions are not added to it', async () => {
		const sim = (await licensedWithoutDataFacts('taian', role('operator'))).sim;
		const r = sim.send({ type: 'EXPORT_RAW_DATA' });
		expect(r.accepted).toBe(false);
		if (!r.accepted) expect(r.refusal.citations).toEqual(['art-19', 'art-26-p2']);
	});
});
