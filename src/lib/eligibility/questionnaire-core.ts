// The questionnaire: topics of questions, one fact each, in both languages, built from the packs in use. Each
// fact's question is worded by the packs that read it (eligibility.yaml `facts`); which clauses each question
// comes from is computed from the regions' criteria and materials, so it can never drift from the rules the
// engine applies.

import { l } from '$lib/regions/localized';
import { qualifiedRef } from '$lib/regions/citation';
import type { ClauseId, ClauseRef, Localized, RegionId } from '$lib/regions/types';
import { ASPECT_ORDER } from './aspects';
import { factsOf } from './engine';
import { RELATIONS, answerOf, answerState, type AnswerState, type ApplicantFacts } from './facts';
import type { FactDeclaration, RegionEligibility } from './types';

export type TopicId =
	| 'role'
	| 'entity'
	| 'ownership'
	| 'finance'
	| 'credit'
	| 'security'
	| 'capability'
	| 'related'
	| 'materials';

/**
 * How the UI asks: boolean (yes / no / don't know), choice (one option), roles (several options),
 * incidents (a list of dated incidents, [] for none), relatedEntities (a list of entities, each with the
 * questions of relatedEntityQuestions()), material (ready / not ready / don't know).
 */
export type QuestionKind = 'boolean' | 'choice' | 'roles' | 'incidents' | 'relatedEntities' | 'material';

export interface QuestionOption {
	value: string;
	label: Localized;
	/** For a role: each region's own word for it, with the clause that defines it, in region order. */
	terms?: { region: RegionId; term: Localized; citations: ClauseId[] }[];
}

/** Where a question's answer is used. */
export interface QuestionUse {
	region: RegionId;
	kind: 'criterion' | 'material' | 'role' | 'relatedEntities';
	/** The criterion, material or role id. */
	id: string;
}

export interface Question {
	/** Equal to `fact`. */
	id: string;
	topic: TopicId;
	/** The fact it sets: an ApplicantFacts key, or "materials.<id>". */
	fact: string;
	kind: QuestionKind;
	label: Localized;
	help: Localized;
	options?: QuestionOption[];
	/** Every clause of every criterion, material or role that reads this fact, as "region:clause". */
	citations: ClauseRef[];
	usedBy: QuestionUse[];
}

export interface Topic {
	id: TopicId;
	label: Localized;
	help: Localized;
	questions: Question[];
}

interface Wording {
	topic: TopicId;
	kind: QuestionKind;
	label: Localized;
	help: Localized;
	options?: QuestionOption[];
}

const TOPICS: { id: TopicId; label: Localized; help: Localized }[] = [
	{
		id: 'role',
		label: l('申请角色', 'Role sought'),
		help: l(
			'各地设定的角色不同：有的只有一级运营单位，有的分两级。',
			'The texts define different roles: some have a single operator, others two tiers.'
		)
	},
	{
		id: 'entity',
		label: l('主体资格', 'Legal form'),
		help: l('申请单位的法律形式。', "The applicant's legal form.")
	},
	{
		id: 'ownership',
		label: l('股权与控制', 'Ownership and control'),
		help: l(
			'股权穿透到最终持有人，包括关联公司和实际控制人。',
			'Ownership looked through to the ultimate holders, including affiliates and the actual controller.'
		)
	},
	{
		id: 'finance',
		label: l('经营与财务', 'Operations and finances'),
		help: l('最近一年的经营和财务情况。', 'Operations and finances over the last year.')
	},
	{
		id: 'credit',
		label: l('信用记录', 'Credit records'),
		help: l(
			'单位、法定代表人和主要负责人的信用记录。可在“信用中国”网站查询。',
			'Credit records of the unit, its legal representative and its principal. The national credit platform (Credit China) can be searched.'
		)
	},
	{
		id: 'security',
		label: l('网络与数据安全', 'Network and data security'),
		help: l(
			'安全事件、安全负责人、制度和等保、商密经验。',
			'Incidents, the security officer, internal rules, MLPS and commercial-crypto experience.'
		)
	},
	{
		id: 'capability',
		label: l('专业能力', 'Capabilities'),
		help: l(
			'资质、人才、技术和基础条件。多为主管部门评审时判断的事项。',
			'Qualifications, staff, technology and facilities — mostly judged by the authority at review.'
		)
	},
	{
		id: 'related',
		label: l('子公司或代管机构', 'Subsidiaries and managed entities'),
		help: l(
			'有的地方允许由子公司或代管机构满足部分条件。',
			'Some texts let a subsidiary or managed entity meet some conditions in the applicant’s stead.'
		)
	},
	{
		id: 'materials',
		label: l('申请材料', 'Application materials'),
		help: l(
			'缺少材料使申请不完整，但不影响是否具备资格。',
			'A missing document makes the application incomplete; it does not make the applicant ineligible.'
		)
	}
];

