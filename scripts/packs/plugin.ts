// The build's gate for region packs: a Vite plugin that turns each data file of src/lib/regions/<id>/
// (meta, profile, eligibility, journey, walkthroughs .yaml) into a JSON module after validating it — its shape
// against the pack schema, then the folder as a whole (cited clauses exist in source.txt, dimensions and
// aspects in their catalogues, facts and roles declared …). A problem fails the build, the dev server and the
// tests alike, naming the file, the field and the id. Used by vite.config.ts and by the Node scripts
// (scripts/load-ts.config.ts).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type * as v from 'valibot';
import type { Plugin } from 'vite';
import { parseDocument } from 'yaml';
import { labelMapOf } from '../../src/lib/corpus/labels.ts';
import { parseCorpus } from '../../src/lib/corpus/parse.ts';
import { buildShard, docsFromCorpus } from '../../src/lib/search/search.ts';
import { ASPECTS } from '../../src/lib/eligibility/aspects.ts';
import { DIMENSIONS } from '../../src/lib/regions/dimensions.ts';
import type { ParseOptions, RegionId } from '../../src/lib/regions/types';
import { checkPack, type PackParts, type PackProblem } from '../../src/lib/rules/pack/check.ts';
import { wordsIn } from '../../src/lib/rules/words.ts';
import {
	manifestEntry,
	PACK_FILES,
	parsePart,
	partOf,
	type PackEligibility,
	type PackJourney,
	type PackMeta,
	type PackPart,
	type PackWalkthrough
} from '../../src/lib/rules/pack/index.ts';
import {
	NationalDutiesSchema,
	nationalDutyProblems,
	nationalDutyRefs
} from '../../src/lib/rules/pack/national.ts';
import { WalkthroughsSchema } from '../../src/lib/rules/pack/walkthroughs.ts';
import { courseSummary, fromPack } from '../../src/lib/training/types.ts';
import { parseWith } from '../../src/lib/rules/pack/kit.ts';

/** The cross-region walkthroughs, beside the folders: quotes are "region:clause". */
export const CROSS_REGION_FILE = 'walkthroughs.yaml';
/** The national duties (src/lib/regions/national/duties.yaml): national law as data, beside the packs. */
export const NATIONAL_DUTIES_FILE = 'national/duties.yaml';
/** A region's test expectations (pinned figures its tests check), beside its data. */
export const EXPECTATIONS_FILE = 'expectations.yaml';

export class PackError extends Error {}

/** Parse YAML strictly (YAML 1.2 core schema: dates stay strings, duplicate keys refused). */
export function readYaml(path: string): unknown {
	const doc = parseDocument(readFileSync(path, 'utf8'), {
		prettyErrors: true,
		uniqueKeys: true,
		schema: 'core'
	});
	if (doc.errors.length) throw new PackError(`${path}: ${doc.errors.map((e) => e.message).join('\n')}`);
	return doc.toJS({ maxAliasCount: 100 });
}

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : -1);

interface FolderResult {
	parts: PackParts;
	/** Problems by file name. */
	problems: Map<string, string[]>;
	clauses?: ReadonlySet<string>;
}

/** A pack folder's id: its name (a build-time RegionId boundary, beside the registry's packRegionOf). */
const packId = (dir: string) => basename(dir) as RegionId;

