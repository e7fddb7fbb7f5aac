#!/usr/bin/env node
// Scaffold a region folder:
//
//   npm run region:new -- <id> --text <file>     from a regulation's text
//   npm run region:new -- <id> --from <file>     from a draft exported by the sandbox (its `pack`), or a pack
//
// From a text: source.txt (the text as given), meta.yaml (what the text's title says; the rest marked TODO),
// profile.yaml (every dimension of the catalogue "not specified"), eligibility.yaml (no role, no criterion)
// and journey.yaml (no role) — a folder that builds, and that no tool treats as more than it is: not
// simulated, not assessed, every value "not specified" until cited. Prints the parsed outline (the clause
// ids to cite) and what to fill in next. From a draft: its text, metadata, values and eligibility rules; the
// journey of the region it borrowed its procedure from when every citation of it resolves in the new text.
// The {zh, en} pairs it writes ("未规定 / Not specified", empty names to fill in) are region data, law-derived
// words of the pack; what it prints is English (a pack's problems via wordsIn).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { repoRoot, withModules } from './tree.mjs';
import { writeYaml } from './yaml.mjs';

const argv = process.argv.slice(2).filter((a) => a !== '--');
const id = argv[0];
const opt = (name) => {
	const i = argv.indexOf(name);
	return i > 0 ? argv[i + 1] : undefined;
};
const textFile = opt('--text');
const fromFile = opt('--from');

function usage(message) {
	console.error(
		`${message}\nusage: npm run region:new -- <id> --text <file>   |   npm run region:new -- <id> --from <draft.json>`
	);
	process.exit(2);
}
if (!id || !/^[a-z][a-z0-9-]{0,63}$/.test(id))
	usage('the id must be lower-case letters, digits or "-", starting with a letter');
if (id.startsWith('draft-')) usage('region ids may not start with "draft-" (that prefix names drafts)');
if (!textFile === !fromFile) usage('give exactly one of --text <file> or --from <file>');
const regions = join(repoRoot, 'src/lib/regions');
const dir = join(regions, id);
if (existsSync(dir)) usage(`src/lib/regions/${id}/ exists already`);

const l = (zh, en) => ({ zh, en });
const rel = (p) => relative(process.cwd(), p) || '.';

