#!/usr/bin/env node
// Converts the region data written as TypeScript (src/lib/regions/<id>/{meta,profile,eligibility,journey,
// walkthrough}.ts and src/lib/training/cross-region.ts) into region packs: YAML files validated by the pack
// schema (src/lib/rules/pack/). Deterministic and re-runnable:
//
//   node scripts/packs/convert.mjs [--rev <rev>] [--keep-ts]
//
// --rev reads the TypeScript as it is at that revision (e.g. `--rev main` after rebasing onto a main whose
// regions are still TypeScript); without it, from the working tree. Writes the YAML into the working tree and
// removes the TypeScript data files it converted (unless --keep-ts).
//
// What it carries over, and how: every value as the app loaded it (so every value, citation, note and qualifier
// is exactly what the engines received); eligibility conditions written with the combinators (allTrue(…),
// legalFormIn(ORGANIZATIONS) …) as their declarative data ({ allTrue: […] }, { oneOf: { fact, values } });
// the wording of each fact's question, from the questionnaire as it was, into the pack that reads the fact; the
// roles' glossary labels. Comments: a comment before or inside a property or list entry of the exported value
// becomes a YAML comment above that entry; comments elsewhere in the file (its header, before helper
// constants) become the file's header comment. The folder name is the id: `id` and `region` are dropped, and a
// walkthrough id loses its "<region>-" prefix (the loader puts it back).
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { commentText, commentsOf } from './comments.mjs';
import { atRevision, repoRoot, revArg } from './tree.mjs';
import { writeYaml } from './yaml.mjs';
import { withModule } from '../load-ts.mjs';

const argv = process.argv.slice(2);
const rev = revArg(argv);
const keepTs = argv.includes('--keep-ts');

const REGIONS = join(repoRoot, 'src/lib/regions');
const PARTS = [
	['meta', 'meta.ts', 'meta.yaml'],
	['profile', 'profile.ts', 'profile.yaml'],
	['eligibility', 'eligibility.ts', 'eligibility.yaml'],
	['journey', 'journey.ts', 'journey.yaml'],
	['walkthroughs', 'walkthrough.ts', 'walkthroughs.yaml']
];
const CROSS_REGION_TS = 'src/lib/training/cross-region.ts';

// ——— eligibility: combinators → declarative conditions ———

// A combinator's predicate ({ test: 'allOf', of: [...] }) as a pack condition ({ allTrue: [...] }): the working
// tree's own converter (a draft exported as a pack uses it too), whatever revision the data is read from.
const { toCondition } = await withModule('/src/lib/eligibility/pack-convert.ts', (m) => m);

const replaceKeys = (o, f) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(k, v)]));

function eligibilityPack(def, questionnaire, roleLabels) {
	const questions = questionnaire.flatMap((t) => t.questions);
	const reads = (q) =>
		q.usedBy.some((u) => u.region === def.region && (u.kind === 'criterion' || u.kind === 'material'));
	const facts = {};
	for (const q of questions) {
		if (q.fact.startsWith('materials.') || !['boolean', 'choice', 'incidents'].includes(q.kind) || !reads(q))
			continue;
		facts[q.fact] = {
			topic: q.topic,
			kind: q.kind,
			label: q.label,
			help: q.help,
			...(q.options ? { options: q.options } : {})
		};
	}
	const related = questions.find((q) => q.fact === 'relatedEntities');
	const out = {};
	for (const [k, v] of Object.entries(def)) {
		if (k === 'region') continue;
		if (k === 'roles') {
			out.roles = v.map(({ role, ...rest }) => {
				const label = roleLabels[role];
				if (!label) throw new Error(`${def.region}: no label for role "${role}"`);
				return { role, label, ...rest };
			});
		} else if (k === 'criteria')
			out.criteria = v.map((c) => replaceKeys(c, (ck, cv) => (ck === 'when' ? toCondition(cv) : cv)));
		else if (k === 'materials')
			out.materials = v.map((m) => replaceKeys(m, (mk, mv) => (mk === 'ready' ? toCondition(mv) : mv)));
		else if (k === 'relatedEntities') {
			if (!related) throw new Error('no relatedEntities question in the questionnaire');
			out.relatedEntities = { ...v, question: { label: related.label, help: related.help } };
		} else out[k] = v;
	}
	out.facts = facts;
	return out;
}

/** The doc comment of an exported constant (the legal-form groups of facts.ts), as comment lines. */
function docComment(file, name) {
	const text = readFileSync(file, 'utf8');
	const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	for (const st of sf.statements)
		if (
			ts.isVariableStatement(st) &&
			st.declarationList.declarations.some((d) => d.name.getText(sf) === name)
		)
			return (ts.getLeadingCommentRanges(text, st.pos) ?? []).flatMap((r) =>
				commentText(text.slice(r.pos, r.end))
			);
	return [];
}