/** The question about roles: its options are the roles of the packs in use, with their glossary labels. */
const ROLES_WORDING: Wording = {
	topic: 'role',
	kind: 'roles',
	label: l('申请哪个角色？', 'Which role do you seek?'),
	help: l(
		'可多选。不选则按各地所有角色评估；某地没有所选角色时，结果会说明。',
		'Choose one or more. If you choose none, every role of each region is evaluated; where a region lacks the role you chose, the result says so.'
	)
};

const RELATION_LABELS: Record<(typeof RELATIONS)[number], Localized> = {
	subsidiary: l('子公司', 'Subsidiary'),
	managedEntity: l('代管机构', 'Managed entity')
};

/**
 * The order of the facts across packs: every pack's own order kept (a fact a pack lists before another comes
 * first), and where the packs leave it open, the fact of the earlier pack (region order), then of the earlier
 * place in it, first. Packs that contradict each other keep the first pack's order.
 */
export function mergedOrder(lists: readonly (readonly string[])[]): string[] {
	const rank = new Map<string, number>();
	const after = new Map<string, Set<string>>();
	let n = 0;
	for (const list of lists)
		list.forEach((fact, i) => {
			if (!rank.has(fact)) rank.set(fact, n++);
			if (!after.has(fact)) after.set(fact, new Set());
			if (i > 0) after.get(list[i - 1]!)!.add(fact);
		});
	const incoming = new Map([...rank.keys()].map((f) => [f, 0]));
	for (const next of after.values()) for (const f of next) incoming.set(f, incoming.get(f)! + 1);
	const out: string[] = [];
	const left = new Set(rank.keys());
	while (left.size) {
		const ready = [...left].filter((f) => incoming.get(f) === 0);
		// A cycle (packs disagree): take the earliest fact anyway.
		const pick = (ready.length ? ready : [...left]).sort((a, b) => rank.get(a)! - rank.get(b)!)[0]!;
		out.push(pick);
		left.delete(pick);
		for (const f of after.get(pick)!) incoming.set(f, incoming.get(f)! - 1);
	}
	return out;
}

