// The checks a pack's files must pass together, beyond their shapes: every clause cited exists in the text,
// every dimension exists in the catalogue and every value is typed to it, every fact a condition reads is
// declared with the right kind, every role, material and aspect named exists. The build runs them on every
// folder (scripts/packs/plugin.ts) and fails naming the file, the field and the id; the browser runs them on
// an imported pack. Pure: the caller supplies the parsed clause ids and the catalogues.
// Every problem is the app's own words (a Paraglide message, `packcheck_*`, filled with the ids and field names
// it quotes): none is law-derived, so no {zh, en} pair is written here. The build says them in English
// (`wordsIn(p.message, 'en')`); the browser in the interface language. The plugin loads this module outside
// SvelteKit, so the messages come by a relative path.

import { m } from '../../paraglide/messages.js';
import type { Dimension } from '../../regions/types';
import { typeMismatch } from '../value-type.ts';
import { said, wordsIn, type Words } from '../words.ts';
import type { PackCondition, PackEligibility } from './eligibility';
import type { PackJourney } from './journey';
import { formatPath, type Path } from './kit.ts';
import type { PackMeta } from './meta';
import type { PackProfile } from './profile';
import { PACK_FILES, type PackPart } from './index.ts';
import type { PackWalkthrough } from './walkthroughs';

export interface PackProblem {
	/** The file: "eligibility.yaml". */
	file: string;
	/** Where in it: "criteria[3].when.allTrue[1]". */
	field: string;
	/** The app's own words (a kit problem may still be a {zh, en} pair). */
	message: Words;
}

export interface PackContext {
	/** The pack's own region id (its folder name). */
	region: string;
	/** Clause ids of a region's text (the pack's own under its id); undefined for an unknown region. */
	clauses: (region: string) => ReadonlySet<string> | undefined;
	dimensions: readonly Dimension[];
	/** Ids of the eligibility aspects' catalogue. */
	aspects: ReadonlySet<string>;
}

export interface PackParts {
	meta?: PackMeta;
	profile?: PackProfile;
	eligibility?: PackEligibility;
	journey?: PackJourney;
	walkthroughs?: PackWalkthrough[];
}

/** The facts a condition reads, with the kind of fact each test needs, and the materials it names. */
export function conditionReads(
	c: PackCondition,
	path: Path = []
): { fact: string; kind: 'boolean' | 'choice' | 'incidents'; values?: string[]; path: Path }[] {
	if (c === 'authorityDecides') return [];
	if ('isTrue' in c || 'isFalse' in c) {
		const key = 'isTrue' in c ? 'isTrue' : 'isFalse';
		const fact = 'isTrue' in c ? c.isTrue : c.isFalse;
		return [
			{ fact, kind: 'boolean' as const, path: [...path, key] },
			...(c.alsoUnmetIf ?? []).map((f, i) => ({
				fact: f,
				kind: 'boolean' as const,
				path: [...path, 'alsoUnmetIf', i]
			}))
		];
	}
	if ('allTrue' in c)
		return c.allTrue.map((fact, i) => ({ fact, kind: 'boolean' as const, path: [...path, 'allTrue', i] }));
	if ('noneTrue' in c)
		return c.noneTrue.map((fact, i) => ({ fact, kind: 'boolean' as const, path: [...path, 'noneTrue', i] }));
	if ('allOf' in c) return c.allOf.flatMap((q, i) => conditionReads(q, [...path, 'allOf', i]));
	if ('anyOf' in c) return c.anyOf.flatMap((q, i) => conditionReads(q, [...path, 'anyOf', i]));
	if ('oneOf' in c)
		return [{ fact: c.oneOf.fact, kind: 'choice', values: c.oneOf.values, path: [...path, 'oneOf', 'fact'] }];
	if ('noIncidentWithinYears' in c)
		return [
			{
				fact: c.noIncidentWithinYears.fact ?? 'securityIncidents',
				kind: 'incidents',
				path: [...path, 'noIncidentWithinYears']
			}
		];
	if ('noIncidentEver' in c)
		return [
			{
				fact: c.noIncidentEver.fact ?? 'securityIncidents',
				kind: 'incidents',
				path: [...path, 'noIncidentEver']
			}
		];
	return [];
}

/** The materials a condition names (materialReady), with where. */
function materialsNamed(c: PackCondition, path: Path = []): { id: string; path: Path }[] {
	if (c === 'authorityDecides') return [];
	if ('materialReady' in c) return [{ id: c.materialReady, path: [...path, 'materialReady'] }];
	if ('allOf' in c) return c.allOf.flatMap((q, i) => materialsNamed(q, [...path, 'allOf', i]));
	if ('anyOf' in c) return c.anyOf.flatMap((q, i) => materialsNamed(q, [...path, 'anyOf', i]));
	return [];
}