/**
 * Comments the converter adds to eligibility.yaml: where a oneOf lists a named group of the old facts.ts
 * (ORGANIZATIONS …), that group's name and doc comment; and a word on `facts`.
 */
function eligibilityComments(data, factsModule, factsFile) {
	const groups = Object.entries(factsModule).filter(
		([name, v]) => /^[A-Z_]+$/.test(name) && Array.isArray(v) && v.every((x) => typeof x === 'string')
	);
	const at = [
		[
			['facts'],
			[
				'The facts the conditions read, each with the question that asks it. The questionnaire asks each fact',
				'once across the packs in use (the first pack in region order words it).'
			]
		]
	];
	const walk = (x, path) => {
		if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...path, i]));
		else if (x && typeof x === 'object')
			for (const [k, y] of Object.entries(x)) {
				if (k === 'oneOf' && Array.isArray(y.values)) {
					const hit = groups.find(([name, g]) => name !== 'LEGAL_FORMS' && g.join() === y.values.join());
					if (hit)
						at.push([[...path, k, 'values'], [`${hit[0]}: ${docComment(factsFile, hit[0]).join(' ')}`]]);
				}
				walk(y, [...path, k]);
			}
	};
	walk(data, []);
	return at;
}

// ——— run ———

const written = [];
const removed = [];
await atRevision(rev, async (load, root) => {
	const { regions } = await load('/src/lib/regions/registry.ts');
	const { eligibilityRules } = await load('/src/lib/eligibility/regions.ts');
	const { buildQuestionnaire } = await load('/src/lib/eligibility/questionnaire.ts');
	const factsModule = await load('/src/lib/eligibility/facts.ts');
	const { ROLE_LABELS } = factsModule;
	const questionnaire = buildQuestionnaire(eligibilityRules);
	const srcRegions = join(root, 'src/lib/regions');
	const folders = readdirSync(srcRegions, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(srcRegions, e.name, 'meta.ts')))
		.map((e) => e.name)
		.sort();
	// Every folder with a meta.ts is converted, registered as a rule region or not (a document: meta only).
	const unregistered = folders.filter((f) => !regions.some((r) => r.id === f));
	if (unregistered.length) console.log(`documents without rule data (meta only): ${unregistered.join(', ')}`);

	for (const id of folders) {
		for (const [part, tsFile, yamlFile] of PARTS) {
			const file = join(srcRegions, id, tsFile);
			if (!existsSync(file)) continue;
			const mod = await load(`/src/lib/regions/${id}/${tsFile}`);
			const exportName = part;
			const value = mod[exportName];
			if (value === undefined) throw new Error(`${file}: no export "${exportName}"`);
			let data;
			let extra = [];
			if (part === 'meta') {
				const { id: _id, ...rest } = value;
				if (_id !== id) throw new Error(`${file}: id "${_id}" is not the folder name`);
				data = rest;
			} else if (part === 'eligibility') {
				data = eligibilityPack(value, questionnaire, ROLE_LABELS);
				extra = eligibilityComments(data, factsModule, join(root, 'src/lib/eligibility/facts.ts'));
			} else if (part === 'walkthroughs') {
				data = value.map(({ region, id: wid, ...rest }) => {
					if (region !== id || !wid.startsWith(`${id}-`))
						throw new Error(`${file}: walkthrough "${wid}" must be region "${id}" and start with "${id}-"`);
					return { id: wid.slice(id.length + 1), ...rest };
				});
			} else {
				const { region, ...rest } = value;
				if (region !== id) throw new Error(`${file}: region "${region}" is not the folder name`);
				data = rest;
			}
			const target = join(REGIONS, id, yamlFile);
			const comments = commentsOf(file, exportName);
			comments.at.push(...extra);
			await writeYaml(target, JSON.parse(JSON.stringify(data)), comments);
			written.push(target);
			removed.push(join(REGIONS, id, tsFile));
		}
	}

	const cross = join(root, CROSS_REGION_TS);
	if (existsSync(cross)) {
		const { crossRegionWalkthroughs } = await load(`/${CROSS_REGION_TS}`);
		const data = crossRegionWalkthroughs.map(({ region: _r, ...rest }) => rest);
		const target = join(REGIONS, 'walkthroughs.yaml');
		await writeYaml(target, JSON.parse(JSON.stringify(data)), commentsOf(cross, 'crossRegionWalkthroughs'));
		written.push(target);
		removed.push(join(repoRoot, CROSS_REGION_TS));
	}
});

if (!keepTs)
	for (const f of removed)
		if (existsSync(f)) {
			rmSync(f);
			console.log(`removed ${relative(repoRoot, f)}`);
		}
for (const f of written) console.log(`wrote ${relative(repoRoot, f)}`);