/** Build the questionnaire over a set of regions' rules. */
export function buildQuestionnaire(rules: readonly RegionEligibility[]): Topic[] {
	const uses = new Map<string, QuestionUse[]>();
	const cites = new Map<string, Set<ClauseRef>>();
	const materialWording = new Map<string, { label: Localized; note?: Localized }>();
	const use = (fact: string, u: QuestionUse, citations: readonly ClauseId[]): void => {
		const list = uses.get(fact) ?? [];
		const set = cites.get(fact) ?? new Set<ClauseRef>();
		list.push(u);
		for (const c of citations) set.add(qualifiedRef(u.region, c));
		uses.set(fact, list);
		cites.set(fact, set);
	};
	for (const def of rules) {
		for (const r of def.roles)
			use('rolesSought', { region: def.region, kind: 'role', id: r.role }, r.citations);
		for (const c of def.criteria) {
			for (const f of factsOf(c.when))
				use(f, { region: def.region, kind: 'criterion', id: c.id }, c.citations);
			if (c.relatedEntityMay && def.relatedEntities)
				use(
					'relatedEntities',
					{ region: def.region, kind: 'relatedEntities', id: c.id },
					def.relatedEntities.citations
				);
		}
		for (const m of def.materials) {
			for (const f of factsOf(m.ready)) {
				use(f, { region: def.region, kind: 'material', id: m.id }, m.citations);
				if (f.startsWith('materials.') && !materialWording.has(f))
					materialWording.set(f, { label: m.label, ...(m.note ? { note: m.note } : {}) });
			}
		}
	}

	const question = (fact: string, w: Wording): Question => ({
		id: fact,
		topic: w.topic,
		fact,
		kind: w.kind,
		label: w.label,
		help: w.help,
		...(w.options ? { options: w.options } : {}),
		citations: [...(cites.get(fact) ?? [])],
		usedBy: uses.get(fact) ?? []
	});

	const all: Question[] = [];
	if (uses.has('rolesSought')) {
		const labels = new Map<string, Localized>();
		for (const d of rules)
			for (const r of d.roles)
				if (!labels.has(r.role)) labels.set(r.role, d.roleLabels[r.role] ?? l(r.role, r.role));
		all.push({
			...question('rolesSought', ROLES_WORDING),
			options: [...labels].map(([value, label]) => ({
				value,
				label,
				terms: rules.flatMap((d) =>
					d.roles
						.filter((r) => r.role === value)
						.map((r) => ({ region: d.region, term: r.term, citations: r.citations }))
				)
			}))
		});
	}
	// Each fact asked once, in the wording of the first pack (region order) that declares it.
	const declared = new Map<string, FactDeclaration>();
	for (const d of rules)
		for (const [fact, decl] of Object.entries(d.facts)) if (!declared.has(fact)) declared.set(fact, decl);
	// In a topic: by the first aspect (catalogue order) a criterion reading the fact is about, then the packs' order.
	const aspectRank = new Map<string, number>();
	for (const d of rules)
		for (const c of d.criteria)
			for (const f of factsOf(c.when))
				aspectRank.set(f, Math.min(aspectRank.get(f) ?? Infinity, ASPECT_ORDER.get(c.aspect) ?? Infinity));
	const merged = mergedOrder(rules.map((d) => Object.keys(d.facts)));
	const byAspect = (f: string) => aspectRank.get(f) ?? Infinity;
	merged.sort((a, b) => byAspect(a) - byAspect(b)); // stable: the packs' order within an aspect
	for (const fact of merged) {
		const decl = declared.get(fact)!;
		if (!uses.has(fact)) continue; // no criterion in use reads it: do not ask
		all.push(
			question(fact, {
				topic: decl.topic,
				kind: decl.kind,
				label: decl.label,
				help: decl.help,
				...(decl.options ? { options: decl.options } : {})
			})
		);
	}
	const related = rules.find((d) => d.relatedEntities)?.relatedEntities;
	if (related && uses.has('relatedEntities'))
		all.push(
			question('relatedEntities', {
				topic: 'related',
				kind: 'relatedEntities',
				...related.question,
				options: RELATIONS.map((value) => ({ value, label: RELATION_LABELS[value] }))
			})
		);
	for (const [fact, m] of materialWording)
		all.push(
			question(fact, {
				topic: 'materials',
				kind: 'material',
				label: m.label,
				help: m.note ?? l('是否已准备好，可随申请提交？', 'Is it ready to file with the application?')
			})
		);

	return TOPICS.map((t) => ({ ...t, questions: all.filter((q) => q.topic === t.id) })).filter(
		(t) => t.questions.length > 0
	);
}

/**
 * The questionnaire for the regions an applicant is applying in: only the questions their criteria and
 * materials read (fewer regions, fewer questions); all regions when none is chosen.
 */
export function questionnaireFor(regions: readonly RegionId[], rules: readonly RegionEligibility[]): Topic[] {
	const chosen = rules.filter((r) => regions.includes(r.region));
	return buildQuestionnaire(chosen.length && chosen.length < rules.length ? chosen : rules);
}

/**
 * The questions to ask about each related entity: those whose facts a criterion lets a related entity meet.
 */
export function relatedEntityQuestions(
	topics: readonly Topic[],
	rules: readonly RegionEligibility[]
): Question[] {
	const facts = new Set(
		rules.flatMap((d) =>
			d.relatedEntities ? d.criteria.filter((c) => c.relatedEntityMay).flatMap((c) => factsOf(c.when)) : []
		)
	);
	return topics.flatMap((t) => t.questions).filter((q) => facts.has(q.fact));
}

/** The answer a question holds in a set of facts (./facts: the report's answer list needs no questionnaire). */
export { answerOf };

/** How far each topic is answered. */
export function progress(
	facts: ApplicantFacts,
	topics: readonly Topic[]
): { topic: TopicId; counts: Record<AnswerState, number>; total: number }[] {
	return topics.map((t) => {
		const counts: Record<AnswerState, number> = { answered: 0, unknown: 0, unanswered: 0 };
		for (const q of t.questions) counts[answerState(answerOf(facts, q))]++;
		return { topic: t.id, counts, total: t.questions.length };
	});
}