/** Validates pack folders under `regionsDir`, caching each folder's result until one of its files changes. */
export function createPackValidator(regionsDir: string) {
	const cache = new Map<string, { stamp: string; result: FolderResult }>();

	const stampOf = (dir: string) =>
		['source.txt', ...Object.values(PACK_FILES)].map((f) => mtime(join(dir, f))).join('|');

	function shapes(dir: string): FolderResult {
		const parts: PackParts = {};
		const problems = new Map<string, string[]>();
		const put = (file: string, lines: string[]) =>
			problems.set(file, [...(problems.get(file) ?? []), ...lines]);
		for (const [part, file] of Object.entries(PACK_FILES) as [PackPart, string][]) {
			const path = join(dir, file);
			if (!existsSync(path)) continue;
			let raw: unknown;
			try {
				raw = readYaml(path);
			} catch (e) {
				put(file, [(e as Error).message]);
				continue;
			}
			const r = parsePart(part, raw);
			if (r.ok) (parts as Record<string, unknown>)[part] = r.value;
			else
				put(
					file,
					r.problems.map((p) => `${p.field ? `${p.field}: ` : ''}${wordsIn(p.message, 'en')}`)
				);
		}
		let clauses: ReadonlySet<string> | undefined;
		const source = join(dir, 'source.txt');
		if (!existsSync(join(dir, PACK_FILES.meta)))
			put(PACK_FILES.meta, ['missing: every pack folder has a meta.yaml']);
		else if (!existsSync(source))
			put('source.txt', ['missing: every pack folder has its text in source.txt']);
		else if (parts.meta) {
			try {
				const corpus = parseCorpus(
					packId(dir),
					readFileSync(source, 'utf8'),
					parts.meta.parse as ParseOptions
				);
				clauses = new Set(corpus.clauses.map((c) => c.id));
			} catch (e) {
				put(PACK_FILES.meta, [
					`parse: source.txt does not split with these options: ${(e as Error).message}`
				]);
			}
		}
		return { parts, problems, clauses };
	}

	function folder(dir: string): FolderResult {
		const stamp = stampOf(dir);
		const hit = cache.get(dir);
		if (hit && hit.stamp === stamp) return hit.result;
		const result = shapes(dir);
		cache.set(dir, { stamp, result });
		if (result.clauses) {
			const found = checkPack(result.parts, context(basename(dir)));
			for (const p of found) addProblem(result, p);
		}
		return result;
	}

	function addProblem(result: FolderResult, p: PackProblem) {
		const line = `${p.field ? `${p.field}: ` : ''}${wordsIn(p.message, 'en')}`;
		result.problems.set(p.file, [...(result.problems.get(p.file) ?? []), line]);
	}

	const clausesOf = (region: string): ReadonlySet<string> | undefined => {
		const dir = join(regionsDir, region);
		if (!/^[a-z][A-Za-z0-9-]*$/.test(region) || !existsSync(join(dir, PACK_FILES.meta))) return undefined;
		const stamp = stampOf(dir);
		const hit = cache.get(dir);
		return (hit && hit.stamp === stamp ? hit.result : shapes(dir)).clauses;
	};

	const context = (region: string) => ({
		region,
		clauses: clausesOf,
		dimensions: DIMENSIONS,
		aspects: new Set<string>(ASPECTS.map((a) => a.id))
	});

	/** Every pack folder (a directory with a meta.yaml). */
	function folders(): string[] {
		return readdirSync(regionsDir, { withFileTypes: true })
			.filter((e) => e.isDirectory() && existsSync(join(regionsDir, e.name, PACK_FILES.meta)))
			.map((e) => e.name)
			.sort();
	}

	/** A data file's validated content; throws a PackError naming file, field and id. */
	function load(path: string): unknown {
		const file = basename(path);
		const dir = dirname(path);
		if (dir === regionsDir && file === CROSS_REGION_FILE) return crossRegion(path);
		if (path === join(regionsDir, NATIONAL_DUTIES_FILE)) return nationalDuties(path);
		const part = partOf(file);
		if (!part)
			throw new PackError(
				`${path}: not a pack file (expected one of ${Object.values(PACK_FILES).join(', ')})`
			);
		const result = folder(dir);
		const own = result.problems.get(file) ?? [];
		// A text that will not split, or a missing meta.yaml, is every file's problem.
		const shared =
			file === PACK_FILES.meta
				? []
				: [...(result.problems.get(PACK_FILES.meta) ?? []), ...(result.problems.get('source.txt') ?? [])];
		if (own.length || shared.length) {
			const lines = [
				...own.map((l) => `${display(dir)}/${file}: ${l}`),
				...shared.map((l) => `${display(dir)}/${PACK_FILES.meta}: ${l}`)
			];
			throw new PackError(`invalid region pack:\n  ${lines.join('\n  ')}`);
		}
		return result.parts[part];
	}

	/**
	 * A data file outside the region folders: read, its shape checked by `schema`, then what it cites by
	 * `cited` (one line per problem, led by the field). Throws a PackError headed "invalid <what>" naming
	 * the file on every line.
	 */
	function checkedFile<S extends v.GenericSchema>(
		path: string,
		what: string,
		schema: S,
		cited: (value: v.InferOutput<S>) => string[]
	): v.InferOutput<S> {
		let raw: unknown;
		try {
			raw = readYaml(path);
		} catch (e) {
			throw new PackError((e as Error).message);
		}
		const where = display(path);
		const invalid = (lines: string[]) =>
			new PackError(`invalid ${what}:\n  ${lines.map((l) => `${where}: ${l}`).join('\n  ')}`);
		const r = parseWith(schema, raw);
		if (!r.ok) throw invalid(r.problems.map((p) => `${p.field}: ${wordsIn(p.message, 'en')}`));
		const problems = cited(r.value);
		if (problems.length) throw invalid(problems);
		return r.value;
	}

	/** walkthroughs.yaml (cross-region): its shape, then every clause it quotes or cites names its region and exists. */
	const crossRegion = (path: string): unknown =>
		checkedFile(path, 'walkthroughs', WalkthroughsSchema, (walkthroughs) => {
			const problems: string[] = [];
			walkthroughs.forEach((w, i) =>
				w.steps.forEach((s, k) => {
					const refs = [
						...(s.quote ?? []).map((ref, n) => [ref, `[${i}].steps[${k}].quote[${n}]`] as const),
						...(s.quiz?.citations ?? []).map(
							(ref, n) => [ref, `[${i}].steps[${k}].quiz.citations[${n}]`] as const
						)
					];
					for (const [ref, field] of refs) {
						const at = ref.indexOf(':');
						if (at < 0) problems.push(`${field}: "${ref}" needs its region ("region:clause")`);
						else if (!clausesOf(ref.slice(0, at))?.has(ref.slice(at + 1)))
							problems.push(`${field}: clause "${ref}" is not in that region's source.txt`);
					}
				})
			);
			return problems;
		});

	/** national/duties.yaml: its shape, then every clause it cites exists in the text it names. */
	const nationalDuties = (path: string): unknown =>
		checkedFile(path, 'national duties', NationalDutiesSchema, (duties) => {
			const problems = nationalDutyProblems(duties);
			for (const { document, clause, field } of nationalDutyRefs(duties)) {
				const clauses = clausesOf(document);
				if (!clauses) problems.push(`${field}: unknown document "${document}"`);
				else if (!clauses.has(clause))
					problems.push(`${field}: clause "${clause}" is not in ${document}'s source.txt`);
			}
			return problems;
		});

	const display = (p: string) => relative(resolve(regionsDir, '../../..'), p) || p;

	/** Validate every folder; the problems, one line each (empty when all is well). */
	function checkAll(): string[] {
		const out: string[] = [];
		for (const id of folders()) {
			const dir = join(regionsDir, id);
			for (const file of [...Object.values(PACK_FILES)].filter((f) => existsSync(join(dir, f)))) {
				try {
					load(join(dir, file));
				} catch (e) {
					out.push((e as Error).message);
				}
			}
		}
		for (const file of [CROSS_REGION_FILE, NATIONAL_DUTIES_FILE]) {
			const path = join(regionsDir, file);
			if (existsSync(path))
				try {
					load(path);
				} catch (e) {
					out.push((e as Error).message);
				}
		}
		return [...new Set(out)];
	}

	return { load, folders, checkAll };
}

