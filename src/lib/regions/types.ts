// Types for the law-as-data layer. Pure: no DOM, no Svelte, no storage.

/**
 * A document's folder name under src/lib/regions/ (e.g. "taian", "nationalSpec"). Open-ended: adding a folder
 * adds a document; a regional document with a rule profile is also a rule region.
 */
export type RegionId = string & { readonly __brand: 'RegionId' };

/**
 * A role id as the region's eligibility.yaml and journey.yaml declare it: the glossary's identifier
 * (primaryDeveloper, secondaryDeveloper, operatingEntity, developmentEntity, operator). Branded: a string becomes
 * one only where it is read from a pack whose check found it declared, or matched against a region's declared
 * roles (src/lib/regions/ids.ts). The one role-id type: eligibility, machines and training re-export it.
 */
export type RoleId = string & { readonly __brand: 'RoleId' };

/**
 * A clause id local to one region's text, e.g. "art-14-6", "sec-16-p2", "notice" — or, where data cites another
 * text, a ClauseRef. Branded: a string becomes one only where a clause is named — the parser (every id of a
 * Corpus), the pack schemas (the pack check then finds each cited clause in source.txt), the citation helpers for
 * law data written in TypeScript (`cites`, `profileKit` in profile-kit.ts; their tests resolve every citation), or
 * `asClauseId` / `isClauseId` against a loaded corpus (src/lib/regions/ids.ts).
 */
export type ClauseId = string & { readonly __brand: 'ClauseId' };

/**
 * A clause id qualified by region, e.g. "taian:art-14-6", "nationalSpec:art-14-2". Used wherever regions mix, and
 * a citation may be one, so it is a ClauseId too. The template says only "region:clause" (a brand cannot sit in a
 * template); the ClauseId brand says it was checked, and `splitRef` (citation.ts) gives its region as a RegionId.
 */
export type ClauseRef = ClauseId & `${string}:${string}`;

export interface Localized {
	zh: string;
	en: string;
}

export type ClauseKind =
	| 'notice' // Jiangsu's cover letter (通知), kept apart from the regulation
	| 'title'
	| 'addressee' // a 通知's addressee line (各省、自治区…：)
	| 'preamble'
	| 'part' // 第X编
	| 'chapter'
	| 'division' // 第X节 inside a chapter
	| 'article' // 第X条
	| 'section' // 一、… (Quzhou, Yingkou)
	| 'subsection' // （一）inside a section
	| 'item' // （一）inside an article, or 1. inside a section/subsection
	| 'subitem' // 1. under an article's item (目), or （1） under a section's 1.
	| 'point' // （1） under an article's 1., or ① under a section's （1）
	| 'subpoint' // ① under an article's （1）
	| 'paragraph' // a further paragraph (款/段) of an article, section or subsection
	| 'closing' // a 通知's closing sentence (本通知自…起施行。/ 特此通知。)
	| 'signature' // the issuing bodies' names under the text
	| 'date' // the date under the signature
	| 'footer'; // distribution footer (抄送…)

export interface Clause {
	id: ClauseId;
	kind: ClauseKind;
	/** Number as written in the document's own scheme (article 14 → 14). */
	number?: number;
	/** The label in the document's numbering: "第十四条（六）", "十六", "五（四）1". */
	label: Localized;
	/** Heading words for chapters and sections ("总则", "协议签订"), a sub-section's heading sentence, an article's 【title】. */
	heading?: string;
	/** The node's own lines, verbatim (minus conversion artefacts), joined by "\n". */
	text: string;
	/** A list marker the source wrote before the text (Jiangsu's "- "); kept to rebuild the source exactly. */
	prefix?: string;
	/** 1-based line numbers in the source file of each own line (a page-break-joined line keeps its first). */
	lines: number[];
	parent?: ClauseId;
	children: ClauseId[];
	/** Depth in the tree, 0 for top-level nodes. */
	depth: number;
}

