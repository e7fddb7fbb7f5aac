// The conversion check: the region packs give the app exactly what the TypeScript region data gave it.
// tests/packs/baseline/ was written by `node scripts/packs/snapshot.mjs --rev <rev>` from the last revision with
// the data in TypeScript; this compares today's output with it: the open data byte for byte (`generated` aside),
// every scenario file's result, every walkthrough replayed, the questionnaire, and each region's data as the
// engines receive it. After a deliberate change to the data, refresh the baseline from the working tree:
// `node scripts/packs/snapshot.mjs`.

import { region } from '$lib/regions/fixture-ids';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eligibilityRules } from '$lib/eligibility/regions';
import { buildQuestionnaire } from '$lib/eligibility/questionnaire';
import { journeyRegionIds, loadJourney } from '$lib/machines/registry';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { documents, loadDetails, regionIds, regions } from '$lib/regions/registry';
import * as framework from '$lib/regions/national/framework';
import { HAND_MARKS } from '$lib/regions/national/marks';
import { profile as national } from '$lib/regions/national/profile';
import { nationalOpenData } from '$lib/rules/national-open-data';
import { buildOpenData } from '$lib/rules/opendata';
import { runScenario } from '$lib/scenario/run';
import { replayWalkthrough, walkthroughs } from '$lib/training/run';

const BASE = join(process.cwd(), 'tests/packs/baseline');
const read = (path: string) => readFileSync(join(BASE, path), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));
/** As the app's JSON output would carry it (undefined fields dropped). */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** Files of data/ that are not one rule region's. */
const NOT_A_REGION = ['cross-region.json', 'documents.json', 'national.json'];

const baselineRegions = readdirSync(join(BASE, 'data'))
	.filter((f) => !NOT_A_REGION.includes(f))
	.map((f) => f.replace(/\.json$/, ''))
	.sort();

test('the baseline covers the same regions', () => {
	expect([...regionIds].sort(), 'regions changed: refresh the baseline (see this file)').toEqual(
		baselineRegions
	);
});

test('rules.json: byte for byte, apart from `generated`', async () => {
	const before = read('rules.json');
	const { generated } = JSON.parse(before) as { generated: string };
	// As src/routes/data/rules.json/+server.ts writes it (the national framework and conformity marks included).
	const profiles = await loadAllProfiles();
	const now = JSON.stringify(
		buildOpenData(regions, DIMENSIONS, profiles, generated, nationalOpenData(DIMENSIONS, regions, profiles)),
		null,
		'\t'
	);
	expect(now === before, 'rules.json differs from the baseline').toBe(true);
});

test('the documents (national texts included), as the registry lists them, each meta whole', async () => {
	const whole = await Promise.all(documents.map((d) => loadDetails(d.id)));
	expect(plain(whole)).toEqual(json('data/documents.json'));
});

test('the national framework: constants, profile and hand marks', () => {
	expect(plain({ framework: { ...framework }, profile: national, marks: HAND_MARKS })).toEqual(
		json('data/national.json')
	);
});

/**
 * What the packs add for the engines beside the old data: the facts each pack declares with their questions,
 * the roles' glossary labels, the related-entities question (all of which the old code kept elsewhere).
 */
function withoutPackAdditions(e: unknown): unknown {
	if (!e || typeof e !== 'object') return e;
	const { facts: _f, roleLabels: _r, relatedEntities, ...rest } = e as Record<string, unknown>;
	if (!relatedEntities) return rest;
	const { question: _q, ...rule } = relatedEntities as Record<string, unknown>;
	return { ...rest, relatedEntities: rule };
}

/**
 * The simulator facts' table engine code held before the packs declared them (src/lib/eligibility/to-journey.ts
 * at the conversion): each pack's `facts` must say the same for the facts its stages require.
 */
const ENGINE_FACT_ASPECTS: Record<string, string[]> = {
	goodCredit: ['unitCredit', 'representativeCredit'],
	noIncidentInLookback: ['securityIncidents'],
	noMajorIncidentEver: ['securityIncidents'],
	goodOperatingCondition: ['operatingCondition', 'financialCondition'],
	domesticCapital: ['domesticCapital'],
	sufficientCapital: ['capital'],
	securityOfficer: ['securityOfficer'],
	mlps3Experience: ['mlps3Experience'],
	capability: ['professionalCapacity'],
	meetsSecurityRequirements: ['securityCapability', 'securitySystems'],
	meetsAccessConditions: ['otherConditions']
};

