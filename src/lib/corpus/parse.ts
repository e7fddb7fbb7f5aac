// Turn a regulation's text into a clause tree with stable ids and labels in the document's own numbering.
// One parser for every region: the numbering scheme and the document's oddities come from its metadata.

import type { Clause, ClauseId, ClauseKind, Corpus, ParseOptions, RegionId } from '$lib/regions/types';
import { cleanLines, joinPageBreaks, type SourceLine } from './clean';
import { parseNumeral, toChineseNumeral as cn } from './numerals';

const NUM = '[一二三四五六七八九十百零〇\\d]+';
const CHAPTER = new RegExp(`^第(${NUM})章`, 'u');
const ARTICLE = new RegExp(`^第(${NUM})条(?=[\\s\\u00a0\\u3000])`, 'u');
const SECTION = /^([一二三四五六七八九十]+)、/u;
const BRACKETED = /^(- )?（([一二三四五六七八九十]+)）/u;
const NUMBERED = /^(\d+)[．.]/u;
/** A sub-section line that is only a heading ("（一）必要性"), not provision text. */
const HEADING_ONLY = /^[^。；：，、:;,]{1,15}$/u;

export class ParseError extends Error {}

interface Builder {
	clauses: Clause[];
	byId: Map<ClauseId, Clause>;
	roots: ClauseId[];
}