export interface Corpus {
	region: RegionId;
	/** Every clause in document order. */
	clauses: Clause[];
	/** Ids of top-level nodes in document order. */
	roots: ClauseId[];
}

/** How a text numbers its provisions; the parser handles each. */
export type NumberingScheme = 'articles' | 'sections';

export interface ParseOptions {
	scheme: NumberingScheme;
	/** The line at which the regulation proper begins; everything before it is the cover notice. */
	noticeEndsBefore?: string;
	/** A footer (distribution list) begins at the first line starting with this. */
	footerStartsWith?: string;
	/** Rejoin lines split by page breaks in the conversion (a line ending mid-phrase, a blank, the rest). */
	joinPageBreaks?: boolean;
}

/** Where a document sits: the national framework, a province, a city. */
export type DocumentLevel = 'national' | 'province' | 'city';

/** The level of a rule region (a regional document with a rule profile) or a draft. */
export type RegionLevel = Exclude<DocumentLevel, 'national'>;

/** Document status as written: 征求意见稿 / 试行 / 暂行 / in force. */
export type DocumentStatus = 'draft' | 'trial' | 'interim';

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/**
 * When a regulation is in force, as the text states it. Each variant keeps what the text leaves
 * unset as null, so the app can say "not set in this draft" rather than guess.
 */
export type ValidityRule =
	| {
			kind: 'fixed';
			from: IsoDate;
			until: IsoDate;
			citations: ClauseId[];
	  }
	| {
			/** "自印发之日起施行，有效期N年": runs N years from an issue date the text may not give. */
			kind: 'yearsFromIssue';
			years: number;
			issued: IsoDate | null;
			citations: ClauseId[];
	  }
	| {
			/** "自YYYY年 月 日起施行，有效期N年": an effective date left blank in a draft. */
			kind: 'yearsFromEffective';
			years: number;
			effective: IsoDate | null;
			/** The date as written, blanks and all ("2024年 月 日"). */
			asWritten: string;
			citations: ClauseId[];
	  }
	| {
			/** An effective date, possibly blank, and no stated end. */
			kind: 'openEnded';
			effective: IsoDate | null;
			asWritten: string | null;
			citations: ClauseId[];
	  };

/**
 * One version of a region's text (a draft for comments, then the final text; a text and the one that replaces
 * it), each with its own status and validity. A region's meta is itself the version whose text is in the
 * corpus; `versions` lists the others.
 */
export interface DocumentVersion {
	/** Stable within the region ("draft-2023", "final"). */
	id: string;
	title: Localized;
	docNumber?: string;
	status: DocumentStatus[];
	/** Date of issue where the text gives one. */
	issued: IsoDate | null;
	validity: ValidityRule;
	/** The version that replaces this one, and the clauses that say so (a successor's repeal clause), if any. */
	supersededBy?: Supersession;
}

export interface Supersession {
	/** The successor's id among the region's versions. */
	version: string;
	/** Clause ids in the successor's text; empty where the succession is known but no clause states it. */
	citations: ClauseId[];
}

/** A fact the card shows (issuer, document number, date of issue) that the text itself does not state. */
export type OutsideTextFact = 'issuer' | 'docNumber' | 'issued';

/**
 * What loads eagerly about every document (the manifest, src/lib/regions/registry.ts): what the home list, the
 * pickers, the header search's names, citations and the status badges need. The rest of a document's meta
 * (DocumentDetails: issuer, document number, parse options, notes, facts' sources) loads per document.
 */
