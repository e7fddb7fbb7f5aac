// A draft's eligibility rules for the engine in $lib/eligibility: a clone keeps its region's hand-written
// criteria wherever the draft's value is unchanged, and a changed (or blank-started) aspect is derived from
// the draft's value. Free text never passes automatically, and a draft stating no conditions needs review.
// Pure: no DOM, no Svelte, no storage.

import { deepEqual } from '$lib/rules/equal';
import { ASPECTS, dimensionOf } from '$lib/eligibility/aspects';
import {
	allTrue,
	authorityDecides,
	isTrue,
	noIncidentEver,
	noIncidentWithinYears,
	noneTrue
} from '$lib/eligibility/define';
import { factsOf } from '$lib/eligibility/engine';
import type { BooleanFact, RoleId } from '$lib/eligibility/facts';
import { factCatalogue, relatedEntitiesQuestion, roleLabels } from '$lib/eligibility/catalogue';
import type {
	AspectId,
	Criterion,
	FactDeclaration,
	Material,
	NotImposed,
	Predicate,
	RegionEligibility,
	RelatedEntityRule,
	RoleDefinition
} from '$lib/eligibility/types';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { NOT_SPECIFIED } from '$lib/rules/format';
import type {
	DatedValue,
	DimensionId,
	Localized,
	RegionId,
	RegionProfile,
	RuleValue
} from '$lib/regions/types';
import type { Draft } from './types';
import { l } from '$lib/regions/localized';

// The {zh, en} pairs here are law-derived words: the labels and notes of the conditions the draft's own rules
// set (a Criterion's, shown beside a region pack's), not the app's own words.

/** The dimensions an aspect's criteria are read from (the first decides the aspect's presence). */
const READS: Partial<Record<AspectId, DimensionId[]>> = {
	securityIncidents: ['eligibility.incidentLookbackYears', 'eligibility.incidentSeverity']
};
const readsOf = (a: AspectId): DimensionId[] => {
	const d = dimensionOf(a);
	return READS[a] ?? (d ? [d] : []);
};

/** Conditions a subsidiary or managed entity may meet in the applicant's stead (Yingkou 二（二）1–4). */
const CAPABILITY_ASPECTS: ReadonlySet<AspectId> = new Set<AspectId>([
	'capital',
	'financialCondition',
	'professionalCapacity',
	'securityCapability',
	'securitySystems',
	'securityOfficer',
	'mlps3Experience',
	'securityIncidents'
]);

/** Credit codes of eligibility.creditRequirements: the unit's fact, and the legal representative's where there is one. */
const CREDIT: Record<string, { when: Predicate; discretion: boolean; legalRep?: BooleanFact }> = {
	goodCredit: { when: isTrue('creditStandingGood'), discretion: true },
	noMajorIllegalRecord: {
		when: noneTrue('unitMajorIllegalRecord'),
		discretion: false,
		legalRep: 'legalRepMajorIllegalRecord'
	},
	notJudgmentDefaulter: {
		when: noneTrue('unitJudgmentDefaulter'),
		discretion: false,
		legalRep: 'legalRepJudgmentDefaulter'
	},
	notMajorTaxViolator: {
		when: noneTrue('unitMajorTaxViolator'),
		discretion: false,
		legalRep: 'legalRepMajorTaxViolator'
	},
	notSeriouslyDishonest: {
		when: noneTrue('unitSeriouslyDishonest'),
		discretion: false,
		legalRep: 'legalRepSeriouslyDishonest'
	},
	noMajorBadCredit: {
		when: noneTrue('unitMajorBadCreditRecord'),
		discretion: false,
		legalRep: 'legalRepMajorBadCreditRecord'
	},
	cleanCreditPlatform: { when: noneTrue('creditPlatformAdverseRecord'), discretion: false },
	noMajorAdminPenalty: { when: noneTrue('principalMajorAdministrativePenalty'), discretion: false },
	// "符合相应的信用条件" with none listed (Quzhou 十三·1): only the authority can say what is met.
	unitemizedCreditConditions: { when: authorityDecides, discretion: true }
};

