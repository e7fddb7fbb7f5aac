// Turn a regulation's text into a clause tree with stable ids and labels in the document's own numbering.
// One parser for every document: the numbering scheme (given, or detected) decides the levels; layout
// (CRLF, blank lines, indentation, hard wraps, full- or half-width marks, a missing space after 第X条) does not
// change the tree. parseDocument never throws on content: what it cannot place it reports. parseCorpus is
// the strict form the registry and the drafts use.
// Words: every clause label is law-derived and stays a {zh, en} pair: it quotes the text's own numbering
// (第三条, （一）, ①) or names a part of an official document (标题, 主送机关, 成文日期, 抄送); an unplaced line's
// label ("第12行") stands in the clause tree beside them and is stored with it. What the parser says about the
// options it was given (a footer or a notice end not found, a clause id twice) is the app's own words: Paraglide
// `report_*` messages. The build's pack plugin loads this module, so the messages come by a relative path.

import type {
	Clause,
	ClauseId,
	ClauseKind,
	Corpus,
	NumberingScheme,
	ParseOptions,
	RegionId
} from '$lib/regions/types';
import { m } from '../paraglide/messages.js';
import { said, wordsIn, type Words } from '../rules/words.ts';
import { cleanLines, joinPageBreaks, type SourceLine } from './clean.ts';
import { detectScheme } from './detect.ts';
import { splitBack, splitFront } from './furniture.ts';
import { FOOTER_START, isHeadingOnly, readMark, type Mark } from './markers.ts';
import { toChineseNumeral as cn } from './numerals.ts';
import { unwrapLines, type UnwrapResult } from './unwrap.ts';

export class ParseError extends Error {}

/** Options beyond a document's metadata: whether to look for hard wraps (on by default). */
export interface DocumentParseOptions extends Omit<ParseOptions, 'scheme'> {
	/** Detected from the text when absent. */
	scheme?: NumberingScheme;
	unwrap?: boolean;
}

/** A line the parser could not place in any unit. */
export interface UnplacedLine {
	/** 1-based source line number(s). */
	lines: number[];
	text: string;
	reason: string;
}

/** A unit whose number breaks its siblings' run: a gap (expected 3, found 5) or a repeat. */
export interface NumberingIssue {
	kind: 'gap' | 'repeat';
	/** The clause the issue was found at. */
	id: ClauseId;
	label: string;
	expected: number;
	found: number;
	line: number;
}

export interface ParseOutcome {
	corpus: Corpus;
	scheme: NumberingScheme;
	/** Lines no unit could hold; each also kept in the tree (under its own id) so nothing is lost. */
	unplaced: UnplacedLine[];
	numbering: NumberingIssue[];
	unwrap: Omit<UnwrapResult, 'lines'>;
	/** Problems with the options themselves (a notice end or footer start that is not in the text), a clause id
	 * made twice: the app's own words. */
	problems: Words[];
}

interface Builder {
	clauses: Clause[];
	byId: Map<ClauseId, Clause>;
	roots: ClauseId[];
	unplaced: UnplacedLine[];
	numbering: NumberingIssue[];
	/** Ids given a suffix because their number repeated an earlier sibling's. */
	duplicates: ClauseId[];
	/** Last number seen per parent and level, for gaps and repeats. */
	runs: Map<string, number>;
}

/** A node as the parser reads it: its id still the string the numbering spells. */
type NodeInit = Omit<Clause, 'children' | 'depth' | 'parent' | 'id'> & { id: string };

/**
 * A clause id is born here: the numbering printed in the text, made unique in the corpus (a repeat gets `-r2`…).
 * The parser's one cast to the brand — every ClauseId in a Corpus names a clause of that corpus.
 */
const born = (id: string): ClauseId => id as ClauseId;

function add(b: Builder, parent: Clause | undefined, node: NodeInit): Clause {
	let id = born(node.id);
	if (b.byId.has(id)) {
		b.duplicates.push(id);
		let k = 2;
		while (b.byId.has(born(`${node.id}-r${k}`))) k++;
		id = born(`${node.id}-r${k}`);
	}
	const clause: Clause = {
		...node,
		id,
		parent: parent?.id,
		children: [],
		depth: parent ? parent.depth + 1 : 0
	};
	if (!clause.parent) delete clause.parent;
	b.clauses.push(clause);
	b.byId.set(clause.id, clause);
	if (parent) parent.children.push(clause.id);
	else b.roots.push(clause.id);
	return clause;
}