export interface DocumentMeta {
	id: RegionId;
	/** Position in lists within its level; documents without one sort after, by id. */
	order?: number;
	title: Localized;
	/** Short name: 衢州 / Quzhou, 登记办法 / National Interim Registration Measures. */
	name: Localized;
	level: DocumentLevel;
	/** Province the region belongs to (itself for a province); none for a national document. */
	province?: Localized;
	status: DocumentStatus[];
	/** Date of issue where the text gives one. */
	issued: IsoDate | null;
	validity: ValidityRule;
	/** The operator role's name in this text, with the glossary's English word. */
	operatorTerm?: Localized;
	/** This text's id among the region's versions; "text" when the region has only one. */
	version?: string;
	/** The version that replaces this text, if the region has one. */
	supersededBy?: Supersession;
	/** The region's other versions of its text (earlier or later); none is in the corpus yet. */
	versions?: DocumentVersion[];
}

/** The fields of a document's meta that are not in the manifest: loaded per document when a page needs them. */
export interface DocumentDetailFields {
	/** The body that issued the text, where the text names it (the drafts do not). */
	issuer: Localized | null;
	/** Document number (文号), where the text gives one (or `factsSource` says where it comes from). */
	docNumber?: string;
	parse: ParseOptions;
	/** Facts shown that the text does not state, and where they come from instead. */
	factsSource?: { facts: OutsideTextFact[]; source: Localized };
	/** What the model leaves out about this text, said plainly. */
	notes?: Localized[];
}

/** A document's whole meta (its meta.yaml): the manifest's fields and the details. */
export interface DocumentDetails extends DocumentMeta, DocumentDetailFields {}

/** What a document's facts line shows beyond the manifest (components/DocumentFacts.svelte). */
export type DocumentFacts = Pick<DocumentDetailFields, 'issuer' | 'docNumber' | 'factsSource'>;

/** A rule region's metadata: a regional document with a rule profile, journey, eligibility and walkthroughs. */
export interface RegionMeta extends DocumentMeta {
	level: RegionLevel;
	/** Province the region belongs to (itself for a province). */
	province: Localized;
	operatorTerm: Localized;
}

/** A rule region's whole meta (the manifest's fields and the details). */
export interface RegionDetails extends RegionMeta, DocumentDetailFields {}

// ——— Rule profiles: one typed, cited value per comparison dimension per region ———

/**
 * A dimension id, dotted by topic: "term.maxMonths". Part of the open-data contract. The union of the catalogue's
 * ids (src/lib/regions/dimensions.ts): a mistyped id in code or TS data fails the type check; YAML data is checked
 * by the pack check at build (src/lib/rules/pack/check.ts).
 */
export type { DimensionId } from './dimensions';
import type { DimensionId } from './dimensions';

export type TopicId =
	| 'scope'
	| 'bodies'
	| 'authorization'
	| 'scenario'
	| 'eligibility'
	| 'application'
	| 'selection'
	| 'publicNotice'
	| 'agreement'
	| 'certificates'
	| 'renewal'
	| 'training'
	| 'dataAccess'
	| 'processing'
	| 'products'
	| 'trading'
	| 'pricing'
	| 'ip'
	| 'reporting'
	| 'evaluation'
	| 'suspension'
	| 'termination'
	| 'afterTermination'
	| 'security'
	| 'responsibility'
	| 'assets'
	| 'regulation'
	// added with the national framework (2025)
	| 'implementationPlan'
	| 'registration'
	| 'disclosure';

export type DimensionType = 'number' | 'enum' | 'boolean' | 'list' | 'text' | 'date';

export type Unit = 'months' | 'years' | 'days' | 'workingDays';

/**
 * Which way a value is stricter, for weighing a region's value against the national framework's
 * (src/lib/rules/conformity.ts). lower / higher: a number (a cap, a deadline / a look-back, a retention);
 * moreItems: a list of requirements, where each item the region lacks falls short; fewerItems: a list of
 * permissions, where each item the region adds goes further; yes: a duty, where "yes" is stricter than "no";
 * describes: the dimension describes the document (its name for the operator, its dates) and is not compared.
 * Without it, values are compared for equality only and a difference is judged by hand.
 */
export type Strictness = 'lower' | 'higher' | 'moreItems' | 'fewerItems' | 'yes' | 'describes';