const LEGAL_REP_FACTS: BooleanFact[] = [
	'legalRepMajorIllegalRecord',
	'legalRepMajorBadCreditRecord',
	'legalRepJudgmentDefaulter',
	'legalRepMajorTaxViolator',
	'legalRepSeriouslyDishonest'
];

/** Materials whose readiness the questionnaire already asks as a fact (as Quzhou's rules read them). */
const MATERIAL_READY: Record<string, Predicate> = {
	auditReport: isTrue('auditReportLastYear'),
	financialReport: isTrue('financialReportLastYear')
};

type IncidentTest = Extract<Predicate, { test: 'noIncidentWithinYears' | 'noIncidentEver' }>;

const first = (values: DatedValue[] | undefined): DatedValue | undefined => values?.[0];

/** The same first value and hedge as the base: the base's hand-written reading of it still holds. */
function sameFirst(a: DatedValue[] | undefined, b: DatedValue[] | undefined): boolean {
	const x = first(a);
	const y = first(b);
	return (
		deepEqual(x?.value ?? { kind: 'notSpecified' }, y?.value ?? { kind: 'notSpecified' }) &&
		x?.qualifier === y?.qualifier
	);
}

const labelOf = (dim: DimensionId): Localized =>
	DIMENSIONS.find((d) => d.id === dim)?.label ?? { zh: dim, en: dim };

const isDefaultSummary = (s: Localized) =>
	(s.zh === NOT_SPECIFIED.zh && s.en === NOT_SPECIFIED.en) || (!s.zh.trim() && !s.en.trim());

interface Derived {
	criteria: Criterion[];
	notImposed?: NotImposed;
}

export interface DraftEligibilityBase {
	eligibility: RegionEligibility;
	profile: RegionProfile;
}

/**
 * The eligibility rules of a draft as region `region`. With `base` (the region it was cloned from): every
 * aspect whose value is unchanged keeps the base's criteria, so an unchanged clone evaluates as its region.
 */
/** A blank draft's one role: the glossary's operator (a typed constant, the one role id code names). */
const DRAFT_ROLE = 'operator' as RoleId;