const isCitationKey = (k: string) => k === 'citations' || k.endsWith('Citations');

/** Every clause id a part cites, with where: `citations` and `…Citations` lists at any depth (and within them). */
function citedIn(x: unknown, path: Path = [], inCitations = false): { id: string; path: Path }[] {
	if (typeof x === 'string') return inCitations ? [{ id: x, path }] : [];
	if (Array.isArray(x)) return x.flatMap((y, i) => citedIn(y, [...path, i], inCitations));
	if (x && typeof x === 'object')
		return Object.entries(x).flatMap(([k, y]) => citedIn(y, [...path, k], inCitations || isCitationKey(k)));
	return [];
}

/** What each part's check shares: where problems go, and the clause and dimension look-ups. */
interface Checker {
	ctx: PackContext;
	dims: Map<string, Dimension>;
	add: (part: PackPart, path: Path, message: Words) => void;
	/** A clause id of the pack's own text (or "region:clause" where `refs` allows it). */
	checkClause: (part: PackPart, id: string, path: Path, refs?: boolean) => void;
	checkCitations: (part: PackPart, value: unknown, prefix?: Path) => void;
	checkDimension: (part: PackPart, id: string, path: Path) => void;
}

export function checkPack(parts: PackParts, ctx: PackContext): PackProblem[] {
	const problems: PackProblem[] = [];
	const add = (part: PackPart, path: Path, message: Words) =>
		problems.push({ file: PACK_FILES[part], field: formatPath(path), message });
	const own = ctx.clauses(ctx.region);
	const dims = new Map<string, Dimension>(ctx.dimensions.map((d) => [d.id, d]));

	/** A clause id of the pack's own text (or "region:clause" where `refs` allows it). */
	const checkClause = (part: PackPart, id: string, path: Path, refs = false) => {
		const i = refs ? id.indexOf(':') : -1;
		const region = i > 0 ? id.slice(0, i) : ctx.region;
		const clause = i > 0 ? id.slice(i + 1) : id;
		const set = region === ctx.region ? own : ctx.clauses(region);
		if (!set) add(part, path, said(m.packcheck_unknown_region, { region }));
		else if (!set.has(clause)) add(part, path, said(m.packcheck_clause_not_in_text, { clause, region }));
	};
	const checkCitations = (part: PackPart, value: unknown, prefix: Path = []) => {
		for (const c of citedIn(value, prefix)) checkClause(part, c.id, c.path);
	};
	const checkDimension = (part: PackPart, id: string, path: Path) => {
		if (!dims.has(id)) add(part, path, said(m.packcheck_dimension_unknown, { id }));
	};
	const c: Checker = { ctx, dims, add, checkClause, checkCitations, checkDimension };

	if (parts.meta) checkMeta(parts, parts.meta, c);
	if (parts.profile) checkProfile(parts, parts.profile, c);
	if (parts.eligibility) checkEligibility(parts.eligibility, c);
	if (parts.journey) checkJourney(parts.journey, c);
	if (parts.walkthroughs) checkWalkthroughs(parts.walkthroughs, parts.journey, c);
	return problems;
}

/** meta.yaml: its own citations, and what its level allows. */
function checkMeta(parts: PackParts, meta: NonNullable<PackParts['meta']>, c: Checker): void {
	const { add, checkCitations } = c;
	// Other versions' clauses are in texts not in the corpus: only this text's own citations are checked.
	const { versions: _versions, supersededBy: _supersededBy, ...ownMeta } = meta;
	checkCitations('meta', ownMeta);
	const rules = parts.profile || parts.eligibility || parts.journey || parts.walkthroughs;
	if (rules && meta.level === 'national') add('meta', ['level'], said(m.packcheck_national_no_rules));
	if (parts.profile && meta.level !== 'national')
		for (const key of ['province', 'operatorTerm'] as const)
			if (!meta[key]) add('meta', [key], said(m.packcheck_rule_region_needs, { key }));
}

