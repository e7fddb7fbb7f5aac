// A pack's journey (journey.yaml): for each role, the procedure from the call to the end of the authorization —
// admission stages, the agreement, formalities, operation, oversight and the ways it ends — each step with who
// acts and the clauses it rests on. Plain data: the statechart engine ($lib/machines) builds machines from it.
// Procedure variants are options with neutral names; numbers come from the rule profile (`dimension`) or are
// given with their citations.

import * as v from 'valibot';
import {
	citations,
	dimensionRef,
	eventType,
	finite,
	keyed,
	line,
	list,
	localId,
	roleId,
	LocalizedProse,
	nonEmpty,
	obj,
	prose
} from './kit.ts';
import { QUALIFIERS } from './profile.ts';

/** Whom an action belongs to: the authority, the expert panel, the operator … in the text's words. */
const party = LocalizedProse;

/** A value read from the region's rule profile, or stated here with its citations. */
const source = <S extends v.GenericSchema>(value: S) =>
	v.union([
		obj(v.strictObject({ dimension: dimensionRef })),
		obj(
			v.strictObject({
				value,
				citations,
				qualifier: v.optional(v.picklist(QUALIFIERS)),
				note: v.optional(LocalizedProse)
			})
		)
	]);

const cited = obj(v.strictObject({ citations }));

export const STAGE_KINDS = ['call', 'application', 'review', 'publicNotice'] as const;
export const VENUES = ['exchange', 'platform', 'offExchange'] as const;
/** What a failed evaluation leads to. */
export const EVALUATION_ON_FAIL = [
	/** The authority may terminate. */
	'terminate',
	/** The authority decides: rectification or termination. */
	'decide',
	/** Rectification ordered and data access suspended at once. */
	'suspendAndRectify',
	/** Rectification within a set period; suspension on a major risk or late rectification. */
	'rectify',
	/** A reminder or interview first; termination if nothing improves. */
	'warn',
	/** No consequence the text names. */
	'record'
] as const;
/** How a term is renewed. */
export const RENEWAL_KINDS = [
	/** Reapply at least N months before expiry, else the authorization lapses. */
	'deadline',
	/** May reapply within the N months before expiry. */
	'window',
	/** Decided at term end on the evaluation of results. */
	'byEvaluation',
	/** As the agreement provides. */
	'byAgreement'
] as const;
export const GROUNDS = [
	'expiry',
	'voluntary',
	'breach',
	'failedEvaluation',
	'failedRectification',
	'securityIncident',
	'illegality',
	'policyChange',
	'other'
] as const;

/** A condition on the applicant's simulator facts; an unknown fact never passes. */
const FactRequirementSchema = obj(
	v.strictObject({
		fact: localId,
		equals: v.union([v.boolean(), finite, line]),
		label: LocalizedProse,
		citations
	})
);

/**
 * A test over facts about the data an event concerns (not about the applicant): a fact with the value it must
 * have, or a combination. Read from the event's payload, else the journey's facts; an unknown never passes.
 */
export type PackDataTest =
	{ fact: string; equals: boolean } | { anyOf: PackDataTest[] } | { allOf: PackDataTest[] };

export const DataTestSchema: v.GenericSchema<unknown, PackDataTest> = v.lazy(() =>
	v.union([
		v.strictObject({ fact: localId, equals: v.boolean() }),
		v.strictObject({ anyOf: nonEmpty(DataTestSchema) }),
		v.strictObject({ allOf: nonEmpty(DataTestSchema) })
	])
);

/**
 * A condition the text puts on the data rather than on the applicant ("数据提供单位未进行确权的公共数据资源不得
 * 纳入授权运营范围"): the events it names are refused, citing the clause, unless the data concerned meets it.
 */
const DataConditionSchema = obj(
	v.strictObject({
		id: localId,
		/** The events it gates (the approval that brings the data into operation, a product's release …). */
		events: nonEmpty(eventType),
		test: DataTestSchema,
		/** The condition, said positively. */
		label: LocalizedProse,
		/** The text's words, verbatim (a substring of the first cited clause). */
		quote: prose,
		citations,
		note: v.optional(LocalizedProse)
	})
);