export function draftEligibility(
	draft: Draft,
	region: RegionId,
	base?: DraftEligibilityBase
): RegionEligibility {
	const b = base?.eligibility;
	const roles: RoleDefinition[] = b
		? structuredClone(b.roles)
		: [
				{
					role: DRAFT_ROLE,
					term: { ...draft.operatorTerm },
					citations: [...(first(draft.values['authorization.operatorTerm'])?.citations ?? [])]
				}
			];
	const allRoles = roles.map((r) => r.role);
	const unchanged = (dims: DimensionId[]) =>
		!!base && dims.every((d) => sameFirst(draft.values[d], base.profile.values[d]));

	const subsidiaryDims: DimensionId[] = ['eligibility.subsidiaryQualifies'];
	const subsidiaryUnchanged = unchanged(subsidiaryDims);
	const subsidiary = first(draft.values['eligibility.subsidiaryQualifies']);
	const relatedEntities: RelatedEntityRule | undefined = subsidiaryUnchanged
		? b?.relatedEntities
		: subsidiary?.value.kind === 'boolean' && subsidiary.value.value
			? (b?.relatedEntities ?? {
					relations: ['subsidiary', 'managedEntity'],
					quote: draft.clauseTexts['eligibility.subsidiaryQualifies'] || subsidiary.summary.zh,
					citations: [...subsidiary.citations],
					note: derivedNote('eligibility.subsidiaryQualifies'),
					question: structuredClone(relatedEntitiesQuestion ?? RELATED_QUESTION)
				})
			: undefined;

	const derived = new Map<AspectId, Derived>();
	const notImposed: Partial<Record<AspectId, NotImposed>> = {};
	for (const a of ASPECTS) {
		const dims = readsOf(a.id);
		const baseCriteria = b?.criteria.filter((c) => c.aspect === a.id) ?? [];
		if (b && (dims.length === 0 || unchanged(dims))) {
			const ni = b.notImposed?.[a.id];
			if (ni) notImposed[a.id] = structuredClone(ni);
			continue;
		}
		if (dims.length === 0) continue;
		const roleSet = baseCriteria.length ? [...new Set(baseCriteria.flatMap((c) => c.roles))] : allRoles;
		const d = deriveAspect(draft, a.id, dims, roleSet, baseCriteria);
		if (baseCriteria.some((c) => c.relatedEntityMay))
			for (const c of d.criteria) if (c.when.test !== 'authorityDecides') c.relatedEntityMay = true;
		derived.set(a.id, d);
		if (d.notImposed) notImposed[a.id] = d.notImposed;
	}

	// Base order within an aspect (the engine sorts by aspect, stably), derived criteria in their aspect's place.
	const criteria: Criterion[] = [];
	const placed = new Set<AspectId>();
	for (const c of b?.criteria ?? []) {
		const d = derived.get(c.aspect);
		if (!d) criteria.push(structuredClone(c));
		else if (!placed.has(c.aspect)) {
			criteria.push(...d.criteria);
			placed.add(c.aspect);
		}
	}
	for (const [aspect, d] of derived) if (!placed.has(aspect)) criteria.push(...d.criteria);

	// A changed subsidiary rule applies to the capability conditions, whoever wrote them.
	if (!subsidiaryUnchanged && relatedEntities)
		for (const c of criteria)
			if (CAPABILITY_ASPECTS.has(c.aspect) && c.when.test !== 'authorityDecides') c.relatedEntityMay = true;

	const bare = allRoles.filter((r) => !criteria.some((c) => c.roles.includes(r)));
	if (bare.length) criteria.push(noConditions(bare));

	const materials = unchanged(['application.materials'])
		? structuredClone(b!.materials)
		: deriveMaterials(draft, allRoles);

	// The facts the rules read, worded as the base's pack (or the first pack that declares them) words them.
	const facts: Record<string, FactDeclaration> = {};
	for (const p of [...criteria.map((c) => c.when), ...materials.map((m) => m.ready)])
		for (const f of factsOf(p)) {
			const decl = b?.facts[f] ?? factCatalogue[f];
			if (decl) facts[f] = structuredClone(decl);
		}

	const out: RegionEligibility = {
		region,
		roles,
		criteria,
		materials,
		facts,
		roleLabels: Object.fromEntries(
			roles.map((r) => [r.role, { ...(b?.roleLabels[r.role] ?? roleLabels[r.role] ?? r.term) }])
		),
		notes: [
			...structuredClone(b?.notes ?? []),
			b
				? l(
						'草案的申请条件：未改动的条件沿用所据地区的规则，其余由草案的取值推出；文字表述的条件须由主管部门判断。',
						"The draft's conditions: those unchanged keep the rules of the region it was cloned from, the rest are derived from the draft's values; conditions stated in words are for the authority to judge."
					)
				: l(
						'草案的申请条件由草案的取值推出；文字表述的条件须由主管部门判断。',
						"The draft's conditions are derived from its values; conditions stated in words are for the authority to judge."
					)
		]
	};
	if (relatedEntities) out.relatedEntities = structuredClone(relatedEntities);
	if (Object.keys(notImposed).length) out.notImposed = notImposed;
	return out;
}

/** The related-entities question where no pack words one. */
const RELATED_QUESTION = {
	label: l(
		'是否有可代为满足条件的子公司或代管机构？',
		'Is there a subsidiary or managed entity that could meet conditions for you?'
	),
	help: l(
		'草案允许子公司或代管机构代为满足部分条件。逐一列出并回答相关问题；没有则填“无”。',
		'The draft lets a subsidiary or managed entity meet some conditions in your stead. List each and answer its questions; answer "none" if there is none.'
	)
};

function derivedNote(dim: DimensionId): Localized {
	const label = labelOf(dim);
	return l(`由草案对「${label.zh}」的取值推出。`, `Derived from the draft's value for "${label.en}".`);
}

function noConditions(roles: RoleId[]): Criterion {
	return {
		id: 'draft.noConditions',
		aspect: 'otherConditions',
		roles,
		label: l('草案未规定申请条件', 'The draft states no conditions for applicants'),
		quote: '',
		citations: [],
		discretion: true,
		when: authorityDecides,
		note: l(
			'草案没有可核对的申请条件；是否符合由主管部门决定，不能自动通过。',
			'The draft states no condition that can be checked; whether an applicant qualifies is for the authority to decide, never an automatic pass.'
		)
	};
}