/** profile.yaml: a cited value of the right kind for every dimension of the catalogue, in date order. */
function checkProfile(parts: PackParts, profile: NonNullable<PackParts['profile']>, c: Checker): void {
	const { add, checkCitations, checkDimension, ctx, dims } = c;
	const values = profile.values;
	const declaredRoles = new Set((parts.eligibility?.roles ?? []).map((r) => r.role));
	for (const d of ctx.dimensions)
		if (!values[d.id]?.length) add('profile', ['values', d.id], said(m.packcheck_no_value, { id: d.id }));
	for (const [id, list] of Object.entries(values)) {
		const dim = dims.get(id);
		if (!dim) {
			checkDimension('profile', id, ['values', id]);
			continue;
		}
		list.forEach((dv, i) => {
			const at: Path = ['values', id, i];
			const mismatch = typeMismatch(dim, dv.value);
			if (mismatch === 'kind')
				add('profile', [...at, 'value', 'kind'], said(m.packcheck_value_kind, { id, type: dim.type }));
			if (mismatch === 'option') add('profile', [...at, 'value'], said(m.packcheck_value_option, { id }));
			if (dv.value.kind !== 'notSpecified' && dv.citations.length === 0)
				add('profile', [...at, 'citations'], said(m.packcheck_value_uncited));
			if (i > 0 && (list[i - 1]!.from ?? '') > (dv.from ?? ''))
				add('profile', [...at, 'from'], said(m.packcheck_value_order));
			// Tiers kept apart (issue 22, item 1): a value names only declared roles, and in a region with
			// two roles every value of a per-role dimension names the role(s) it binds.
			for (const r of dv.roles ?? [])
				if (!declaredRoles.has(r))
					add('profile', [...at, 'roles'], said(m.packcheck_profile_role_undeclared, { role: r }));
			if (dim.perRole && declaredRoles.size > 1 && !dv.roles?.length)
				add('profile', [...at, 'roles'], said(m.packcheck_value_role_needed, { id }));
		});
		checkCitations('profile', list, ['values', id]);
	}
}

/** eligibility.yaml: unique ids, declared roles, facts and materials, known aspects. */
function checkEligibility(e: NonNullable<PackParts['eligibility']>, c: Checker): void {
	const { add, checkCitations, ctx } = c;
	checkCitations('eligibility', e);
	const roles = new Set<string>(e.roles.map((r) => r.role));
	const materials = new Set(e.materials.map((x) => x.id));
	const read = new Set<string>();
	const dup = (ids: string[], what: string, key: string) => {
		const seen = new Set<string>();
		ids.forEach((id, i) => {
			if (seen.has(id)) add('eligibility', [key, i, what], said(m.packcheck_duplicate_id, { id }));
			seen.add(id);
		});
	};
	dup(
		e.roles.map((r) => r.role),
		'role',
		'roles'
	);
	dup(
		e.criteria.map((c) => c.id),
		'id',
		'criteria'
	);
	dup(
		e.materials.map((c) => c.id),
		'id',
		'materials'
	);
	const checkCondition = (c: PackCondition, path: Path) => {
		for (const r of conditionReads(c, path)) {
			read.add(r.fact);
			const decl = e.facts[r.fact];
			if (!decl) add('eligibility', r.path, said(m.packcheck_fact_undeclared, { fact: r.fact }));
			else if (decl.kind !== r.kind)
				add(
					'eligibility',
					r.path,
					said(m.packcheck_fact_kind, { fact: r.fact, kind: r.kind, declared: decl.kind })
				);
			else if (r.values) {
				const known = new Set((decl.options ?? []).map((o) => o.value));
				r.values.forEach((value, i) => {
					if (!known.has(value))
						add(
							'eligibility',
							[...path, 'oneOf', 'values', i],
							said(m.packcheck_fact_option, { value, fact: r.fact })
						);
				});
			}
		}
		for (const mat of materialsNamed(c, path))
			if (!materials.has(mat.id))
				add('eligibility', mat.path, said(m.packcheck_material_unknown, { id: mat.id }));
	};
	const checkRoles = (list: string[], path: Path) =>
		list.forEach((r, i) => {
			if (!roles.has(r)) add('eligibility', [...path, i], said(m.packcheck_role_undeclared, { role: r }));
		});
	e.criteria.forEach((c, i) => {
		checkRoles(c.roles, ['criteria', i, 'roles']);
		if (!ctx.aspects.has(c.aspect))
			add('eligibility', ['criteria', i, 'aspect'], said(m.packcheck_aspect_unknown, { aspect: c.aspect }));
		if (c.relatedEntityMay && !e.relatedEntities)
			add('eligibility', ['criteria', i, 'relatedEntityMay'], said(m.packcheck_related_needed));
		if (c.when === 'authorityDecides' && !c.discretion)
			add('eligibility', ['criteria', i, 'discretion'], said(m.packcheck_discretion_needed));
		checkCondition(c.when, ['criteria', i, 'when']);
	});
	e.materials.forEach((x, i) => {
		checkRoles(x.roles, ['materials', i, 'roles']);
		checkCondition(x.ready, ['materials', i, 'ready']);
	});
	for (const aspect of Object.keys(e.notImposed ?? {}))
		if (!ctx.aspects.has(aspect))
			add('eligibility', ['notImposed', aspect], said(m.packcheck_aspect_unknown, { aspect }));
	for (const [fact, decl] of Object.entries(e.facts)) {
		if (!read.has(fact)) add('eligibility', ['facts', fact], said(m.packcheck_fact_unread, { fact }));
		if (decl.kind !== 'boolean' && !decl.options)
			add(
				'eligibility',
				['facts', fact, 'options'],
				said(m.packcheck_fact_options_needed, { kind: decl.kind })
			);
	}
}

