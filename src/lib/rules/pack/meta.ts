// A pack's metadata (meta.yaml): the document's title, place, level, status, dates, how long it is in force
// and how to split its text into clauses. The folder name is the region's id; it is not repeated inside.

import * as v from 'valibot';
import type { RegionMeta } from '../../regions/types';
import { citations, finite, isoDate, LocalizedProse, LocalizedSchema, line, list, m, obj } from './kit.ts';

export const LEVELS = ['city', 'province'] as const;
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

export const MetaSchema = obj(
	v.strictObject({
		/** Position in lists; regions without one sort after, by id. */
		order: v.optional(finite),
		title: LocalizedSchema,
		name: LocalizedSchema,
		issuer: v.nullable(LocalizedSchema),
		docNumber: v.optional(line),
		level: v.picklist(LEVELS, m('level')),
		province: LocalizedSchema,
		status: StatusListSchema,
		issued: v.nullable(isoDate),
		validity: ValidityRuleSchema,
		operatorTerm: LocalizedSchema,
		parse: ParseOptionsSchema,
		notes: v.optional(list(LocalizedProse))
	})
);
export type PackMeta = v.InferOutput<typeof MetaSchema>;

// The schema produces what the registry hands out as RegionMeta (the id is the folder's name).
const _meta: v.GenericSchema<unknown, Omit<RegionMeta, 'id'>> = MetaSchema;
void _meta;