await withModules(repoRoot, async (load) => {
	const { parseCorpus } = await load('/src/lib/corpus/parse.ts');
	const { DIMENSIONS, TOPICS } = await load('/src/lib/regions/dimensions.ts');
	/** Every dimension of the catalogue "not specified": where a new region's profile starts. */
	const allNotSpecified = () =>
		Object.fromEntries(
			DIMENSIONS.map((d) => [
				d.id,
				[
					{
						from: null,
						value: { kind: 'notSpecified' },
						summary: l('未规定', 'Not specified'),
						citations: []
					}
				]
			])
		);
	const { parsePack } = await load('/src/lib/rules/pack/index.ts');
	const { wordsIn } = await load('/src/lib/rules/words.ts');
	const { createPackValidator } = await load('/scripts/packs/plugin.ts');

	/** The scheme that finds the most provisions in the text. */
	function bestParse(text) {
		const tries = ['articles', 'sections'].flatMap((scheme) => {
			try {
				const c = parseCorpus(id, text, { scheme });
				const n = c.clauses.filter((x) => x.kind === 'article' || x.kind === 'section').length;
				return [{ scheme, corpus: c, n }];
			} catch {
				return [];
			}
		});
		tries.sort((a, b) => b.n - a.n);
		if (!tries.length || tries[0].n === 0)
			throw new Error('the text splits into neither 第X条 articles nor 一、 sections');
		return tries[0];
	}

	const notes = [];
	mkdirSync(dir);
	try {
		if (textFile) {
			const text = readFileSync(resolve(textFile), 'utf8');
			const { scheme, corpus } = bestParse(text);
			const title =
				text
					.split('\n')
					.map((s) => s.trim())
					.find(Boolean) ?? id;
			const place = /^(.+?)(省|市)/u.exec(title);
			const status = [
				...(title.includes('征求意见稿') ? ['draft'] : []),
				...(title.includes('试行') ? ['trial'] : []),
				...(title.includes('暂行') ? ['interim'] : [])
			];
			copyFileSync(resolve(textFile), join(dir, 'source.txt'));
			await writeYaml(
				join(dir, 'meta.yaml'),
				{
					title: l(title, ''),
					name: l(place?.[1] ?? '', ''),
					issuer: null,
					level: place?.[2] === '省' ? 'province' : 'city',
					province: l('', ''),
					status,
					issued: null,
					validity: { kind: 'openEnded', effective: null, asWritten: null, citations: [] },
					operatorTerm: l('', ''),
					parse: { scheme }
				},
				{
					header: [
						`Scaffolded by \`npm run region:new\` from ${textFile}. TODO: every empty English text; the place's`,
						'name and province; level and status (guessed from the title); issuer, document number (docNumber)',
						'and issue date where the text gives them; validity from the clause on entry into force; the',
						"operator's term in the text's words; order (position in lists). parse.scheme was detected."
					],
					at: []
				}
			);
			const values = allNotSpecified();
			const firstOfTopic = new Map();
			for (const d of DIMENSIONS) if (!firstOfTopic.has(d.topic)) firstOfTopic.set(d.topic, d.id);
			await writeYaml(
				join(dir, 'profile.yaml'),
				{ values },
				{
					header: [
						'Every dimension of the catalogue starts "not specified". TODO: for each dimension the text answers,',
						'the typed value (number with bound, enum, list, boolean, text, date), a short summary in both',
						'languages, the clause ids it rests on, and a qualifier or note where the text hedges or the model',
						'interprets. Keep "not specified" where the text is silent, citing what it says nearby if anything.'
					],
					at: TOPICS.filter((t) => firstOfTopic.has(t.id)).map((t) => [
						['values', firstOfTopic.get(t.id)],
						[`——— ${t.id}: ${t.label.zh} / ${t.label.en} ———`]
					])
				}
			);
			await writeYaml(
				join(dir, 'eligibility.yaml'),
				{ roles: [], facts: {}, criteria: [], materials: [] },
				{
					header: [
						'No criteria yet: the eligibility checker leaves this region out until it has a role and criteria.',
						"TODO: roles (the glossary word, the text's word, the clause), each condition with its verbatim",
						'quote and clauses and a `when` (isTrue, allTrue, noneTrue, oneOf, noIncidentWithinYears …), the',
						'application materials, and the facts the conditions read with the questions that ask them.'
					],
					at: []
				}
			);
			await writeYaml(
				join(dir, 'journey.yaml'),
				{ roles: [], notes: [] },
				{
					header: [
						'No journey yet: the simulator, timelines and training leave this region out until a role is here.',
						'TODO: per role, the admission stages from the call to the agreement, the agreement, operation,',
						"oversight and the ways it ends, each cited; see another folder's journey.yaml for the shape."
					],
					at: []
				}
			);
			notes.push(['Outline of the text (clause ids to cite):', corpus]);
		} else {
			const json = JSON.parse(readFileSync(resolve(fromFile), 'utf8'));
			const raw = json?.pack ?? json;
			const r = parsePack(raw);
			if (!r.ok)
				throw new Error(
					`not a region pack:\n  ${r.problems.map((p) => `${p.field}: ${wordsIn(p.message, 'en')}`).join('\n  ')}`
				);
			const pack = r.pack;
			writeFileSync(join(dir, 'source.txt'), pack.source);
			const header = (what) => ({
				header: [`${what}, from ${fromFile} (\`npm run region:new -- ${id} --from\`).`],
				at: []
			});
			await writeYaml(join(dir, 'meta.yaml'), pack.meta, header('Metadata'));
			await writeYaml(
				join(dir, 'profile.yaml'),
				pack.profile ?? { values: allNotSpecified() },
				header('Rule profile')
			);
			await writeYaml(
				join(dir, 'eligibility.yaml'),
				pack.eligibility ?? { roles: [], facts: {}, criteria: [], materials: [] },
				header(pack.eligibility ? 'Eligibility rules' : 'No eligibility rules in the file')
			);
			const procedure = json?.draft?.procedure;
			if (pack.journey) await writeYaml(join(dir, 'journey.yaml'), pack.journey, header('Journey'));
			else if (procedure && existsSync(join(regions, procedure, 'journey.yaml'))) {
				copyFileSync(join(regions, procedure, 'journey.yaml'), join(dir, 'journey.yaml'));
				notes.push([
					`journey.yaml: the procedure the draft borrowed (${procedure}'s), copied; check it reads this text.`
				]);
			} else
				await writeYaml(
					join(dir, 'journey.yaml'),
					{ roles: [], notes: [] },
					header('No journey in the file')
				);
			if (pack.walkthroughs)
				await writeYaml(join(dir, 'walkthroughs.yaml'), pack.walkthroughs, header('Walkthroughs'));
		}

		// What the region's own tests pin: nothing yet but the date it took effect (README step 4).
		if (!existsSync(join(dir, 'expectations.yaml')))
			await writeYaml(
				join(dir, 'expectations.yaml'),
				{ conformity: { effective: null } },
				{
					header: [
						'What this region\'s own tests pin (README "Adding a region", step 4); add as the data grows:',
						'criteria (per criterion: answers that meet it, answers that do not), dataConditions and signatories (per',
						'role), and conformity: `effective` is the date the text took effect if before 2025-03-01, else',
						"null; `counts` and `marks` once the region's conformity is judged by hand (national/marks.ts)."
					],
					at: []
				}
			);

		// The build's own checks, now.
		const validator = createPackValidator(regions);
		let problems = validator.checkAll().filter((p) => p.includes(`/regions/${id}/`));
		if (problems.length && fromFile && problems.every((p) => p.includes(`/regions/${id}/journey.yaml`))) {
			await writeYaml(
				join(dir, 'journey.yaml'),
				{ roles: [], notes: [] },
				{ header: ['No journey yet.'], at: [] }
			);
			notes.push([
				'The borrowed journey cites clauses this text lacks; journey.yaml was left empty. Its problems:',
				problems.join('\n')
			]);
			problems = createPackValidator(regions)
				.checkAll()
				.filter((p) => p.includes(`/regions/${id}/`));
		}
		if (problems.length) throw new Error(problems.join('\n'));
	} catch (e) {
		rmSync(dir, { recursive: true, force: true });
		console.error(`region:new: ${e instanceof Error ? e.message : e}`);
		process.exit(1);
	}

	for (const [title, body] of notes) {
		console.log(`\n${title}`);
		if (body && typeof body === 'object' && 'clauses' in body)
			for (const c of body.clauses)
				console.log(
					`  ${'  '.repeat(c.depth)}${c.id.padEnd(14)} ${c.label.zh}${c.heading ? ` ${c.heading}` : ''}`
				);
		else if (body) console.log(body);
	}
	const fromDraft = `
Created ${rel(dir)}/ from the draft: source.txt, meta.yaml, profile.yaml, eligibility.yaml, journey.yaml,
expectations.yaml — valid, so the app builds with it and lists it as a region.

Check next (README "Adding a region"; \`npm run packs:check\` checks the folder in seconds):
  1. meta.yaml — a draft's English title and name are its Chinese ones; set the province, issuer, dates,
     order, and drop the note that calls it a user's draft once it is a regulation.
  2. journey.yaml — the procedure the draft borrowed, if it was copied; else write one per role.
  3. walkthroughs.yaml, expectations.yaml, tests/scenarios/${id}/ — as for any region.
  4. npm run test:unit, then npm run build.`;
	if (fromFile) {
		console.log(fromDraft);
		return;
	}
	console.log(`
Created ${rel(dir)}/: source.txt, meta.yaml, profile.yaml, eligibility.yaml, journey.yaml and
expectations.yaml — valid, so the app builds with it (the folder is a region now: reader, search,
comparison and open data list it; eligibility, simulator, timelines and training once it has criteria
and a journey).

Fill in next (README "Adding a region"; \`npm run packs:check\` checks the folder in seconds):
  1. meta.yaml — the TODOs at its top: English title and name, province, level, status, issuer, dates,
     validity (cite the clause on entry into force), the operator's term, order. Until the English
     names, the province and the operator's term are in, the unit tests fail on them (the open data
     requires both languages).
  2. profile.yaml — a cited value for every dimension the text answers; "not specified" where it is silent.
  3. eligibility.yaml — roles, criteria as conditions with verbatim quotes, materials, the facts read.
  4. journey.yaml — the procedure per role, and under \`facts\` each fact its stages require with the
     eligibility aspects it sums up; then walkthroughs.yaml (a training walkthrough) and
     expectations.yaml (what its tests pin: each criterion's pass/fail answers, the data conditions and
     signatories per role; src/lib/machines/graph.test.ts proves the statechart's properties on its own).
  5. tests/scenarios/${id}/ — scenario files covering both sides of every deadline.
  6. npm run test:unit, then npm run build: a citation to a clause the text lacks, an unknown dimension
     or an undeclared fact fails both, naming the file, the field and the id.`);
});
