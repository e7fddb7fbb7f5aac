// A drafter's own regulation: a rule profile over the shared dimension catalogue, the draft's own text
// (parsed into clauses with the same parser as the five), and the procedure its simulation follows.
// Pure data and types: no DOM, no Svelte, no storage. Stored as a library item of kind 'draft'.

import type {
	ByDimension,
	DatedValue,
	DimensionId,
	DocumentStatus,
	Localized,
	ParseOptions,
	RegionId,
	RegionLevel
} from '$lib/regions/types';
import type { Words } from '$lib/rules/words';

export const DRAFT_FORMAT = 'pdao-draft/1';

/** Region ids of drafts start with this (defined beside the other draft id helpers). */
export { DRAFT_PREFIX } from '$lib/rules/draft-ids';

export interface Draft {
	format: typeof DRAFT_FORMAT;
	/** The draft's title, as the drafter writes it: "某市公共数据授权运营管理办法（草案）". */
	title: string;
	/** Short place name shown as the column head: "某市". */
	name: string;
	level: RegionLevel;
	status: DocumentStatus[];
	/** The region it was cloned from; null when started blank. Its values are the "before" of "what changed". */
	base: RegionId | null;
	/**
	 * Whose journey (stages, reviewers, deadlines) the simulator runs, with this draft's rule values in it.
	 * The rule catalogue does not describe procedure step by step, so a draft borrows one; null: not simulable.
	 */
	procedure: RegionId | null;
	/** The draft's own text, as pasted or inherited; '' when it has none. Citations are ids of its clauses. */
	source: string;
	/** How to split `source` into clauses (the same options a region's meta.yaml gives the parser). */
	parse: ParseOptions;
	/** A value list for every dimension of the catalogue (OpenFisca-style dated values, as a region's profile). */
	values: ByDimension<DatedValue[]>;
	/** The drafter's own wording for a provision, per dimension, before it is part of the text. */
	clauseTexts: ByDimension<string>;
	/** Free notes on the draft as a whole. */
	notes: string;
	/** The operator role's name in this draft (授权运营单位 …), with the glossary's English word. */
	operatorTerm: Localized;
}

export type Severity = 'error' | 'warning';

/** A dimension id read from a draft file that the catalogue does not have. */
export type UnknownDimension = string & { readonly __unknownDimension: true };

/** One problem with a draft; errors keep it out of the simulator and the timelines until fixed. */
export interface DraftIssue {
	severity: Severity;
	/** A stable code, for tests and for grouping: "negativeNumber", "renewalExceedsTerm", "unresolvedCitation" … */
	code: string;
	/**
	 * The dimension it is about, when it is about one: a catalogue id, or (unknownDimension) the id a file gave
	 * that the catalogue lacks — the only issue whose id is not a DimensionId.
	 */
	dimension?: DimensionId | UnknownDimension;
	/** The app's own words (a Paraglide message), said in the interface language when shown. */
	message: Words;
}