/** journey.yaml: unique roles, known dimensions, and the applicant facts its stages read, declared. */
function checkJourney(j: NonNullable<PackParts['journey']>, c: Checker): void {
	const { add, checkCitations, checkDimension, ctx } = c;
	checkCitations('journey', j);
	const seen = new Set<string>();
	j.roles.forEach((r, i) => {
		if (seen.has(r.id)) add('journey', ['roles', i, 'id'], said(m.packcheck_duplicate_role, { id: r.id }));
		seen.add(r.id);
	});
	const walk = (x: unknown, path: Path) => {
		if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...path, i]));
		else if (x && typeof x === 'object')
			for (const [k, y] of Object.entries(x)) {
				if (k === 'dimension' && typeof y === 'string') checkDimension('journey', y, [...path, k]);
				else walk(y, [...path, k]);
			}
	};
	walk(j, []);
	// The applicant facts the stages read are the pack's own declarations (journey.yaml `facts`).
	const declared = j.facts ?? {};
	const readFacts = new Set<string>();
	j.roles.forEach((r, i) =>
		r.admission.forEach((st, k) =>
			(st.requires ?? []).forEach((q, n) => {
				readFacts.add(q.fact);
				if (!Object.hasOwn(declared, q.fact))
					add(
						'journey',
						['roles', i, 'admission', k, 'requires', n, 'fact'],
						said(m.packcheck_journey_fact_undeclared, { fact: q.fact })
					);
			})
		)
	);
	for (const [fact, decl] of Object.entries(declared)) {
		if (!readFacts.has(fact))
			add('journey', ['facts', fact], said(m.packcheck_journey_fact_unread, { fact }));
		decl.aspects.forEach((aspect, i) => {
			if (!ctx.aspects.has(aspect))
				add('journey', ['facts', fact, 'aspects', i], said(m.packcheck_aspect_unknown, { aspect }));
		});
	}
}

/** walkthroughs.yaml: unique ids, journey roles, quoted clauses, and quiz answers among their options. */
function checkWalkthroughs(
	walkthroughs: NonNullable<PackParts['walkthroughs']>,
	journey: PackParts['journey'],
	c: Checker
): void {
	const { add, checkClause, checkDimension } = c;
	const ids = new Set<string>();
	const journeyRoles = new Set((journey?.roles ?? []).map((r) => r.id));
	walkthroughs.forEach((w, i) => {
		if (ids.has(w.id)) add('walkthroughs', [i, 'id'], said(m.packcheck_duplicate_id, { id: w.id }));
		ids.add(w.id);
		if (w.role !== undefined && !journeyRoles.has(w.role))
			add('walkthroughs', [i, 'role'], said(m.packcheck_walkthrough_role_unknown, { role: w.role }));
		w.steps.forEach((s, k) => {
			(s.quote ?? []).forEach((ref, n) =>
				checkClause('walkthroughs', ref, [i, 'steps', k, 'quote', n], true)
			);
			const q = s.quiz;
			if (!q) return;
			q.citations.forEach((ref, n) =>
				checkClause('walkthroughs', ref, [i, 'steps', k, 'quiz', 'citations', n], true)
			);
			if (q.kind === 'choice' && q.basis && 'dimension' in q.basis)
				checkDimension('walkthroughs', q.basis.dimension, [i, 'steps', k, 'quiz', 'basis', 'dimension']);
			if (q.kind === 'choice' && !q.options.some((o) => o.id === q.answer))
				add('walkthroughs', [i, 'steps', k, 'quiz', 'answer'], said(m.packcheck_quiz_answer));
			if (q.kind === 'next' && !q.options.includes(q.answer))
				add('walkthroughs', [i, 'steps', k, 'quiz', 'answer'], said(m.packcheck_quiz_answer));
		});
	});
}

/** One line per problem, for the build: "src/lib/regions/x/profile.yaml: values.term.maxMonths: …". */
export function formatPackProblems(dir: string, problems: readonly PackProblem[]): string {
	return problems
		.map((p) => `${dir}/${p.file}${p.field ? `: ${p.field}` : ''}: ${wordsIn(p.message, 'en')}`)
		.join('\n');
}