/** Record the number's place in its siblings' run (1, 2, 3 …). */
function track(b: Builder, scope: string, c: Clause) {
	const n = c.number;
	if (n === undefined) return;
	const prev = b.runs.get(scope) ?? 0;
	if (n !== prev + 1) {
		b.numbering.push({
			kind: n <= prev ? 'repeat' : 'gap',
			id: c.id,
			label: c.label.zh,
			expected: prev + 1,
			found: n,
			line: c.lines[0]!
		});
	}
	b.runs.set(scope, Math.max(prev, n));
}

function appendLine(c: Clause, line: SourceLine) {
	c.text += '\n' + line.text;
	c.lines.push(...line.lines);
}

function furniture(
	b: Builder,
	lines: SourceLine[],
	id: string,
	kind: ClauseKind,
	label: { zh: string; en: string }
) {
	if (!lines.length) return;
	const c = add(b, undefined, { id, kind, label, text: lines[0]!.text, lines: [...lines[0]!.lines] });
	lines.slice(1).forEach((l) => appendLine(c, l));
}

function unplace(b: Builder, line: SourceLine, reason: string) {
	b.unplaced.push({ lines: [...line.lines], text: line.text, reason });
	add(b, undefined, {
		id: `line-${line.lines[0]}`,
		kind: 'paragraph',
		label: { zh: `第${line.lines[0]}行`, en: `Line ${line.lines[0]}` },
		text: line.text,
		lines: [...line.lines]
	});
}

function stripSpaces(s: string): string {
	return s.replace(/[\s\u3000\u00a0]+/gu, '');
}

/** Paragraph children of a node, counting the node's own line as paragraph 1 when it is provision text. */
function nextParagraph(b: Builder, host: Clause, ownLineIsParagraph: boolean): number {
	const paras = host.children.filter((id) => b.byId.get(id)?.kind === 'paragraph').length;
	return paras + (ownLineIsParagraph ? 2 : 1);
}

function paragraphLabel(host: Clause, k: number, scheme: NumberingScheme) {
	return {
		zh: scheme === 'articles' ? `${host.label.zh}第${cn(k)}款` : `${host.label.zh}第${cn(k)}段`,
		en: `${host.label.en} ¶${k}`
	};
}

/** A line's mark with Jiangsu's list marker "- " set apart. */
function markOf(text: string): { mark: Mark | null; prefix?: string } {
	if (text.startsWith('- ')) {
		const mark = readMark(text.slice(2));
		if (mark) return { mark, prefix: '- ' };
	}
	return { mark: readMark(text) };
}

/** Whether a line opens the body: a 编/章/节, an article (spaced, titled, or the first), or a section. */
function opensBody(text: string, scheme: NumberingScheme): boolean {
	const mark = readMark(text);
	if (!mark) return false;
	if (scheme === 'sections') return mark.type === 'section';
	if (mark.type === 'article')
		return !!mark.separator || mark.bracketTitle !== undefined || mark.number === 1;
	return mark.type === 'part' || mark.type === 'chapter' || mark.type === 'division';
}

/** The list levels under an article: （一） item, 1. subitem, （1） point, ① subpoint. */
const ARTICLE_LIST: Partial<Record<Mark['type'], { kind: ClauseKind; depth: number }>> = {
	cnParen: { kind: 'item', depth: 0 },
	num: { kind: 'subitem', depth: 1 },
	numParen: { kind: 'point', depth: 2 },
	circled: { kind: 'subpoint', depth: 3 }
};

function listLabel(host: Clause, mark: Mark) {
	const n = mark.number;
	switch (mark.type) {
		case 'cnParen':
			return { zh: `${host.label.zh}（${cn(n)}）`, en: `${host.label.en}(${n})` };
		case 'num':
			return host.kind === 'article'
				? { zh: `${host.label.zh}·${n}`, en: `${host.label.en}.${n}` }
				: { zh: `${host.label.zh}${n}`, en: `${host.label.en}${n}` };
		case 'numParen':
			return { zh: `${host.label.zh}（${n}）`, en: `${host.label.en}(${n})` };
		default:
			return { zh: `${host.label.zh}${String.fromCodePoint(0x2460 + n - 1)}`, en: `${host.label.en}[${n}]` };
	}
}