export interface DimensionOption {
	value: string;
	label: Localized;
}

/** A dimension as the catalogue writes it; `Id` is its id's literal type (the catalogue infers the union). */
export interface DimensionSpec<Id extends string = string> {
	id: Id;
	topic: TopicId;
	label: Localized;
	/** What the dimension asks, for tooltips and the open data. */
	description?: Localized;
	type: DimensionType;
	unit?: Unit;
	/** The closed set of values for enum dimensions, and for list dimensions whose items are coded. */
	options?: DimensionOption[];
}

/** A dimension of the catalogue, with what the catalogue adds from its tables (strictness, twin, per role). */
export interface Dimension extends DimensionSpec<DimensionId> {
	/** Which way a value is stricter, where that is meaningful (conformity with the national framework). */
	strictness?: Strictness;
	/** A free-text dimension whose substance a typed one compares: its conformity is read there. */
	comparedAs?: DimensionId;
	/**
	 * The dimension asks about a party a two-tier text treats tier by tier (who may apply, how it is chosen,
	 * its agreement, term, reports, evaluation): in a region with more than one role every value names the
	 * role(s) it binds (DatedValue.roles). Issue 22, item 1.
	 */
	perRole?: boolean;
}

/**
 * A rule value. "notSpecified" (the text is silent) is distinct from "unlimited" (the text sets no
 * bound, or looks back over all time: Jiangsu's "未发生过") and from a boolean false (the text says no).
 */
export type RuleValue =
	| { kind: 'notSpecified' }
	| { kind: 'unlimited' }
	| { kind: 'number'; value: number; bound: 'atMost' | 'atLeast' | 'exactly' }
	| { kind: 'enum'; value: string }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'list'; value: string[] }
	| { kind: 'text'; value: Localized }
	/** A date; null where the text leaves it blank ("2024年 月 日"). */
	| { kind: 'date'; value: IsoDate | null };

/** How the text hedges a value: 原则上 (in principle), 一般 (generally), 暂 (for now), 可 (may). */
export type Qualifier = 'inPrinciple' | 'generally' | 'provisional' | 'discretionary';

/**
 * One value of a dimension, applying from a date, OpenFisca-style. `C` is how it cites: a region's profile
 * cites clause ids of its own text ("art-14-4"); a profile drawn from several documents (the national
 * framework) cites qualified refs ("nationalSpec:art-14-2").
 */
export interface DatedValue<C extends string = ClauseId> {
	/** First day the value applies; null = from the regulation's entry into force, whenever that is. */
	from: IsoDate | null;
	value: RuleValue;
	qualifier?: Qualifier;
	summary: Localized;
	/** The clauses the value rests on; required (non-empty) for every value but notSpecified. */
	citations: C[];
	/** What the model leaves out or had to interpret, said plainly. */
	note?: Localized;
	/**
	 * The role(s) the value binds, where the text treats its tiers apart (Henan's 一级开发主体 / 二级开发主体,
	 * Jiangsu's 运营主体 / 开发主体): ids the region's eligibility.yaml declares. Absent: the value is not
	 * about one tier (or the region has one role). Required for a perRole dimension in a region with two roles.
	 */
	roles?: RoleId[];
}

/**
 * Something per dimension, keyed by the catalogue's ids. Partial in type: a region's profile has every dimension
 * (the pack check requires it), a draft's clause wordings only some; a read says what it does when one is absent.
 */
export type ByDimension<T> = Partial<Record<DimensionId, T>>;

/** A region's rule profile: for every dimension of the catalogue, its dated values. */
export interface RegionProfile<C extends string = ClauseId> {
	region: RegionId;
	values: ByDimension<DatedValue<C>[]>;
}

/** A rule region's metadata with its rule profile: what the engines that date and weigh a region read. */
export interface RegionRules {
	meta: RegionMeta;
	profile: RegionProfile;
}
