// The checks a pack's files must pass together, beyond their shapes: every clause cited exists in the text,
// every dimension exists in the catalogue and every value is typed to it, every fact a condition reads is
// declared with the right kind, every role, material and aspect named exists. The build runs them on every
// folder (scripts/packs/plugin.ts) and fails naming the file, the field and the id; the browser runs them on
// an imported pack. Pure: the caller supplies the parsed clause ids and the catalogues.

import { l } from '../../regions/localized.ts';
import type { Dimension, Localized } from '../../regions/types';
import { typeMismatch } from '../value-type.ts';
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
	message: Localized;
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
	add: (part: PackPart, path: Path, message: Localized) => void;
	/** A clause id of the pack's own text (or "region:clause" where `refs` allows it). */
	checkClause: (part: PackPart, id: string, path: Path, refs?: boolean) => void;
	checkCitations: (part: PackPart, value: unknown, prefix?: Path) => void;
	checkDimension: (part: PackPart, id: string, path: Path) => void;
}

export function checkPack(parts: PackParts, ctx: PackContext): PackProblem[] {
	const problems: PackProblem[] = [];
	const add = (part: PackPart, path: Path, message: Localized) =>
		problems.push({ file: PACK_FILES[part], field: formatPath(path), message });
	const own = ctx.clauses(ctx.region);
	const dims = new Map<string, Dimension>(ctx.dimensions.map((d) => [d.id, d]));

	/** A clause id of the pack's own text (or "region:clause" where `refs` allows it). */
	const checkClause = (part: PackPart, id: string, path: Path, refs = false) => {
		const i = refs ? id.indexOf(':') : -1;
		const region = i > 0 ? id.slice(0, i) : ctx.region;
		const clause = i > 0 ? id.slice(i + 1) : id;
		const set = region === ctx.region ? own : ctx.clauses(region);
		if (!set) add(part, path, l(`未知地区“${region}”`, `unknown region "${region}"`));
		else if (!set.has(clause))
			add(
				part,
				path,
				l(`条款“${clause}”不在${region}的文本中`, `clause "${clause}" is not in ${region}'s source.txt`)
			);
	};
	const checkCitations = (part: PackPart, value: unknown, prefix: Path = []) => {
		for (const c of citedIn(value, prefix)) checkClause(part, c.id, c.path);
	};
	const checkDimension = (part: PackPart, id: string, path: Path) => {
		if (!dims.has(id))
			add(part, path, l(`维度目录中没有“${id}”`, `dimension "${id}" is not in the catalogue`));
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
	if (rules && meta.level === 'national')
		add(
			'meta',
			['level'],
			l(
				'国家层级的文件只是文本，不能带规则数据（profile、eligibility、journey、walkthroughs）',
				'a national document is a text only: it takes no rule data (profile, eligibility, journey, walkthroughs)'
			)
		);
	if (parts.profile && meta.level !== 'national')
		for (const key of ['province', 'operatorTerm'] as const)
			if (!meta[key])
				add(
					'meta',
					[key],
					l(`有规则档案的地区必须写明 ${key}`, `a rule region (one with a profile.yaml) needs ${key}`)
				);
}

/** profile.yaml: a cited value of the right kind for every dimension of the catalogue, in date order. */
function checkProfile(parts: PackParts, profile: NonNullable<PackParts['profile']>, c: Checker): void {
	const { add, checkCitations, checkDimension, ctx, dims } = c;
	const values = profile.values;
	const declaredRoles = new Set((parts.eligibility?.roles ?? []).map((r) => r.role));
	for (const d of ctx.dimensions)
		if (!values[d.id]?.length)
			add('profile', ['values', d.id], l(`缺少维度“${d.id}”的取值`, `no value for dimension "${d.id}"`));
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
				add(
					'profile',
					[...at, 'value', 'kind'],
					l(`维度“${id}”的取值应为 ${dim.type}`, `"${id}" takes a ${dim.type} value`)
				);
			if (mismatch === 'option')
				add('profile', [...at, 'value'], l(`维度“${id}”没有此选项`, `a code not among "${id}"'s options`));
			if (dv.value.kind !== 'notSpecified' && dv.citations.length === 0)
				add(
					'profile',
					[...at, 'citations'],
					l('有规定的取值必须引用条款', 'a value the text states must cite it')
				);
			if (i > 0 && (list[i - 1]!.from ?? '') > (dv.from ?? ''))
				add('profile', [...at, 'from'], l('取值应按起始日期排列', 'dated values must be in date order'));
			// Tiers kept apart (issue 22, item 1): a value names only declared roles, and in a region with
			// two roles every value of a per-role dimension names the role(s) it binds.
			for (const r of dv.roles ?? [])
				if (!declaredRoles.has(r))
					add(
						'profile',
						[...at, 'roles'],
						l(`未声明的角色“${r}”`, `role "${r}" is not declared in eligibility.yaml`)
					);
			if (dim.perRole && declaredRoles.size > 1 && !dv.roles?.length)
				add(
					'profile',
					[...at, 'roles'],
					l(
						`维度“${id}”按角色分别规定：取值须写明约束哪一级主体（roles）`,
						`"${id}" differs by role: the value must say which role it binds (roles)`
					)
				);
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
			if (seen.has(id)) add('eligibility', [key, i, what], l(`重复的标识“${id}”`, `duplicate id "${id}"`));
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
			if (!decl)
				add(
					'eligibility',
					r.path,
					l(`未在 facts 中声明的事实“${r.fact}”`, `fact "${r.fact}" is not declared in facts`)
				);
			else if (decl.kind !== r.kind)
				add(
					'eligibility',
					r.path,
					l(
						`事实“${r.fact}”应为 ${r.kind} 类`,
						`fact "${r.fact}" is declared ${decl.kind}, read as ${r.kind}`
					)
				);
			else if (r.values) {
				const known = new Set((decl.options ?? []).map((o) => o.value));
				r.values.forEach((value, i) => {
					if (!known.has(value))
						add(
							'eligibility',
							[...path, 'oneOf', 'values', i],
							l(`“${value}”不是事实“${r.fact}”的选项`, `"${value}" is not an option of fact "${r.fact}"`)
						);
				});
			}
		}
		for (const mat of materialsNamed(c, path))
			if (!materials.has(mat.id))
				add('eligibility', mat.path, l(`没有材料“${mat.id}”`, `no material "${mat.id}" in materials`));
	};
	const checkRoles = (list: string[], path: Path) =>
		list.forEach((r, i) => {
			if (!roles.has(r))
				add('eligibility', [...path, i], l(`未声明的角色“${r}”`, `role "${r}" is not declared in roles`));
		});
	e.criteria.forEach((c, i) => {
		checkRoles(c.roles, ['criteria', i, 'roles']);
		if (!ctx.aspects.has(c.aspect))
			add(
				'eligibility',
				['criteria', i, 'aspect'],
				l(`未知的方面“${c.aspect}”`, `aspect "${c.aspect}" is not in the catalogue`)
			);
		if (c.relatedEntityMay && !e.relatedEntities)
			add(
				'eligibility',
				['criteria', i, 'relatedEntityMay'],
				l('需要 relatedEntities 规则', 'needs a relatedEntities rule')
			);
		if (c.when === 'authorityDecides' && !c.discretion)
			add(
				'eligibility',
				['criteria', i, 'discretion'],
				l(
					'由主管部门决定的条件必须为 discretion: true',
					'a condition the authority decides must have discretion: true'
				)
			);
		checkCondition(c.when, ['criteria', i, 'when']);
	});
	e.materials.forEach((x, i) => {
		checkRoles(x.roles, ['materials', i, 'roles']);
		checkCondition(x.ready, ['materials', i, 'ready']);
	});
	for (const aspect of Object.keys(e.notImposed ?? {}))
		if (!ctx.aspects.has(aspect))
			add(
				'eligibility',
				['notImposed', aspect],
				l(`未知的方面“${aspect}”`, `aspect "${aspect}" is not in the catalogue`)
			);
	for (const [fact, decl] of Object.entries(e.facts)) {
		if (!read.has(fact))
			add(
				'eligibility',
				['facts', fact],
				l(`声明了但没有条件读取的事实“${fact}”`, `fact "${fact}" is declared but no condition reads it`)
			);
		if (decl.kind !== 'boolean' && !decl.options)
			add(
				'eligibility',
				['facts', fact, 'options'],
				l(`${decl.kind} 类事实需要 options`, `a ${decl.kind} fact needs options`)
			);
	}
}