function parseArticles(b: Builder, lines: SourceLine[]) {
	let part: Clause | undefined;
	let chapter: Clause | undefined;
	let division: Clause | undefined;
	let article: Clause | undefined;
	let lastArticle = 0;
	/** The open list path under the article: index = list depth. */
	let list: Clause[] = [];
	/** The article's own line was only its 【title】: the next plain line is its text, not a 款. */
	let awaitingBody = false;

	for (const line of lines) {
		const t = line.text;
		const { mark, prefix } = markOf(t);
		const type = prefix ? (mark?.type === 'cnParen' ? 'cnParen' : null) : (mark?.type ?? null);

		if (mark && !prefix && (type === 'part' || type === 'chapter' || type === 'division')) {
			const n = mark.number;
			const heading = stripSpaces(mark.rest);
			if (type === 'part') {
				part = add(b, undefined, {
					id: `part-${n}`,
					kind: 'part',
					number: n,
					label: { zh: `第${cn(n)}编`, en: `Part ${n}` },
					heading,
					text: t,
					lines: [...line.lines]
				});
				track(b, 'part', part);
				chapter = undefined;
			} else if (type === 'chapter') {
				chapter = add(b, part, {
					id: `ch-${n}`,
					kind: 'chapter',
					number: n,
					label: { zh: `第${cn(n)}章`, en: `Ch. ${n}` },
					heading,
					text: t,
					lines: [...line.lines]
				});
				track(b, 'chapter', chapter);
			} else {
				const host = chapter ?? part;
				const base = chapter ? chapter.id : part ? part.id : 'div';
				division = add(b, host, {
					id: `${base}-s${n}`,
					kind: 'division',
					number: n,
					label: {
						zh: `${host ? host.label.zh : ''}第${cn(n)}节`,
						en: `${host ? host.label.en + ' ' : ''}Div. ${n}`
					},
					heading,
					text: t,
					lines: [...line.lines]
				});
				track(b, `div:${host?.id ?? ''}`, division);
			}
			if (type !== 'division') division = undefined;
			article = undefined;
			list = [];
			awaitingBody = false;
			continue;
		}

		// "第三条规定的…" may begin a paragraph: without a space or a title, only the next number is an article
		const isArticle =
			mark &&
			!prefix &&
			type === 'article' &&
			(!!mark.separator ||
				mark.bracketTitle !== undefined ||
				mark.number === lastArticle + 1 ||
				lastArticle === 0);
		if (isArticle) {
			const n = mark.number;
			lastArticle = Math.max(lastArticle, n);
			article = add(b, division ?? chapter ?? part, {
				id: `art-${n}`,
				kind: 'article',
				number: n,
				label: { zh: `第${cn(n)}条`, en: `Art. ${n}` },
				...(mark.bracketTitle !== undefined ? { heading: mark.bracketTitle } : {}),
				text: t,
				lines: [...line.lines]
			});
			track(b, 'article', article);
			list = [];
			awaitingBody = isHeadingOnly(mark);
			continue;
		}

		const level = type ? ARTICLE_LIST[type] : undefined;
		if (article && mark && level) {
			// a list level opens under the level above it; "1." with no open item is the article's own list
			const depth = Math.min(level.depth, list.length);
			const host = depth === 0 ? article : list[depth - 1]!;
			const kind: ClauseKind =
				depth === 0 ? 'item' : (['item', 'subitem', 'point', 'subpoint'] as const)[depth]!;
			const node = add(b, host, {
				id: `${host.id}-${mark.number}`,
				kind,
				number: mark.number,
				label: listLabel(host, mark),
				text: prefix ? t.slice(prefix.length) : t,
				...(prefix ? { prefix } : {}),
				lines: [...line.lines]
			});
			track(b, `list:${host.id}:${depth}`, node);
			list = [...list.slice(0, depth), node];
			awaitingBody = false;
			continue;
		}

		if (article && awaitingBody) {
			appendLine(article, line);
			awaitingBody = false;
		} else if (article) {
			const k = nextParagraph(b, article, true);
			add(b, article, {
				id: `${article.id}-p${k}`,
				kind: 'paragraph',
				number: k,
				label: paragraphLabel(article, k, 'articles'),
				text: t,
				lines: [...line.lines]
			});
			list = [];
		} else {
			unplace(b, line, 'outside any article');
		}
	}
}