describe.each(baselineRegions)('%s: data as the engines receive it', (id) => {
	const before = json(`data/${id}.json`) as Record<string, unknown>;
	test('meta, profile', async () => {
		const [profile] = await Promise.all([loadAllProfiles().then((ps) => ps.find((p) => p.region === id))]);
		expect(plain(await loadDetails(region(id)))).toEqual(before.meta);
		expect(plain(profile)).toEqual(before.profile);
	});
	test('eligibility rules', () => {
		const now = eligibilityRules.find((r) => r.region === id) ?? null;
		// both sides without the additions: a baseline re-taken since the packs carries them too
		expect(plain(withoutPackAdditions(now))).toEqual(withoutPackAdditions(before.eligibility));
	});
	test('journey', async () => {
		const now = journeyRegionIds.includes(region(id)) ? await loadJourney(region(id)) : null;
		// `facts`: the pack's declarations of the facts its stages require, added since the conversion (the
		// engine's fixed table, below, before); the rest unchanged.
		const { facts, ...rest } = now ?? {};
		const { facts: _then, ...was } = (before.journey ?? {}) as Record<string, unknown>;
		expect(plain(now && rest)).toEqual(before.journey && was);
		const required = new Set(
			(now?.roles ?? []).flatMap((r) => r.admission.flatMap((s) => s.requires ?? [])).map((q) => q.fact)
		);
		expect(facts ?? {}).toEqual(
			Object.fromEntries(
				Object.entries(ENGINE_FACT_ASPECTS)
					.filter(([f]) => required.has(f))
					.map(([f, aspects]) => [f, { aspects }])
			)
		);
	});
	test('walkthroughs', () => {
		expect(plain(walkthroughs.filter((w) => w.region === id))).toEqual(before.walkthroughs);
	});
});

test('cross-region walkthroughs', () => {
	expect(plain(walkthroughs.filter((w) => w.region === null))).toEqual(json('data/cross-region.json'));
});

/**
 * The questionnaire: the same topics, questions, wording, options, citations and uses. The order of questions
 * within a topic is the one thing allowed to differ: it was a hand-written list in engine code, and is now
 * derived from the packs (aspect catalogue order, then each pack's own order).
 */
test('the questionnaire: same questions, word for word', () => {
	type Topic = { id: string; questions: { id: string }[] };
	const byId = (topics: Topic[]) =>
		topics.map((t) => ({ ...t, questions: [...t.questions].sort((a, b) => a.id.localeCompare(b.id)) }));
	expect(byId(plain(buildQuestionnaire(eligibilityRules)) as Topic[])).toEqual(
		byId(json('questionnaire.json') as Topic[])
	);
});

const scenarioDir = join(BASE, 'scenarios');
const scenarioFiles = existsSync(scenarioDir) ? files(scenarioDir).sort() : [];

describe.each(scenarioFiles.map((f) => relative(scenarioDir, f)))('scenario %s', (name) => {
	test('gives the same result', async () => {
		const source = join(process.cwd(), 'tests/scenarios', name.replace(/\.json$/, '.yaml'));
		const { saved: _saved, ...result } = await runScenario(readFileSync(source, 'utf8'));
		expect(plain(result)).toEqual(json(`scenarios/${name}`));
	});
});

test('every scenario file has a baseline', () => {
	const now = files(join(process.cwd(), 'tests/scenarios'))
		.filter((f) => /\.ya?ml$/.test(f))
		.map((f) => relative(join(process.cwd(), 'tests/scenarios'), f).replace(/\.ya?ml$/, '.json'))
		.sort();
	expect(now).toEqual(scenarioFiles.map((f) => relative(scenarioDir, f)));
});

describe.each(walkthroughs.map((w) => w.id))('walkthrough %s', (id) => {
	test('replays as before', async () => {
		const w = walkthroughs.find((x) => x.id === id)!;
		expect(plain(await replayWalkthrough(w))).toEqual(json(`walkthroughs/${id}.json`));
	});
});