/** The eligibility catalogue, built from every pack at build time (see eligibilityCatalogue). */
export const ELIGIBILITY_CATALOGUE = 'virtual:pdao/eligibility-catalogue';
const RESOLVED_CATALOGUE = '\0' + ELIGIBILITY_CATALOGUE;

/**
 * What a page needs eagerly about eligibility, however many regions there are: the regions with criteria (in the
 * registry's region order), and every declared fact, role label and related-entities question — the first pack
 * in region order wording each (packs mostly share them, so this grows with the vocabulary, not the regions).
 * The criteria themselves load per region, on demand.
 */
export function eligibilityCatalogue(validator: ReturnType<typeof createPackValidator>, regionsDir: string) {
	const rules = validator
		.folders()
		.filter((id) => existsSync(join(regionsDir, id, PACK_FILES.eligibility)))
		.map((id) => {
			const meta = validator.load(join(regionsDir, id, PACK_FILES.meta)) as PackMeta;
			const pack = validator.load(join(regionsDir, id, PACK_FILES.eligibility)) as PackEligibility;
			const ruleRegion = meta.level !== 'national' && existsSync(join(regionsDir, id, PACK_FILES.profile));
			return { id, order: ruleRegion ? (meta.order ?? Infinity) : Infinity, pack, ruleRegion };
		})
		.filter((r) => r.pack.criteria.length > 0 && r.pack.roles.length > 0)
		.sort(
			(a, b) => Number(b.ruleRegion) - Number(a.ruleRegion) || a.order - b.order || a.id.localeCompare(b.id)
		);
	const facts: Record<string, unknown> = {};
	const roleLabels: Record<string, unknown> = {};
	for (const r of rules) {
		for (const [k, v] of Object.entries(r.pack.facts)) if (!(k in facts)) facts[k] = v;
		for (const role of r.pack.roles) if (!(role.role in roleLabels)) roleLabels[role.role] = role.label;
	}
	const question = rules.find((r) => r.pack.relatedEntities)?.pack.relatedEntities?.question;
	return { regions: rules.map((r) => r.id), facts, roleLabels, relatedEntitiesQuestion: question ?? null };
}