/** A sub-section line that is only a heading ("（一）必要性"), not provision text. */
const HEADING_ONLY = /^[^。；：，、:;,]{1,15}$/u;
/** A sub-section whose heading sentence and text share its line: "（一）明晰企业数据流通安全规则。支持企业…". */
const INLINE_HEADING = /^([^。；：，、:;,！？]{2,24})。./u;

/** Whether the next numbered line, before any new section or sub-section, continues the item list. */
function itemListContinues(lines: SourceLine[], from: number, next: number): boolean {
	for (let j = from; j < lines.length; j++) {
		const mark = readMark(lines[j]!.text);
		if (mark?.type === 'section' || mark?.type === 'cnParen') return false;
		if (mark?.type === 'num') return mark.number === next;
	}
	return false;
}

function parseSections(b: Builder, lines: SourceLine[]) {
	let section: Clause | undefined;
	let sub: Clause | undefined;
	let lastItem = 0;
	let item: Clause | undefined;
	/** （1） under the current item, ① under the current （1）. */
	let subitem: Clause | undefined;
	/** Sub-sections whose own line is provision text (no heading, or a heading sentence followed by text). */
	const ownText = new Set<ClauseId>();
	for (const [i, line] of lines.entries()) {
		const t = line.text;
		const mark = readMark(t);
		const secNo = mark?.type === 'section' ? mark.number : null;
		const subM = section && mark?.type === 'cnParen' ? mark : null;
		const itemNo = section && mark?.type === 'num' ? mark.number : null;
		// Numbers must run in order; a line that merely starts like a heading stays a paragraph.
		if (secNo !== null && secNo === (section?.number ?? 0) + 1) {
			section = add(b, undefined, {
				id: `sec-${secNo}`,
				kind: 'section',
				number: secNo,
				label: { zh: cn(secNo), en: `§${secNo}` },
				heading: stripSpaces(mark!.rest),
				text: t,
				lines: [...line.lines]
			});
			sub = undefined;
			item = undefined;
			subitem = undefined;
			lastItem = 0;
		} else if (section && subM) {
			const n = subM.number;
			const rest = t.slice(subM.mark.length);
			const inline = INLINE_HEADING.exec(rest.trim());
			const headingOnly = HEADING_ONLY.test(rest);
			sub = add(b, section, {
				id: `${section.id}-${n}`,
				kind: 'subsection',
				number: n,
				label: { zh: `${section.label.zh}（${cn(n)}）`, en: `${section.label.en}(${n})` },
				...(headingOnly ? { heading: rest } : inline ? { heading: inline[1]! } : {}),
				text: t,
				lines: [...line.lines]
			});
			track(b, `sub:${section.id}`, sub);
			if (!headingOnly) ownText.add(sub.id);
			item = undefined;
			subitem = undefined;
			lastItem = 0;
		} else if (section && itemNo !== null && (itemNo === lastItem + 1 || itemNo === 1)) {
			const host = sub ?? section;
			const sep = host.kind === 'section' ? '·' : '';
			item = add(b, host, {
				id: `${host.id}-${itemNo}`,
				kind: 'item',
				number: itemNo,
				label: {
					zh: `${host.label.zh}${sep}${itemNo}`,
					en: `${host.label.en}${host.kind === 'section' ? '.' : ''}${itemNo}`
				},
				text: t,
				lines: [...line.lines]
			});
			lastItem = itemNo;
			subitem = undefined;
		} else if (item && mark?.type === 'numParen') {
			subitem = add(b, item, {
				id: `${item.id}-${mark.number}`,
				kind: 'subitem',
				number: mark.number,
				label: listLabel(item, mark),
				text: t,
				lines: [...line.lines]
			});
			track(b, `list:${item.id}`, subitem);
		} else if ((subitem ?? item) && mark?.type === 'circled') {
			const host = (subitem ?? item)!;
			const node = add(b, host, {
				id: `${host.id}-${mark.number}`,
				kind: 'point',
				number: mark.number,
				label: listLabel(host, mark),
				text: t,
				lines: [...line.lines]
			});
			track(b, `list:${host.id}`, node);
		} else if (item && itemListContinues(lines, i + 1, lastItem + 1)) {
			// A paragraph between item k and item k+1 continues item k (Quzhou 八·2).
			appendLine(item, line);
		} else if (section) {
			item = undefined;
			subitem = undefined;
			const host = sub ?? section;
			const k = nextParagraph(b, host, ownText.has(host.id));
			add(b, host, {
				id: `${host.id}-p${k}`,
				kind: 'paragraph',
				number: k,
				label: paragraphLabel(host, k, 'sections'),
				text: t,
				lines: [...line.lines]
			});
		} else {
			unplace(b, line, 'outside any section');
		}
	}
}

