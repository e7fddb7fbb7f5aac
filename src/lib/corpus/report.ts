// What the parser makes of a text, before anything is applied: the numbering scheme (given or detected, with
// the evidence), units per level ("7 章 27 条 25 项"), numbering gaps and repeats, every line it could not
// place, the layout it undid, and whether the parsed text rebuilds the input. A wrong scheme is never silent:
// it shows as a warning, with what the other scheme would find. The one report: the sandbox's split report
// (src/routes/drafts/ImportReport.svelte) and the import command (src/lib/import/cli.ts) both show it; pure.
// Words: a level's name (章, 条, 款 / chapter, article, paragraph) is the text's own numbering word, law-derived,
// and stays a {zh, en} pair (`levelLabel`); everything the report says about the import (the counts, a warning,
// a numbering gap) is the app's own words, a Paraglide `report_*` message filled with those names and numbers.

import { m } from '../paraglide/messages.js';
import { unlistedRegion } from '$lib/regions/ids';
import type { ClauseId, ClauseKind, Corpus, Localized, NumberingScheme } from '$lib/regions/types';
import { said, type Words } from '../rules/words.ts';
import { BOOKMARK, cleanLines, splitLines, withoutWhitespace } from './clean';
import { rebuildSource } from './corpus';
import { detectScheme, type SchemeEvidence } from './detect';
import { parseDocument, type DocumentParseOptions, type NumberingIssue, type UnplacedLine } from './parse';

/** Level names as the import contract spells them (shared/regulations/national/README.md). */
export type LevelName =
	| 'part'
	| 'chapter'
	| 'division'
	| 'article'
	| 'paragraph'
	| 'item'
	| 'subitem'
	| 'point'
	| 'subpoint'
	| 'section'
	| 'subsection'
	| 'subsubpoint';

const FURNITURE: ReadonlySet<ClauseKind> = new Set([
	'notice',
	'title',
	'addressee',
	'preamble',
	'closing',
	'signature',
	'date',
	'footer'
]);

/** In the sections scheme the list levels under a sub-section are points: 1. → point, （1） → subpoint, ① → subsubpoint. */
const SECTION_LEVELS: Partial<Record<ClauseKind, LevelName>> = {
	item: 'point',
	subitem: 'subpoint',
	point: 'subsubpoint'
};

/** The level name of a structural clause; null for furniture (title, addressee, signature …). */
export function levelName(kind: ClauseKind, scheme: NumberingScheme): LevelName | null {
	if (FURNITURE.has(kind)) return null;
	if (scheme === 'sections' && SECTION_LEVELS[kind]) return SECTION_LEVELS[kind]!;
	return kind as LevelName;
}

const ORDER: Record<NumberingScheme, LevelName[]> = {
	articles: ['part', 'chapter', 'division', 'article', 'paragraph', 'item', 'subitem', 'point', 'subpoint'],
	sections: ['section', 'subsection', 'point', 'subpoint', 'subsubpoint', 'paragraph']
};

const ZH: Record<LevelName, string> = {
	part: '编',
	chapter: '章',
	division: '节',
	article: '条',
	paragraph: '款',
	item: '项',
	subitem: '目',
	point: '点',
	subpoint: '小点',
	section: '部分',
	subsection: '项',
	subsubpoint: '圈码点'
};

export interface ReportUnit {
	id: ClauseId;
	label: Localized;
	/** A level name, or the furniture's kind (title, addressee, preamble, closing, signature, date …). */
	level: LevelName | ClauseKind;
	/** The unit's own text, as written (a list marker prefix included; its children's text is theirs). */
	text: string;
	depth: number;
	parent?: ClauseId;
	/** 1-based source line the unit starts on. */
	line: number;
}

/** A level's name in a count: a paragraph is a 款 in an article and a 段 in a section. */
export function levelLabel(level: LevelName, scheme: NumberingScheme): Localized {
	return {
		zh: level === 'paragraph' && scheme === 'sections' ? '段' : ZH[level],
		en: EN[level]
	};
}