function add(
	b: Builder,
	parent: Clause | undefined,
	node: Omit<Clause, 'children' | 'depth' | 'parent'>
): Clause {
	if (b.byId.has(node.id)) throw new ParseError(`duplicate clause id ${node.id}`);
	const clause: Clause = {
		...node,
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

function appendLine(c: Clause, line: SourceLine) {
	c.text += '\n' + line.text;
	c.lines.push(...line.lines);
}

function stripSpaces(s: string): string {
	return s.replace(/[\s\u3000\u00a0]+/gu, '');
}

/** Paragraph children of a node, counting the node's own line as paragraph 1 when it is provision text. */
function nextParagraph(b: Builder, host: Clause, ownLineIsParagraph: boolean): number {
	const paras = host.children.filter((id) => b.byId.get(id)?.kind === 'paragraph').length;
	return paras + (ownLineIsParagraph ? 2 : 1);
}

function paragraphLabel(host: Clause, k: number, scheme: ParseOptions['scheme']) {
	return {
		zh: scheme === 'articles' ? `${host.label.zh}第${cn(k)}款` : `${host.label.zh}第${cn(k)}段`,
		en: `${host.label.en} ¶${k}`
	};
}

/** Split the front of the document: cover notice (Jiangsu), then title lines and a preamble. */
function frontMatter(b: Builder, lines: SourceLine[], opts: ParseOptions): SourceLine[] {
	let rest = lines;
	if (opts.noticeEndsBefore) {
		const at = lines.findIndex((l) => l.text === opts.noticeEndsBefore);
		if (at <= 0) throw new ParseError(`notice end "${opts.noticeEndsBefore}" not found`);
		const notice = add(b, undefined, {
			id: 'notice',
			kind: 'notice',
			label: { zh: '印发通知', en: 'Cover notice' },
			text: lines[0]!.text,
			lines: [...lines[0]!.lines]
		});
		lines.slice(1, at).forEach((l) => appendLine(notice, l));
		rest = lines.slice(at);
	}
	let i = 0;
	let title: Clause | undefined;
	let preamble: Clause | undefined;
	while (i < rest.length && !isStructural(rest[i]!.text, opts)) {
		const line = rest[i]!;
		// Title lines are short and unpunctuated; the first sentence ending in 。 starts the preamble.
		if (!preamble && !/。$/u.test(line.text)) {
			if (title) appendLine(title, line);
			else
				title = add(b, undefined, {
					id: 'title',
					kind: 'title',
					label: { zh: '标题', en: 'Title' },
					text: line.text,
					lines: [...line.lines]
				});
		} else if (preamble) appendLine(preamble, line);
		else
			preamble = add(b, undefined, {
				id: 'preamble',
				kind: 'preamble',
				label: { zh: '序言', en: 'Preamble' },
				text: line.text,
				lines: [...line.lines]
			});
		i++;
	}
	return rest.slice(i);
}

function isStructural(text: string, opts: ParseOptions): boolean {
	return opts.scheme === 'articles' ? CHAPTER.test(text) || ARTICLE.test(text) : SECTION.test(text);
}

function parseArticles(b: Builder, lines: SourceLine[]) {
	let chapter: Clause | undefined;
	let article: Clause | undefined;
	for (const line of lines) {
		const t = line.text;
		const ch = CHAPTER.exec(t);
		const art = ARTICLE.exec(t);
		const item = article ? BRACKETED.exec(t) : null;
		if (ch) {
			const n = parseNumeral(ch[1]!)!;
			chapter = add(b, undefined, {
				id: `ch-${n}`,
				kind: 'chapter',
				number: n,
				label: { zh: `第${cn(n)}章`, en: `Ch. ${n}` },
				heading: stripSpaces(t.slice(ch[0].length)),
				text: t,
				lines: [...line.lines]
			});
			article = undefined;
		} else if (art) {
			const n = parseNumeral(art[1]!)!;
			article = add(b, chapter, {
				id: `art-${n}`,
				kind: 'article',
				number: n,
				label: { zh: `第${cn(n)}条`, en: `Art. ${n}` },
				text: t,
				lines: [...line.lines]
			});
		} else if (article && item) {
			const n = parseNumeral(item[2]!)!;
			const prefix = item[1];
			add(b, article, {
				id: `${article.id}-${n}`,
				kind: 'item',
				number: n,
				label: { zh: `${article.label.zh}（${cn(n)}）`, en: `${article.label.en}(${n})` },
				text: prefix ? t.slice(prefix.length) : t,
				...(prefix ? { prefix } : {}),
				lines: [...line.lines]
			});
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
		} else {
			throw new ParseError(`line ${line.lines[0]} is outside any article: ${t.slice(0, 30)}`);
		}
	}
}

/** Whether the next numbered line, before any new section or sub-section, continues the item list. */
function itemListContinues(lines: SourceLine[], from: number, next: number): boolean {
	for (let j = from; j < lines.length; j++) {
		const t = lines[j]!.text;
		if (SECTION.test(t) || BRACKETED.test(t)) return false;
		const m = NUMBERED.exec(t);
		if (m) return Number(m[1]) === next;
	}
	return false;
}

function parseSections(b: Builder, lines: SourceLine[]) {
	let section: Clause | undefined;
	let sub: Clause | undefined;
	let lastItem = 0;
	let item: Clause | undefined;
	for (const [i, line] of lines.entries()) {
		const t = line.text;
		const sec = SECTION.exec(t);
		const secNo = sec ? parseNumeral(sec[1]!) : null;
		const subM = section ? BRACKETED.exec(t) : null;
		const itemM = section ? NUMBERED.exec(t) : null;
		const itemNo = itemM ? Number(itemM[1]) : null;
		// Numbers must run in order; a line that merely starts like a heading stays a paragraph.
		if (secNo !== null && secNo === (section?.number ?? 0) + 1) {
			section = add(b, undefined, {
				id: `sec-${secNo}`,
				kind: 'section',
				number: secNo,
				label: { zh: cn(secNo), en: `§${secNo}` },
				heading: stripSpaces(t.slice(sec![0].length)),
				text: t,
				lines: [...line.lines]
			});
			sub = undefined;
			item = undefined;
			lastItem = 0;
		} else if (section && subM) {
			const n = parseNumeral(subM[2]!)!;
			const rest = t.slice(subM[0].length);
			sub = add(b, section, {
				id: `${section.id}-${n}`,
				kind: 'subsection',
				number: n,
				label: { zh: `${section.label.zh}（${cn(n)}）`, en: `${section.label.en}(${n})` },
				...(HEADING_ONLY.test(rest) ? { heading: rest } : {}),
				text: t,
				lines: [...line.lines]
			});
			item = undefined;
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
		} else if (item && itemListContinues(lines, i + 1, lastItem + 1)) {
			// A paragraph between item k and item k+1 continues item k (Quzhou 八·2).
			appendLine(item, line);
		} else if (section) {
			item = undefined;
			const host = sub ?? section;
			const ownIsText = host.kind === 'subsection' && host.heading === undefined;
			const k = nextParagraph(b, host, ownIsText);
			add(b, host, {
				id: `${host.id}-p${k}`,
				kind: 'paragraph',
				number: k,
				label: paragraphLabel(host, k, 'sections'),
				text: t,
				lines: [...line.lines]
			});
		} else {
			throw new ParseError(`line ${line.lines[0]} is outside any section: ${t.slice(0, 30)}`);
		}
	}
}

/** Parse one region's source text into its clause tree. */
export function parseCorpus(region: RegionId, raw: string, opts: ParseOptions): Corpus {
	const b: Builder = { clauses: [], byId: new Map(), roots: [] };
	let lines = cleanLines(raw);
	let footer: SourceLine[] = [];
	if (opts.footerStartsWith) {
		const at = lines.findIndex((l) => l.text.startsWith(opts.footerStartsWith!));
		if (at < 0) throw new ParseError(`footer "${opts.footerStartsWith}" not found`);
		footer = lines.slice(at);
		lines = lines.slice(0, at);
	}
	let body = frontMatter(b, lines, opts);
	if (opts.joinPageBreaks) body = joinPageBreaks(body);
	if (opts.scheme === 'articles') parseArticles(b, body);
	else parseSections(b, body);
	if (footer.length) {
		const f = add(b, undefined, {
			id: 'footer',
			kind: 'footer',
			label: { zh: '抄送', en: 'Distribution' },
			text: footer[0]!.text,
			lines: [...footer[0]!.lines]
		});
		footer.slice(1).forEach((l) => appendLine(f, l));
	}
	return { region, clauses: b.clauses, roots: b.roots };
}

/** The kinds a reader cites as provisions (not the cover notice, title or footer). */
export const PROVISION_KINDS: ReadonlySet<ClauseKind> = new Set([
	'preamble',
	'chapter',
	'article',
	'section',
	'subsection',
	'item',
	'paragraph'
]);