/** Parse a document's text, reporting rather than refusing what does not fit. */
export function parseDocument(region: RegionId, raw: string, opts: DocumentParseOptions = {}): ParseOutcome {
	const b: Builder = {
		clauses: [],
		byId: new Map(),
		roots: [],
		unplaced: [],
		numbering: [],
		duplicates: [],
		runs: new Map()
	};
	const problems: Words[] = [];
	let lines = cleanLines(raw);
	const scheme = opts.scheme ?? detectScheme(lines).scheme;

	let unwrap: Omit<UnwrapResult, 'lines'> = { width: null, byIndent: false, joins: 0 };
	if (opts.unwrap !== false) {
		const u = unwrapLines(lines, scheme);
		lines = u.lines;
		unwrap = { width: u.width, byIndent: u.byIndent, joins: u.joins };
	}

	let footer: SourceLine[] = [];
	const footerAt = opts.footerStartsWith
		? lines.findIndex((l) => l.text.startsWith(opts.footerStartsWith!))
		: lines.findIndex((l) => FOOTER_START.test(l.text));
	if (opts.footerStartsWith && footerAt < 0)
		problems.push(said(m.report_option_footer_missing, { text: opts.footerStartsWith }));
	if (footerAt >= 0) {
		footer = lines.slice(footerAt);
		lines = lines.slice(0, footerAt);
	}

	let noticeEnd: number | undefined;
	if (opts.noticeEndsBefore) {
		const at = lines.findIndex((l) => l.text === opts.noticeEndsBefore);
		if (at <= 0) problems.push(said(m.report_option_notice_missing, { text: opts.noticeEndsBefore }));
		else noticeEnd = at;
	}
	const firstUnit = lines.findIndex((l) => opensBody(l.text, scheme));
	const frontEnd = firstUnit < 0 ? lines.length : firstUnit;
	const front = splitFront(lines.slice(0, frontEnd), noticeEnd);
	const { body: bodyLines, back } = splitBack(lines.slice(frontEnd));

	furniture(b, front.notice, 'notice', 'notice', { zh: '印发通知', en: 'Cover notice' });
	furniture(b, front.title, 'title', 'title', { zh: '标题', en: 'Title' });
	furniture(b, front.addressee, 'addressee', 'addressee', { zh: '主送机关', en: 'Addressees' });
	furniture(b, front.preamble, 'preamble', 'preamble', { zh: '序言', en: 'Preamble' });

	const body = opts.joinPageBreaks ? joinPageBreaks(bodyLines) : bodyLines;
	if (scheme === 'articles') parseArticles(b, body);
	else parseSections(b, body);

	furniture(b, back.closing, 'closing', 'closing', { zh: '结束语', en: 'Closing' });
	furniture(b, back.signature, 'signature', 'signature', { zh: '署名', en: 'Signature' });
	furniture(b, back.date, 'date', 'date', { zh: '成文日期', en: 'Date' });
	furniture(b, footer, 'footer', 'footer', { zh: '抄送', en: 'Distribution' });

	return {
		corpus: { region, clauses: b.clauses, roots: b.roots },
		scheme,
		unplaced: b.unplaced,
		numbering: b.numbering,
		unwrap,
		problems: [...problems, ...b.duplicates.map((id) => said(m.report_duplicate_clause, { id }))]
	};
}

/** Parse one document's source text into its clause tree; throws when any line or option does not fit. */
export function parseCorpus(region: RegionId, raw: string, opts: ParseOptions): Corpus {
	const outcome = parseDocument(region, raw, opts);
	if (outcome.problems.length) throw new ParseError(wordsIn(outcome.problems[0]!, 'en'));
	const u = outcome.unplaced[0];
	if (u) throw new ParseError(`line ${u.lines[0]} is ${u.reason}: ${u.text.slice(0, 30)}`);
	return outcome.corpus;
}