/** A simulator fact about the applicant: the eligibility aspects ($lib/eligibility/aspects) it sums up. */
export const JourneyFactSchema = obj(v.strictObject({ aspects: nonEmpty(localId) }));
export type PackJourneyFact = v.InferOutput<typeof JourneyFactSchema>;

/** One step before the agreement, in the order the text gives. */
const StageSchema = obj(
	v.strictObject({
		/** State key: announcement, application, preReview, expertReview … */
		id: localId,
		kind: v.picklist(STAGE_KINDS),
		label: LocalizedProse,
		citations,
		by: party,
		/** The event that moves past the stage. */
		event: eventType,
		eventLabel: LocalizedProse,
		requires: v.optional(list(FactRequirementSchema)),
		/** Materials the pass event requires (a completeness check). */
		materials: v.optional(obj(v.strictObject({ required: list(line), citations }))),
		/** The reviewer may ask for missing materials. */
		supplement: v.optional(cited),
		/** The stage may reject. */
		reject: v.optional(cited),
		/** Public notice: how objections are handled. */
		objections: v.optional(obj(v.strictObject({ citations, note: v.optional(LocalizedProse) })))
	})
);

const AgreementSchema = obj(
	v.strictObject({
		label: LocalizedProse,
		citations,
		signedBy: party,
		/** Term cap in months; null where the text sets none for this role. */
		maxMonths: v.nullable(source(finite))
	})
);

/** A step after signing that does not gate operation (a certificate, a filing). */
const FormalitySchema = obj(
	v.strictObject({
		id: localId,
		label: LocalizedProse,
		event: eventType,
		eventLabel: LocalizedProse,
		by: party,
		citations,
		milestone: line
	})
);

/**
 * A registration stage with a publicity period: data resources first formed in processing are registered,
 * publicly noticed for `publicityDays`, then certified, their rights confirmed and booked.
 */
const RegistrationSchema = obj(
	v.strictObject({
		publicityDays: source(finite),
		citations: obj(
			v.strictObject({
				apply: citations,
				review: citations,
				publicity: citations,
				certificate: citations,
				rights: citations,
				rightsCertificate: citations,
				booking: citations
			})
		)
	})
);

const EvaluationSchema = obj(
	v.strictObject({
		cadence: source(line),
		by: party,
		/** What a failed evaluation leads to. */
		onFail: v.picklist(EVALUATION_ON_FAIL),
		citations,
		/** The evaluation can find a major security risk, which suspends. */
		majorRisk: v.optional(cited),
		/** The evaluation's result decides renewal. */
		decidesRenewal: v.optional(v.boolean())
	})
);

const RectificationSchema = obj(
	v.strictObject({
		/** Who orders rectification outside evaluations; null = only through an evaluation. */
		orderedBy: v.nullable(party),
		orderCitations: citations,
		/** The order sets a period, after which failure follows. */
		period: v.boolean(),
		/** What a missed period leads to. */
		onLate: v.nullable(v.picklist(['terminate', 'suspend'])),
		lateCitations: citations,
		/** A failed or refused rectification is a termination ground. */
		failureTerminates: v.boolean(),
		failureCitations: citations
	})
);