/** What deriving one aspect's criteria from the draft's value needs. */
interface AspectInput {
	draft: Draft;
	aspect: AspectId;
	/** The aspect's first dimension: the value read. */
	dim: DimensionId;
	value: RuleValue;
	/** The criteria of the region the draft was cloned from, for this aspect. */
	baseCriteria: readonly Criterion[];
	/** A criterion of this aspect, quoting and citing the draft. */
	make: (id: string, label: Localized, when: Predicate, discretion: boolean) => Criterion;
	/** The value cannot be read as a condition: the authority judges it. */
	unreadable: () => Criterion;
}

/** Aspects a draft states as "yes": each is one fixed condition (as the packs that state it read it). */
const STATED_YES: Partial<Record<AspectId, { label: Localized; when: Predicate; discretion: boolean }>> = {
	domesticCapital: {
		label: l(
			'必须内资：各级股东、关联公司及实际控制人均无外资成分',
			'Domestic capital only: no foreign element in any shareholder up the chain, affiliate or actual controller'
		),
		when: noneTrue(
			'foreignCapitalInEquityChain',
			'foreignCapitalInAffiliates',
			'foreignCapitalInActualController'
		),
		discretion: false
	},
	capital: {
		label: l(
			'资金储备能覆盖数据治理及初期运营',
			'Funds in reserve to cover data governance and early operation'
		),
		when: isTrue('capitalCoversEarlyOperation'),
		discretion: true
	},
	securityOfficer: {
		label: l('数据安全负责人和管理部门', 'A data-security officer and department'),
		when: allTrue('dataSecurityOfficer', 'dataSecurityDepartment'),
		discretion: false
	},
	mlps3Experience: {
		label: l(
			'具有等保三级和商密评估要求的系统开发和运维实践经验',
			'Hands-on experience building and running systems to MLPS level 3 and the commercial-crypto assessment'
		),
		when: allTrue('mlps3Experience', 'commercialCryptoAssessmentExperience'),
		discretion: false
	}
};

/** Aspects whose conditions depend on more than "yes": read from the value (and other dimensions). */
const DERIVE: Partial<Record<AspectId, (x: AspectInput) => Criterion[]>> = {
	// Free text names no legal form the engine could check.
	legalForm: ({ value, aspect, make, unreadable }) =>
		value.kind === 'text' ? [make(aspect, { ...value.value }, authorityDecides, true)] : [unreadable()],
	operatingCondition: ({ value, aspect, make, unreadable }) =>
		value.kind === 'text'
			? [make(aspect, { ...value.value }, isTrue('operatingConditionSound'), true)]
			: [unreadable()],
	representativeCredit: ({ draft, aspect, make }) => {
		const codes = first(draft.values['eligibility.creditRequirements'])?.value;
		const named = codes?.kind === 'list' ? codes.value.flatMap((c) => CREDIT[c]?.legalRep ?? []) : [];
		return [
			make(
				aspect,
				l(
					'法定代表人无重大违法记录、不良信用记录，未列入失信名单',
					'The legal representative: no major illegal or bad credit record, on no dishonesty list'
				),
				noneTrue(...(named.length ? named : LEGAL_REP_FACTS)),
				false
			)
		];
	},
	unitCredit: ({ value, dim, make, unreadable }) => {
		if (value.kind !== 'list') return [unreadable()];
		const options = DIMENSIONS.find((d) => d.id === dim)?.options ?? [];
		return value.value.map((code) => {
			const rule = CREDIT[code];
			const label = options.find((o) => o.value === code)?.label ?? l(code, code);
			return rule
				? make(`unitCredit.${code}`, { ...label }, rule.when, rule.discretion)
				: { ...unreadable(), id: `draft.unitCredit.${code}`, label: { ...label } };
		});
	},
	securityIncidents: ({ draft, value, aspect, baseCriteria, make, unreadable }) => {
		const severity = first(draft.values['eligibility.incidentSeverity'])?.value;
		const majorOnly = severity?.kind === 'enum' && severity.value === 'major';
		// Which kinds of incident count is not a catalogue value; the base's text still says it.
		const kinds = baseCriteria
			.map((c) => c.when)
			.find(
				(p): p is IncidentTest => p.test === 'noIncidentWithinYears' || p.test === 'noIncidentEver'
			)?.kinds;
		const opts = { ...(majorOnly ? { majorOnly } : {}), ...(kinds ? { kinds } : {}) };
		const what = majorOnly ? l('重大', 'major ') : l('', '');
		if (value.kind === 'unlimited')
			return [
				make(
					aspect,
					l(
						`从未发生${what.zh}网络安全或数据安全事件`,
						`Never a ${what.en}network or data security incident`
					),
					noIncidentEver(opts),
					false
				)
			];
		if (value.kind !== 'number' || !Number.isInteger(value.value) || value.value < 0) return [unreadable()];
		const n = value.value;
		return [
			make(
				aspect,
				l(
					`近${n}年未发生${what.zh}网络安全或数据安全事件`,
					`No ${what.en}network or data security incident in the last ${n} year${n === 1 ? '' : 's'}`
				),
				noIncidentWithinYears(n, opts),
				false
			)
		];
	}
};