/** One gap or repeat, said plainly, with where it is. */
export function numberingMessage(issue: NumberingIssue): Words {
	const missing = issue.found - issue.expected;
	const at = { label: issue.label, expected: issue.expected, found: issue.found };
	return issue.kind === 'gap'
		? said(missing === 1 ? m.report_numbering_gap_one : m.report_numbering_gap, { ...at, missing })
		: said(m.report_numbering_repeat, at);
}

/** The scheme a text's own numbering shows; null when it has neither 第X条 nor 一、 lines. */
export function suggestedScheme(raw: string): NumberingScheme | null {
	const e = detectScheme(cleanLines(raw));
	return e.articles || e.sections ? e.scheme : null;
}

export interface ReportWarning {
	code: 'schemeMismatch' | 'noUnits' | 'unplaced' | 'numbering' | 'options' | 'notVerbatim';
	message: Words;
}

export interface AnalysisReport {
	scheme: NumberingScheme;
	schemeSource: 'given' | 'detected';
	evidence: SchemeEvidence;
	/** The scheme the text's own numbering shows; null when it shows neither. */
	detected: NumberingScheme | null;
	/** Units per level, in the scheme's level order; levels with none are left out. */
	counts: Partial<Record<LevelName, number>>;
	/** "7 章 27 条 25 项" / "7 chapters, 27 articles, 25 items"; "无编号单元" / "no numbered units" when none. */
	summary: Words;
	/** The parts around the provisions that were found (title, addressee, closing, signature, date, footer …). */
	furniture: ClauseKind[];
	units: ReportUnit[];
	unplaced: UnplacedLine[];
	numbering: NumberingIssue[];
	layout: {
		lineEnds: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
		blankLines: number;
		/** Hard-wrap width found and undone (null: not wrapped). */
		wrapWidth: number | null;
		joinedLines: number;
	};
	/** The parsed text, joined, equals the input minus layout, character for character. */
	verbatim: boolean;
	warnings: ReportWarning[];
	/** Nothing to warn about: the outline can be applied as it is. */
	ok: boolean;
	/** The clause tree itself (with unplaced lines under their own ids), for a preview. */
	corpus: Corpus;
}

function lineEnds(raw: string): AnalysisReport['layout']['lineEnds'] {
	const crlf = (raw.match(/\r\n/gu) ?? []).length;
	const lf = (raw.match(/(?<!\r)\n/gu) ?? []).length;
	const cr = (raw.match(/\r(?!\n)/gu) ?? []).length;
	const kinds = [crlf && 'crlf', lf && 'lf', cr && 'cr'].filter(Boolean) as ('crlf' | 'lf' | 'cr')[];
	return kinds.length === 0 ? 'none' : kinds.length > 1 ? 'mixed' : kinds[0]!;
}

const EN: Record<LevelName, string> = {
	part: 'part',
	chapter: 'chapter',
	division: 'division',
	article: 'article',
	paragraph: 'paragraph',
	item: 'item',
	subitem: 'sub-item',
	point: 'point',
	subpoint: 'sub-point',
	section: 'section',
	subsection: 'sub-section',
	subsubpoint: 'sub-sub-point'
};

