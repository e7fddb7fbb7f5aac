// A pack's metadata (meta.yaml): the document's title, place, level, status, dates, how long it is in force
// and how to split its text into clauses. The folder name is the region's id; it is not repeated inside.

import * as v from 'valibot';
import type { DocumentDetails, DocumentMeta, RegionDetails } from '../../regions/types';
import {
	citations,
	clauseId,
	finite,
	isoDate,
	localId,
	LocalizedProse,
	LocalizedSchema,
	line,
	list,
	m,
	nonEmpty,
	obj
} from './kit.ts';

/** A rule region's level (a province or a city); a national document is a document only, never a rule region. */
export const LEVELS = ['city', 'province'] as const;
export const DOCUMENT_LEVELS = ['national', ...LEVELS] as const;
/** Facts a card shows that the text itself does not state (factsSource). */
export const OUTSIDE_TEXT_FACTS = ['issuer', 'docNumber', 'issued'] as const;
export const STATUSES = ['draft', 'trial', 'interim'] as const;
export const SCHEMES = ['articles', 'sections'] as const;

export const ParseOptionsSchema = obj(
	v.strictObject({
		scheme: v.picklist(SCHEMES, m('scheme')),
		noticeEndsBefore: v.optional(line),
		footerStartsWith: v.optional(line),
		joinPageBreaks: v.optional(v.boolean())
	})
);

const years = v.pipe(finite, v.integer(), v.minValue(1));

export const ValidityRuleSchema = v.variant('kind', [
	v.strictObject({ kind: v.literal('fixed'), from: isoDate, until: isoDate, citations }),
	v.strictObject({
		kind: v.literal('yearsFromIssue'),
		years,
		issued: v.nullable(isoDate),
		citations
	}),
	v.strictObject({
		kind: v.literal('yearsFromEffective'),
		years,
		effective: v.nullable(isoDate),
		asWritten: line,
		citations
	}),
	v.strictObject({
		kind: v.literal('openEnded'),
		effective: v.nullable(isoDate),
		asWritten: v.nullable(line),
		citations
	})
]);

export const StatusListSchema = v.pipe(
	v.array(v.picklist(STATUSES, m('status'))),
	v.check((s) => new Set(s).size === s.length, m('status.duplicate'))
);

/** The version that replaces a text, and the clauses of the successor that say so (empty where none does). */
export const SupersessionSchema = obj(v.strictObject({ version: localId, citations: list(clauseId) }));

/** Another version of the region's text (a draft for comments, the final text), not in the corpus. */
export const DocumentVersionSchema = obj(
	v.strictObject({
		id: localId,
		title: LocalizedSchema,
		docNumber: v.optional(line),
		status: StatusListSchema,
		issued: v.nullable(isoDate),
		validity: ValidityRuleSchema,
		supersededBy: v.optional(SupersessionSchema)
	})
);

/**
 * A document's metadata. Every folder with a meta.yaml is a document (read, searched, cited); a province or
 * city document whose folder also has a profile.yaml is a rule region, and then `province` and `operatorTerm`
 * are required (checked with the folder, see check.ts). A national document has neither.
 */
export const MetaSchema = obj(
	v.strictObject({
		/** Position in lists within its level; documents without one sort after, by id. */
		order: v.optional(finite),
		title: LocalizedSchema,
		name: LocalizedSchema,
		issuer: v.nullable(LocalizedSchema),
		docNumber: v.optional(line),
		level: v.picklist(DOCUMENT_LEVELS, m('documentLevel')),
		/** The province the region belongs to (itself for a province); none for a national document. */
		province: v.optional(LocalizedSchema),
		status: StatusListSchema,
		issued: v.nullable(isoDate),
		validity: ValidityRuleSchema,
		/** The operator role's name in this text, with the glossary's English word. */
		operatorTerm: v.optional(LocalizedSchema),
		parse: ParseOptionsSchema,
		/** Facts shown that the text does not state, and where they come from instead. */
		factsSource: v.optional(
			obj(
				v.strictObject({
					facts: nonEmpty(v.picklist(OUTSIDE_TEXT_FACTS, m('fact'))),
					source: LocalizedSchema
				})
			)
		),
		notes: v.optional(list(LocalizedProse)),
		/** This text's id among the region's versions. */
		version: v.optional(localId),
		/** The version that replaces this text. */
		supersededBy: v.optional(SupersessionSchema),
		/** The region's other versions of its text (earlier or later). */
		versions: v.optional(list(DocumentVersionSchema))
	})
);
export type PackMeta = v.InferOutput<typeof MetaSchema>;

// The schema produces a document's whole meta, DocumentDetails (the id is the folder's name); a rule region's
// (RegionDetails) is one whose level is not national and which has province and operatorTerm.
const _meta: v.GenericSchema<unknown, Omit<DocumentDetails, 'id'>> = MetaSchema;
void _meta;
export type PackRegionMeta = Omit<RegionDetails, 'id'>;

/** The fields of a meta that load eagerly for every document (DocumentMeta: the registry's manifest). */
export const MANIFEST_FIELDS = [
	'order',
	'title',
	'name',
	'level',
	'province',
	'status',
	'issued',
	'validity',
	'operatorTerm',
	'version',
	'supersededBy',
	'versions'
] as const satisfies readonly (keyof DocumentMeta)[];

// every field of DocumentMeta is in the manifest (a field added to the type and not here fails to compile)
const _every: Exclude<keyof DocumentMeta, 'id' | (typeof MANIFEST_FIELDS)[number]> extends never
	? true
	: never = true;
void _every;

/** A document's manifest entry: its meta's MANIFEST_FIELDS (those it has), nothing else. */
export function manifestEntry(meta: Omit<DocumentDetails, 'id'>): Omit<DocumentMeta, 'id'> {
	const out: Record<string, unknown> = {};
	for (const k of MANIFEST_FIELDS) if (meta[k] !== undefined) out[k] = meta[k];
	return out as Omit<DocumentMeta, 'id'>;
}
