// Region packs: a region (or a national document) is a folder under src/lib/regions/<id>/ — its text
// (source.txt) and data files validated by the schemas here. The same object, whole, is the `pack` of a
// draft's export file, and what the browser imports as a draft region. README "Adding a region".

import * as v from 'valibot';
import type { Localized } from '../../regions/types';
import { EligibilitySchema } from './eligibility.ts';
import { JourneySchema } from './journey.ts';
import { LIMITS, folderName, m, obj, parseWith, type Problem } from './kit.ts';
import { MetaSchema } from './meta.ts';
import { ProfileSchema } from './profile.ts';
import { WalkthroughsSchema } from './walkthroughs.ts';

export { ConditionSchema, EligibilitySchema, FactDeclarationSchema } from './eligibility.ts';
export type { FactDeclaration, PackCondition, PackEligibility } from './eligibility.ts';
export { JourneySchema } from './journey.ts';
export type { PackJourney, PackRoleJourney } from './journey.ts';
export {
	manifestEntry,
	MANIFEST_FIELDS,
	MetaSchema,
	ParseOptionsSchema,
	ValidityRuleSchema
} from './meta.ts';
export type { PackMeta } from './meta.ts';
export { DatedValueSchema, ProfileSchema, RuleValueSchema } from './profile.ts';
export type { PackProfile } from './profile.ts';
export { WalkthroughsSchema } from './walkthroughs.ts';
export type { PackWalkthrough } from './walkthroughs.ts';
export type { Problem } from './kit.ts';

export const PACK_FORMAT = 'pdao-pack/1';

/** The data files of a pack folder, beside source.txt. Only meta.yaml is required (a document without rules). */
export const PACK_FILES = {
	meta: 'meta.yaml',
	profile: 'profile.yaml',
	eligibility: 'eligibility.yaml',
	journey: 'journey.yaml',
	walkthroughs: 'walkthroughs.yaml'
} as const;
export type PackPart = keyof typeof PACK_FILES;

export const PART_SCHEMAS = {
	meta: MetaSchema,
	profile: ProfileSchema,
	eligibility: EligibilitySchema,
	journey: JourneySchema,
	walkthroughs: WalkthroughsSchema
} as const;

export type PackData = { [K in PackPart]: v.InferOutput<(typeof PART_SCHEMAS)[K]> };

/** The part a file name holds ("profile.yaml" → profile), or null. */
export function partOf(fileName: string): PackPart | null {
	const hit = Object.entries(PACK_FILES).find(([, f]) => f === fileName);
	return hit ? (hit[0] as PackPart) : null;
}

/** Validate one data file's parsed content: a fresh, typed copy, or the problems (field paths within the file). */
export function parsePart<K extends PackPart>(
	part: K,
	value: unknown
): { ok: true; value: PackData[K] } | { ok: false; problems: Problem[] } {
	return parseWith(PART_SCHEMAS[part], value) as
		{ ok: true; value: PackData[K] } | { ok: false; problems: Problem[] };
}

const source = v.pipe(v.string(), v.maxLength(LIMITS.source, m('source.long')));

/** A whole pack as one object: a folder's files under their part names, its text, and the id it suggests. */
export const PackSchema = obj(
	v.strictObject({
		format: v.literal(PACK_FORMAT),
		/** The folder name it suggests; a folder's own name wins. */
		id: folderName,
		source,
		meta: MetaSchema,
		profile: v.optional(ProfileSchema),
		eligibility: v.optional(EligibilitySchema),
		journey: v.optional(JourneySchema),
		walkthroughs: v.optional(WalkthroughsSchema)
	})
);
export type Pack = v.InferOutput<typeof PackSchema>;

const MESSAGES: Record<string, Localized> = {};

/** Validate a whole pack (an imported file's `pack`). */
export function parsePack(value: unknown): { ok: true; pack: Pack } | { ok: false; problems: Problem[] } {
	const r = parseWith(PackSchema, value, MESSAGES);
	return r.ok ? { ok: true, pack: r.value } : r;
}