/** Aspects whose condition is stated as "yes" (a boolean) before anything else is read. */
const NEEDS_YES: ReadonlySet<AspectId> = new Set<AspectId>([
	...Object.keys(STATED_YES),
	'representativeCredit'
] as AspectId[]);

/**
 * One aspect's criteria from the draft's value: not specified (or "no") imposes nothing; a value the tables
 * above cannot read is left to the authority, never passed.
 */
function deriveAspect(
	draft: Draft,
	aspect: AspectId,
	dims: DimensionId[],
	roles: readonly RoleId[],
	baseCriteria: readonly Criterion[]
): Derived {
	const dim = dims[0]!;
	const v = first(draft.values[dim]);
	const value: RuleValue = v?.value ?? { kind: 'notSpecified' };
	const citations = [...new Set(dims.flatMap((d) => first(draft.values[d])?.citations ?? []))];
	if (value.kind === 'notSpecified' || (value.kind === 'boolean' && !value.value)) {
		const ni: NotImposed = { citations };
		if (v && !isDefaultSummary(v.summary)) ni.note = { ...v.summary };
		return { criteria: [], notImposed: ni };
	}
	// an empty list of credit conditions imposes none
	if (aspect === 'unitCredit' && value.kind === 'list' && value.value.length === 0)
		return { criteria: [], notImposed: { citations } };
	const make = (id: string, label: Localized, when: Predicate, discretion: boolean): Criterion => ({
		id: `draft.${id}`,
		aspect,
		roles,
		label,
		quote: draft.clauseTexts[dim] || v?.summary.zh || '',
		citations,
		discretion,
		when,
		note: derivedNote(dim)
	});
	const unreadable = (): Criterion => ({
		...make(aspect, ASPECTS.find((a) => a.id === aspect)!.label, authorityDecides, true),
		note: l(
			`草案对「${labelOf(dim).zh}」的取值无法自动核对，由主管部门判断。`,
			`The draft's value for "${labelOf(dim).en}" cannot be checked automatically; the authority judges it.`
		)
	});
	const yes = value.kind === 'boolean' && value.value;
	if (NEEDS_YES.has(aspect) && !yes) return { criteria: [unreadable()] };
	const stated = STATED_YES[aspect];
	if (stated) return { criteria: [make(aspect, { ...stated.label }, stated.when, stated.discretion)] };
	const derive = DERIVE[aspect];
	return {
		criteria: derive ? derive({ draft, aspect, dim, value, baseCriteria, make, unreadable }) : [unreadable()]
	};
}

function deriveMaterials(draft: Draft, roles: readonly RoleId[]): Material[] {
	const dim = 'application.materials';
	const v = first(draft.values[dim]);
	if (v?.value.kind !== 'list') return [];
	const options = DIMENSIONS.find((d) => d.id === dim)?.options ?? [];
	return v.value.value.map((code) => ({
		id: code,
		roles,
		label: { ...(options.find((o) => o.value === code)?.label ?? l(code, code)) },
		quote: draft.clauseTexts[dim] || v.summary.zh,
		citations: [...v.citations],
		ready: MATERIAL_READY[code] ?? { test: 'materialReady', material: code },
		note: derivedNote(dim)
	}));
}