const RoleJourneySchema = obj(
	v.strictObject({
		id: roleId,
		label: LocalizedProse,
		citations,
		admission: nonEmpty(StageSchema),
		agreement: AgreementSchema,
		formalities: v.optional(list(FormalitySchema)),
		training: v.optional(obj(v.strictObject({ provider: party, citations }))),
		dataRequest: obj(
			v.strictObject({
				label: LocalizedProse,
				/** Who approves a per-use-case request; null = obtained without approval. */
				approvedBy: v.nullable(party),
				citations
			})
		),
		processing: obj(v.strictObject({ citations, label: LocalizedProse })),
		socialData: v.optional(obj(v.strictObject({ approvedBy: party, citations }))),
		/** Who reviews a product before release; null = released without a review the text names. */
		products: v.optional(obj(v.strictObject({ reviewBy: v.nullable(party), citations }))),
		trading: v.optional(
			obj(
				v.strictObject({
					/** Venues allowed; absent = any. */
					venues: v.optional(list(v.picklist(VENUES))),
					citations,
					note: v.optional(LocalizedProse),
					/** Buyers allowed (roles), where the text limits them. */
					buyers: v.optional(list(localId)),
					buyerCitations: v.optional(citations)
				})
			)
		),
		registration: v.optional(RegistrationSchema),
		/** A data-quality check answered within a number of working days. */
		dataCheck: v.optional(obj(v.strictObject({ workingDays: source(finite), citations }))),
		reporting: v.optional(
			obj(
				v.strictObject({
					cadence: source(line),
					to: party,
					citations,
					/** Where the text limits the duty to the term ("在运营期限内"): no report falls due after the end. */
					withinTerm: v.optional(cited)
				})
			)
		),
		evaluation: v.optional(EvaluationSchema),
		rectification: v.optional(RectificationSchema),
		suspension: v.optional(
			obj(v.strictObject({ restoration: v.boolean(), citations, restorationCitations: citations }))
		),
		security: v.optional(
			obj(
				v.strictObject({
					incident: obj(v.strictObject({ duty: LocalizedProse, haltsProcessing: v.boolean(), citations })),
					/** Risks found in the data: stop processing and report. */
					risk: v.optional(obj(v.strictObject({ duty: LocalizedProse, citations })))
				})
			)
		),
		renewal: v.optional(
			obj(
				v.strictObject({
					kind: v.picklist(RENEWAL_KINDS),
					/** Months before expiry (deadline or window). */
					months: v.optional(source(finite)),
					decidedBy: party,
					citations,
					note: v.optional(LocalizedProse)
				})
			)
		),
		voluntaryExit: v.optional(
			obj(
				v.strictObject({
					noticeMonths: v.optional(source(finite)),
					/** A written request is required. */
					written: v.optional(v.boolean()),
					consentBy: party,
					citations
				})
			)
		),
		/** Termination grounds besides expiry and voluntary exit, each with who decides. */
		grounds: list(
			obj(
				v.strictObject({
					ground: v.picklist(GROUNDS),
					citations,
					by: party,
					note: v.optional(LocalizedProse)
				})
			)
		),
		/** Citations for expiry as an end (the term clause, or a ground list naming it). */
		expiryCitations: citations,
		afterTermination: obj(
			v.strictObject({
				permissionsClosed: v.optional(obj(v.strictObject({ citations, note: v.optional(LocalizedProse) }))),
				dataDeletion: v.optional(
					obj(v.strictObject({ label: LocalizedProse, citations, note: v.optional(LocalizedProse) }))
				),
				logRetentionMonths: v.optional(source(finite))
			})
		),
		prohibitions: v.optional(
			list(
				obj(v.strictObject({ event: eventType, label: LocalizedProse, reason: LocalizedProse, citations }))
			)
		),
		/** Conditions the text puts on the data: guards on the events that bring data into operation. */
		dataConditions: v.optional(list(DataConditionSchema))
	})
);

/** journey.yaml: the roles a simulation can take (the first is the default) and what the model leaves out. */
export const JourneySchema = obj(
	v.strictObject({
		/**
		 * The facts about the applicant the admission stages' `requires` read (goodCredit …), declared here, not
		 * in engine code: each with the eligibility aspects it sums up, so the simulator can fill it from an
		 * applicant's answers (true when every criterion of those aspects is met, false when any is unmet, else
		 * unknown). Every fact a stage reads must be declared, and every declared fact read.
		 */
		facts: v.optional(keyed(localId, JourneyFactSchema)),
		roles: list(RoleJourneySchema),
		notes: list(obj(v.strictObject({ text: LocalizedProse, citations })))
	})
);
export type PackJourney = v.InferOutput<typeof JourneySchema>;
export type PackRoleJourney = PackJourney['roles'][number];