/** The Vite plugin: pack files import as validated JSON (`export default …`). */
export function packs(): Plugin {
	let validator: ReturnType<typeof createPackValidator> | null = null;
	let regionsDir = '';
	return {
		name: 'pdao-packs',
		enforce: 'pre',
		configResolved(config) {
			regionsDir = resolve(config.root, 'src/lib/regions');
			validator = createPackValidator(regionsDir);
		},
		resolveId(id) {
			return id === ELIGIBILITY_CATALOGUE ? RESOLVED_CATALOGUE : null;
		},
		load(id) {
			if (id === RESOLVED_CATALOGUE) {
				for (const f of validator!.folders())
					for (const file of [PACK_FILES.meta, PACK_FILES.eligibility, PACK_FILES.profile]) {
						const path = join(regionsDir, f, file);
						if (existsSync(path)) this.addWatchFile(path);
					}
				try {
					return `export default ${JSON.stringify(eligibilityCatalogue(validator!, regionsDir))};`;
				} catch (e) {
					this.error((e as Error).message);
				}
			}
			const path = id.split('?')[0]!;
			// source.txt?shard: the region's search shard (its clauses and their serialized MiniSearch index);
			// source.txt?labels: its clause labels (corpus/labels), for citations that need no text
			const derived = /[?&](shard|labels)\b/.exec(id)?.[1];
			if (derived && basename(path) === 'source.txt' && path.startsWith(regionsDir + '/')) {
				const dir = dirname(path);
				this.addWatchFile(path);
				this.addWatchFile(join(dir, PACK_FILES.meta));
				try {
					const meta = validator!.load(join(dir, PACK_FILES.meta)) as { parse: ParseOptions };
					const corpus = parseCorpus(packId(dir), readFileSync(path, 'utf8'), meta.parse);
					if (derived === 'labels') return `export default ${JSON.stringify(labelMapOf(corpus))};`;
					const shard = buildShard(corpus.region, docsFromCorpus(corpus));
					// a string parsed at load (JSON.parse is faster than evaluating an object literal)
					return `export default ${JSON.stringify(JSON.stringify(shard))};`;
				} catch (e) {
					this.error((e as Error).message);
				}
			}
			if (!path.endsWith('.yaml') || !path.startsWith(regionsDir + '/')) return null;
			// A region's test expectations: plain data for its own tests, no schema.
			if (dirname(dirname(path)) === regionsDir && basename(path) === EXPECTATIONS_FILE) {
				this.addWatchFile(path);
				try {
					return `export default ${JSON.stringify(readYaml(path) ?? {})};`;
				} catch (e) {
					this.error((e as Error).message);
				}
			}
			const inFolder = dirname(dirname(path)) === regionsDir && partOf(basename(path)) !== null;
			const cross = dirname(path) === regionsDir && basename(path) === CROSS_REGION_FILE;
			const national = path === join(regionsDir, NATIONAL_DUTIES_FILE);
			if (!inFolder && !cross && !national) return null;
			for (const f of ['source.txt', ...Object.values(PACK_FILES)]) {
				const sibling = join(dirname(path), f);
				if (existsSync(sibling)) this.addWatchFile(sibling);
			}
			try {
				const data = validator!.load(path);
				// meta.yaml?manifest: the fields every document loads eagerly (the registry's manifest); the whole
				// meta loads per document
				if (/[?&]manifest\b/.test(id) && basename(path) === PACK_FILES.meta)
					return `export default ${JSON.stringify(manifestEntry(data as PackMeta))};`;
				// journey.yaml?roles: only the role ids, for an eager list of the regions that can be simulated.
				if (/[?&]roles\b/.test(id) && basename(path) === PACK_FILES.journey)
					return `export default ${JSON.stringify((data as PackJourney).roles.map((r) => r.id))};`;
				// eligibility.yaml?roles: only the roles the text defines (id, words, clauses), for saying which tier
				// a rule value binds without loading every region's criteria.
				if (/[?&]roles\b/.test(id) && basename(path) === PACK_FILES.eligibility)
					return `export default ${JSON.stringify({
						roles: (data as PackEligibility).roles.map(({ role, label, term, citations }) => ({
							role,
							label,
							term,
							citations
						}))
					})};`;
				// walkthroughs.yaml?index: each course's entry in the course list (id, title, summary, counts, the
				// texts it teaches from), for an eager list of courses without their steps — a region's and the
				// cross-region ones alike
				if (/[?&]index\b/.test(id) && basename(path) === PACK_FILES.walkthroughs)
					return `export default ${JSON.stringify(
						fromPack(cross ? null : packId(dirname(path)), data as PackWalkthrough[]).map(courseSummary)
					)};`;
				return `export default ${JSON.stringify(data)};`;
			} catch (e) {
				this.error((e as Error).message);
			}
		}
	};
}