/** Analyze a text as the parser would build it; `options.scheme` overrides the detected scheme. */
export function analyze(raw: string, options: DocumentParseOptions = {}): AnalysisReport {
	const evidence = detectScheme(cleanLines(raw));
	const outcome = parseDocument(unlistedRegion('import'), raw, options);
	const { corpus, scheme } = outcome;

	const counts: Partial<Record<LevelName, number>> = {};
	const units: ReportUnit[] = [];
	const furniture: ClauseKind[] = [];
	// an unplaced line is kept in the tree under its own id (line-N) so nothing is lost; it is no unit
	const unplacedIds = new Set(outcome.unplaced.map((u) => `line-${u.lines[0]}`));
	for (const c of corpus.clauses) {
		if (unplacedIds.has(c.id)) continue;
		const level = levelName(c.kind, scheme);
		if (level) counts[level] = (counts[level] ?? 0) + 1;
		else furniture.push(c.kind);
		units.push({
			id: c.id,
			label: c.label,
			level: level ?? c.kind,
			text: (c.prefix ?? '') + c.text,
			depth: c.depth,
			...(c.parent ? { parent: c.parent } : {}),
			line: c.lines[0] ?? 0
		});
	}
	const ordered = Object.fromEntries(
		ORDER[scheme].filter((l) => counts[l]).map((l) => [l, counts[l]!])
	) as Partial<Record<LevelName, number>>;
	const counted = Object.entries(ordered).map(([l, n]) =>
		said(n === 1 ? m.report_count_one : m.report_count, {
			count: n,
			level: levelLabel(l as LevelName, scheme)
		})
	);
	const summary: Words = counted.length
		? counted.reduce((a, b) => said(m.report_count_list, { a, b }))
		: said(m.report_count_none);

	const warnings: ReportWarning[] = [];
	const top = scheme === 'articles' ? (ordered.article ?? 0) : (ordered.section ?? 0);
	const other: NumberingScheme = scheme === 'articles' ? 'sections' : 'articles';
	const otherCount = other === 'articles' ? evidence.articles : evidence.sections;
	const unplaced = [...outcome.unplaced];
	if (top === 0) {
		warnings.push({
			code: 'noUnits',
			message: said(scheme === 'articles' ? m.report_no_units_articles : m.report_no_units_sections)
		});
		// nothing could be placed in a unit: every line after the title is shown as unplaced
		for (const c of corpus.clauses.filter((c) => c.kind === 'preamble' || c.kind === 'addressee'))
			c.text
				.split('\n')
				.forEach((text, i) => unplaced.push({ lines: [c.lines[i]!], text, reason: 'no unit of the scheme' }));
	}
	if (options.scheme && options.scheme !== evidence.scheme && otherCount > top) {
		warnings.push({
			code: 'schemeMismatch',
			// the scheme given is the one parsed with (parseDocument), so the other is the one the text shows
			message: said(
				options.scheme === 'articles' ? m.report_scheme_mismatch_articles : m.report_scheme_mismatch_sections,
				{ count: otherCount }
			)
		});
	}
	if (unplaced.length)
		warnings.push({
			code: 'unplaced',
			message: said(unplaced.length === 1 ? m.report_unplaced_one : m.report_unplaced, {
				count: unplaced.length
			})
		});
	if (outcome.numbering.length)
		warnings.push({
			code: 'numbering',
			message: said(outcome.numbering.length === 1 ? m.report_numbering_one : m.report_numbering, {
				count: outcome.numbering.length
			})
		});
	for (const p of outcome.problems) warnings.push({ code: 'options', message: p });
	const verbatim =
		withoutWhitespace(rebuildSource(corpus)) === withoutWhitespace(raw.split(BOOKMARK).join(''));
	if (!verbatim)
		warnings.push({
			code: 'notVerbatim',
			message: said(m.report_not_verbatim)
		});

	return {
		scheme,
		schemeSource: options.scheme ? 'given' : 'detected',
		evidence,
		detected: evidence.articles || evidence.sections ? evidence.scheme : null,
		counts: ordered,
		summary,
		furniture,
		units,
		unplaced,
		numbering: outcome.numbering,
		layout: {
			lineEnds: lineEnds(raw),
			blankLines: splitLines(raw).filter((l) => l.trim() === '').length,
			wrapWidth: outcome.unwrap.width,
			joinedLines: outcome.unwrap.joins
		},
		verbatim,
		warnings,
		ok: warnings.length === 0,
		corpus
	};
}
