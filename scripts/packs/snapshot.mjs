#!/usr/bin/env node
// The conversion check's baseline: what the app computes from the region data, written as JSON under
// tests/packs/baseline/ for tests/packs/conversion.test.ts to compare against.
//
//   node scripts/packs/snapshot.mjs [--rev <rev>]
//
// With --rev the data and engines are read as they are at that revision (e.g. `--rev main` before the packs
// conversion is re-run on it); without, from the working tree. Written: rules.json (the open data exactly as
// /data/rules.json serves it, `generated` fixed), every scenario file's result (tests/scenarios/, minus the
// saved snapshot), every walkthrough replayed, the questionnaire, and each region's data as the engines receive
// it (meta, profile, eligibility rules, journey, walkthroughs). Deterministic: the same tree gives the same bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { atRevision, repoRoot, revArg } from './tree.mjs';

export const GENERATED = '2000-01-01T00:00:00.000Z';
const OUT = join(repoRoot, 'tests/packs/baseline');

const rev = revArg();
const json = (x) => JSON.stringify(x, null, '\t') + '\n';

function yamlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((e) =>
			e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []
		)
		.sort();
}

const files = new Map();
const put = (path, text) => files.set(path, text);

await atRevision(rev, async (load, root) => {
	const registry = await load('/src/lib/regions/registry.ts');
	const { DIMENSIONS } = await load('/src/lib/regions/dimensions.ts');
	const { buildOpenData } = await load('/src/lib/rules/opendata.ts');
	const { nationalOpenData } = await load('/src/lib/rules/national-open-data.ts');
	const profiles = await Promise.all(registry.regionIds.map((id) => registry.loadProfile(id)));
	// As src/routes/data/rules.json/+server.ts writes it (the national framework's values and every region's
	// conformity marks included).
	put(
		'rules.json',
		JSON.stringify(
			buildOpenData(
				registry.regions,
				DIMENSIONS,
				profiles,
				GENERATED,
				nationalOpenData(DIMENSIONS, registry.regions, profiles)
			),
			null,
			'\t'
		)
	);
	// The documents (national texts included) as the registry lists them, and the national framework as the
	// conformity engine gets it.
	// (each meta whole: since the eager manifest is slim, the rest loads per document — loadDetails)
	const whole = (d) => (registry.loadDetails ? registry.loadDetails(d.id) : d);
	put('data/documents.json', json(await Promise.all(registry.documents.map(whole))));
	const framework = await load('/src/lib/regions/national/framework.ts');
	const { profile: national } = await load('/src/lib/regions/national/profile.ts');
	const { HAND_MARKS } = await load('/src/lib/regions/national/marks.ts');
	put('data/national.json', json({ framework: { ...framework }, profile: national, marks: HAND_MARKS }));

	const { eligibilityRules } = await load('/src/lib/eligibility/regions.ts');
	const { buildQuestionnaire } = await load('/src/lib/eligibility/questionnaire.ts');
	const machines = await load('/src/lib/machines/registry.ts');
	const training = await load('/src/lib/training/run.ts');
	const { runScenario } = await load('/src/lib/scenario/run.ts');

	for (const meta of registry.regions) {
		const id = meta.id;
		const journey = machines.journeyRegionIds.includes(id) ? await machines.loadJourney(id) : null;
		put(
			`data/${id}.json`,
			json({
				meta: await whole(meta),
				profile: profiles[registry.regionIds.indexOf(id)],
				eligibility: eligibilityRules.find((r) => r.region === id) ?? null,
				journey,
				walkthroughs: training.walkthroughs.filter((w) => w.region === id)
			})
		);
	}
	put('data/cross-region.json', json(training.walkthroughs.filter((w) => w.region === null)));
	put('questionnaire.json', json(buildQuestionnaire(eligibilityRules)));

	for (const w of training.walkthroughs)
		put(`walkthroughs/${w.id}.json`, json(await training.replayWalkthrough(w)));

	const scenarios = join(root, 'tests/scenarios');
	for (const file of yamlFiles(scenarios)) {
		const { saved: _saved, ...result } = await runScenario(readFileSync(file, 'utf8'));
		put(`scenarios/${relative(scenarios, file).replace(/\.ya?ml$/, '.json')}`, json(result));
	}
});

rmSync(OUT, { recursive: true, force: true });
for (const [path, text] of files) {
	const target = join(OUT, path);
	mkdirSync(join(target, '..'), { recursive: true });
	writeFileSync(target, text);
}
console.log(
	`wrote ${files.size} files to ${relative(process.cwd(), OUT) || '.'}${rev ? ` (from ${rev})` : ''}`
);
