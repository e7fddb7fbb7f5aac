// The national duties (src/lib/regions/national/duties.yaml): the dated duties the 2025 national texts put on
// an operator, the registering body and the authorizing party, and where a region's own text speaks to the
// same duty. Validated at build time like a region pack (scripts/packs/plugin.ts): the shape here, then every
// `document:clause` citation against that document's text and every region-local clause against the region's.

import * as v from 'valibot';
import type { NationalDutyId, NationalParty } from '../../regions/national-duties';
import {
	isoDate,
	keyed,
	list,
	LocalizedProse,
	LocalizedSchema,
	nonEmpty,
	obj,
	clauseId,
	line,
	prose,
	regionId
} from './kit.ts';

/** The duties the engines implement (machines/blocks/national.ts, timeline/national.ts), by id. */
export const NATIONAL_DUTY_IDS = [
	'firstRegistration',
	'transitionalRegistration',
	'acceptance',
	'formalReview',
	'publicity',
	'resultCode',
	'validity',
	'renewal',
	'lapse',
	'cancellation',
	'changeRegistration',
	'operatingReport',
	'chargeAdjustment',
	'revenueEvaluation',
	'disclosure',
	'feeListPublicity'
] as const satisfies readonly NationalDutyId[];
export const NATIONAL_PARTY_IDS = [
	'operator',
	'registeringBody',
	'authorizingParty',
	'implementingBody'
] as const satisfies readonly NationalParty[];
// Both lists name every id of their type (a compile error otherwise).
const everyDuty: Exclude<NationalDutyId, (typeof NATIONAL_DUTY_IDS)[number]> extends never ? true : false =
	true;
const everyParty: Exclude<NationalParty, (typeof NATIONAL_PARTY_IDS)[number]> extends never ? true : false =
	true;
void [everyDuty, everyParty];

/** A clause of a named document: "nationalRegistration:art-9-1". */
export const qualifiedRef = v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9-]{0,63}:[a-z0-9-]{1,64}$/));
const refs = nonEmpty(qualifiedRef);
const count = v.pipe(v.number(), v.integer(), v.minValue(1));

/** How a duty's period is counted. */
const NationalCountSchema = v.variant('kind', [
	v.strictObject({ kind: v.literal('workingDays'), n: count }),
	v.strictObject({ kind: v.literal('days'), n: count }),
	v.strictObject({ kind: v.literal('years'), n: count }),
	v.strictObject({
		kind: v.literal('yearly'),
		month: v.pipe(count, v.maxValue(12)),
		day: v.pipe(count, v.maxValue(31))
	}),
	/** No period set: the text's words ("及时", "定期"). */
	v.strictObject({ kind: v.literal('none'), words: line })
]);

const NationalDutySchema = obj(
	v.strictObject({
		id: v.picklist(NATIONAL_DUTY_IDS),
		label: LocalizedProse,
		party: v.picklist(NATIONAL_PARTY_IDS),
		count: NationalCountSchema,
		from: LocalizedProse,
		/** The text's words, verbatim: a substring of the first cited clause. */
		quote: prose,
		citations: refs,
		modelled: obj(v.strictObject({ machine: v.boolean(), timeline: v.boolean() })),
		note: v.optional(LocalizedProse)
	})
);

const NationalOverlapSchema = obj(
	v.strictObject({
		region: regionId,
		duty: v.picklist(NATIONAL_DUTY_IDS),
		regional: LocalizedProse,
		/** Clause ids of the region's own text. */
		regionalCitations: nonEmpty(clauseId),
		applies: v.picklist(['national', 'both', 'regionDefers']),
		reason: LocalizedProse,
		nationalCitations: refs
	})
);

/** national/duties.yaml. */
export const NationalDutiesSchema = obj(
	v.strictObject({
		inForce: obj(v.strictObject({ date: isoDate, citations: refs })),
		parties: keyed(v.picklist(NATIONAL_PARTY_IDS), LocalizedSchema),
		duties: nonEmpty(NationalDutySchema),
		overlaps: list(NationalOverlapSchema)
	})
);
export type PackNationalDuties = v.InferOutput<typeof NationalDutiesSchema>;

/** Every clause reference in the file, with its field: `document:clause`, or a region's own clause id. */
export function nationalDutyRefs(
	d: PackNationalDuties
): { document: string; clause: string; field: string }[] {
	const split = (ref: string, field: string) => {
		const at = ref.indexOf(':');
		return { document: ref.slice(0, at), clause: ref.slice(at + 1), field };
	};
	return [
		...d.inForce.citations.map((r, i) => split(r, `inForce.citations[${i}]`)),
		...d.duties.flatMap((x, i) => x.citations.map((r, k) => split(r, `duties[${i}].citations[${k}]`))),
		...d.overlaps.flatMap((o, i) => [
			...o.regionalCitations.map((c, k) => ({
				document: o.region,
				clause: c,
				field: `overlaps[${i}].regionalCitations[${k}]`
			})),
			...o.nationalCitations.map((r, k) => split(r, `overlaps[${i}].nationalCitations[${k}]`))
		])
	];
}

/** Duplicate duty ids, and overlaps naming a duty twice for one region: field paths with what is wrong. */
export function nationalDutyProblems(d: PackNationalDuties): string[] {
	const out: string[] = [];
	const ids = new Set<string>();
	d.duties.forEach((x, i) => {
		if (ids.has(x.id)) out.push(`duties[${i}].id: duplicate duty "${x.id}"`);
		ids.add(x.id);
	});
	for (const id of NATIONAL_DUTY_IDS) if (!ids.has(id)) out.push(`duties: no duty "${id}"`);
	for (const p of NATIONAL_PARTY_IDS) if (!d.parties[p]) out.push(`parties: no party "${p}"`);
	const pairs = new Set<string>();
	d.overlaps.forEach((o, i) => {
		const key = `${o.region} ${o.duty}`;
		if (pairs.has(key)) out.push(`overlaps[${i}]: "${o.duty}" twice for ${o.region}`);
		pairs.add(key);
	});
	return out;
}