/** journey.yaml: unique roles, known dimensions, and the applicant facts its stages read, declared. */
function checkJourney(j: NonNullable<PackParts['journey']>, c: Checker): void {
	const { add, checkCitations, checkDimension, ctx } = c;
	checkCitations('journey', j);
	const seen = new Set<string>();
	j.roles.forEach((r, i) => {
		if (seen.has(r.id))
			add('journey', ['roles', i, 'id'], l(`重复的角色“${r.id}”`, `duplicate role "${r.id}"`));
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
						l(
							`事实“${q.fact}”未在 facts 中声明`,
							`fact "${q.fact}" is not declared under facts (with the aspects it sums up)`
						)
					);
			})
		)
	);
	for (const [fact, decl] of Object.entries(declared)) {
		if (!readFacts.has(fact))
			add(
				'journey',
				['facts', fact],
				l(`声明了但没有环节读取的事实“${fact}”`, `fact "${fact}" is declared but no stage requires it`)
			);
		decl.aspects.forEach((aspect, i) => {
			if (!ctx.aspects.has(aspect))
				add(
					'journey',
					['facts', fact, 'aspects', i],
					l(`未知的方面“${aspect}”`, `aspect "${aspect}" is not in the catalogue`)
				);
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
		if (ids.has(w.id)) add('walkthroughs', [i, 'id'], l(`重复的标识“${w.id}”`, `duplicate id "${w.id}"`));
		ids.add(w.id);
		if (w.role !== undefined && !journeyRoles.has(w.role))
			add(
				'walkthroughs',
				[i, 'role'],
				l(`行程中没有角色“${w.role}”`, `role "${w.role}" is not in journey.yaml`)
			);
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
				add(
					'walkthroughs',
					[i, 'steps', k, 'quiz', 'answer'],
					l('答案不在选项中', 'the answer is not one of the options')
				);
			if (q.kind === 'next' && !q.options.includes(q.answer))
				add(
					'walkthroughs',
					[i, 'steps', k, 'quiz', 'answer'],
					l('答案不在选项中', 'the answer is not one of the options')
				);
		});
	});
}

/** One line per problem, for the build: "src/lib/regions/x/profile.yaml: values.term.maxMonths: …". */
export function formatPackProblems(dir: string, problems: readonly PackProblem[]): string {
	return problems.map((p) => `${dir}/${p.file}${p.field ? `: ${p.field}` : ''}: ${p.message.en}`).join('\n');
}
