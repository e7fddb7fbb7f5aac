// THE ADAPTER between importing and the parser: the outline a text splits into, and everything a reader must
// see before it is applied — counts per level, numbering gaps and repeats, lines that could not be placed,
// lines that read like a heading but were taken as a paragraph. The browser's report, the `import` command
// and its --json output all read this one shape.
//
// Today it drives src/lib/corpus/parse.ts (which stops at the first line it cannot place: such lines are
// set aside one by one and the text parsed again). When the parser gains its own report (`analyze`), only
// the body of `outline()` changes; the types below are the contract.

import { parseCorpus, ParseError } from '$lib/corpus/parse';
import { cleanLines } from '$lib/corpus/clean';
import { toChineseNumeral as cn } from '$lib/corpus/numerals';
import type { Clause, Corpus, Localized, NumberingScheme, ParseOptions } from '$lib/regions/types';

/** Level names, in English as in the README; the parser's furniture (notice, title …) included. */
export type LevelName =
	| 'notice'
	| 'title'
	| 'preamble'
	| 'part'
	| 'chapter'
	| 'division'
	| 'article'
	| 'paragraph'
	| 'item'
	| 'subitem'
	| 'section'
	| 'subsection'
	| 'point'
	| 'addressee'
	| 'closing'
	| 'signers'
	| 'date'
	| 'footer';

/** How each level is named in a count, Chinese first; in document order. */
export const LEVELS: Record<LevelName, Localized & { numbered: boolean }> = {
	notice: { zh: '印发通知', en: 'cover notice', numbered: false },
	title: { zh: '标题', en: 'title', numbered: false },
	addressee: { zh: '主送', en: 'addressee', numbered: false },
	preamble: { zh: '序言', en: 'preamble', numbered: false },
	part: { zh: '编', en: 'part', numbered: true },
	chapter: { zh: '章', en: 'chapter', numbered: true },
	division: { zh: '节', en: 'division', numbered: true },
	article: { zh: '条', en: 'article', numbered: true },
	section: { zh: '部分', en: 'section', numbered: true },
	subsection: { zh: '小节', en: 'subsection', numbered: true },
	paragraph: { zh: '款/段', en: 'paragraph', numbered: true },
	item: { zh: '项', en: 'item', numbered: true },
	subitem: { zh: '目', en: 'subitem', numbered: true },
	point: { zh: '点', en: 'point', numbered: true },
	closing: { zh: '结束语', en: 'closing', numbered: false },
	signers: { zh: '落款', en: 'signers', numbered: false },
	date: { zh: '日期', en: 'date', numbered: false },
	footer: { zh: '抄送', en: 'distribution', numbered: false }
};

export interface OutlineUnit {
	id: string;
	/** The label in the document's own numbering: "第十四条（六）", "五（四）1". */
	label: string;
	level: LevelName;
	/** The unit's own text, as written (its children's text is theirs). */
	text: string;
	depth: number;
	parent?: string;
	/** 1-based line in the imported text. */
	line: number;
}

export interface UnplacedLine {
	line: number;
	text: string;
}

export type ProblemCode = 'parseError' | 'noStructure' | 'unplaced' | 'gap' | 'repeat' | 'misread';

export interface OutlineProblem {
	code: ProblemCode;
	/** A blocking problem keeps the text from being applied. */
	blocking: boolean;
	message: Localized;
	line?: number;
}

export interface ImportOutline {
	/** The scheme the text was split by. */
	scheme: NumberingScheme;
	/** The scheme the text's own numbering suggests; null when it shows neither. */
	detected: NumberingScheme | null;
	/** Units per level (only levels present). */
	counts: Partial<Record<LevelName, number>>;
	units: OutlineUnit[];
	unplaced: UnplacedLine[];
	problems: OutlineProblem[];
	/** Some problem keeps the text from being applied. */
	blocking: boolean;
	/** The split itself (partial when there are unplaced lines). */
	corpus: Corpus;
}

/** Parser options, with the scheme optional: left out (or 'auto'), the text's own numbering decides. */
export type OutlineOptions = Omit<ParseOptions, 'scheme'> & { scheme?: NumberingScheme | 'auto' };

const NUM = '[一二三四五六七八九十百零〇两\\d]+';
const ARTICLE_LINE = new RegExp(`^第${NUM}条`, 'u');
const CHAPTER_LINE = new RegExp(`^第${NUM}[章节编]`, 'u');
const SECTION_LINE = /^[一二三四五六七八九十]+、/u;
const ITEM_LINE = /^[（(][一二三四五六七八九十]+[）)]/u;

/** Which scheme the text's numbering shows: more 第X条 lines, or more 一、 lines. */
export function detectScheme(text: string): NumberingScheme | null {
	let articles = 0;
	let sections = 0;
	for (const { text: t } of cleanLines(text)) {
		if (ARTICLE_LINE.test(t)) articles++;
		else if (SECTION_LINE.test(t)) sections++;
	}
	if (!articles && !sections) return null;
	return articles >= sections ? 'articles' : 'sections';
}

function levelOf(c: Clause, byId: Map<string, Clause>): LevelName {
	if (c.kind === 'item') {
		const parent = c.parent ? byId.get(c.parent) : undefined;
		return parent?.kind === 'article' ? 'item' : 'point';
	}
	return c.kind as LevelName;
}

/** Lines set aside one parse at a time: past this, the scheme is wrong, not a line or two. */
const MAX_SET_ASIDE = 200;
const OUTSIDE = /^line (\d+) is outside any/u;
const DUPLICATE = /^duplicate clause id /u;

/** Parse, setting aside each line the parser cannot place; a repeated number is set aside the same way. */
function parseAll(text: string, opts: ParseOptions) {
	const lines = text.split('\n');
	const unplaced: UnplacedLine[] = [];
	const repeats: UnplacedLine[] = [];
	const parse = (ls: string[], o: ParseOptions) => parseCorpus('import', ls.join('\n'), o);
	const setAside = (n: number, into: UnplacedLine[]) => {
		into.push({ line: n, text: lines[n - 1]!.trim() });
		lines[n - 1] = '';
	};
	for (let tries = 0; tries < MAX_SET_ASIDE; tries++) {
		try {
			return { corpus: parse(lines, opts), unplaced, repeats, error: null };
		} catch (e) {
			if (!(e instanceof ParseError)) throw e;
			const outside = OUTSIDE.exec(e.message);
			if (outside) {
				setAside(Number(outside[1]), unplaced);
				continue;
			}
			if (DUPLICATE.test(e.message)) {
				// the shortest beginning of the text that repeats a number ends at the repeat
				const prefix = { ...opts };
				delete prefix.footerStartsWith;
				const repeatsAt = (k: number) => {
					try {
						parse(lines.slice(0, k), prefix);
						return false;
					} catch (err) {
						return err instanceof ParseError && DUPLICATE.test(err.message);
					}
				};
				let lo = 1;
				let hi = lines.length;
				while (lo < hi) {
					const mid = (lo + hi) >> 1;
					if (repeatsAt(mid)) hi = mid;
					else lo = mid + 1;
				}
				if (repeatsAt(lo) && lines[lo - 1]) {
					setAside(lo, repeats);
					continue;
				}
			}
			return {
				corpus: null,
				unplaced,
				repeats,
				error: { zh: e.message, en: e.message }
			};
		}
	}
	return {
		corpus: null,
		unplaced,
		repeats,
		error: {
			zh: `超过 ${MAX_SET_ASIDE} 行无法归位，已停止；请检查编号方式`,
			en: `more than ${MAX_SET_ASIDE} lines could not be placed, so reading stopped; check the numbering scheme`
		}
	};
}

/** Numbers must run 1, 2, 3 … within their scope (articles and chapters through the whole text). */
function numbering(units: { c: Clause; level: LevelName }[]): OutlineProblem[] {
	const problems: OutlineProblem[] = [];
	const last = new Map<string, { n: number; label: string }>();
	for (const { c, level } of units) {
		if (c.number === undefined || level === 'paragraph' || !LEVELS[level].numbered) continue;
		const global = level === 'chapter' || level === 'article' || level === 'section';
		const scope = `${level}@${global ? '' : (c.parent ?? '')}`;
		const prev = last.get(scope);
		const expected = (prev?.n ?? 0) + 1;
		if (c.number > expected) {
			const missing =
				level === 'article' || level === 'chapter'
					? `第${cn(expected)}${level === 'article' ? '条' : '章'}`
					: String(expected);
			problems.push({
				code: 'gap',
				blocking: true,
				line: c.lines[0],
				message: {
					zh: `编号不连续：${c.label.zh}${prev ? `前为${prev.label}` : '是第一个'}，缺少 ${missing}${c.number - expected > 1 ? ' 等' : ''}。`,
					en: `Numbering gap: ${c.label.en} ${prev ? `follows ${prev.label}` : 'comes first'}; ${c.number - expected > 1 ? `${c.number - expected} numbers are` : `number ${expected} is`} missing.`
				}
			});
		} else if (c.number < expected) {
			problems.push({
				code: 'repeat',
				blocking: true,
				line: c.lines[0],
				message: {
					zh: `编号重复或倒序：${c.label.zh}出现在${prev!.label}之后。`,
					en: `Numbering repeats or runs backwards: ${c.label.en} comes after ${prev!.label}.`
				}
			});
		}
		last.set(scope, { n: c.number, label: c.label.zh });
	}
	return problems;
}

/** Paragraphs that begin like a numbered heading: the parser did not take them as one; a reader must look. */
function misread(units: OutlineUnit[], scheme: NumberingScheme): OutlineProblem[] {
	const looks =
		scheme === 'articles'
			? [ARTICLE_LINE, CHAPTER_LINE, ITEM_LINE]
			: [SECTION_LINE, ITEM_LINE, ARTICLE_LINE, CHAPTER_LINE];
	return units
		.filter((u) => u.level === 'paragraph' && looks.some((re) => re.test(u.text)))
		.map((u) => ({
			code: 'misread' as const,
			blocking: false,
			line: u.line,
			message: {
				zh: `第 ${u.line} 行像编号标题，却被读作${u.label}：「${u.text.slice(0, 24)}」。`,
				en: `Line ${u.line} reads like a numbered heading but was taken as ${u.label}: "${u.text.slice(0, 24)}".`
			}
		}));
}

/** Split a text and report on the split. Never throws for a text: what goes wrong is a problem in the report. */
export function outline(text: string, options: OutlineOptions = {}): ImportOutline {
	const detected = detectScheme(text);
	const scheme = options.scheme && options.scheme !== 'auto' ? options.scheme : (detected ?? 'articles');
	const opts: ParseOptions = { ...options, scheme };
	const parsed = parseAll(text, opts);
	const corpus = parsed.corpus ?? { region: 'import', clauses: [], roots: [] };
	const byId = new Map(corpus.clauses.map((c) => [c.id, c]));
	const leveled = corpus.clauses.map((c) => ({ c, level: levelOf(c, byId) }));
	const units: OutlineUnit[] = leveled.map(({ c, level }) => ({
		id: c.id,
		label: c.label.zh,
		level,
		text: (c.prefix ?? '') + c.text,
		depth: c.depth,
		...(c.parent ? { parent: c.parent } : {}),
		line: c.lines[0] ?? 0
	}));
	const counts: Partial<Record<LevelName, number>> = {};
	for (const u of units) counts[u.level] = (counts[u.level] ?? 0) + 1;

	const problems: OutlineProblem[] = [];
	if (parsed.error)
		problems.push({
			code: 'parseError',
			blocking: true,
			message: {
				zh: `无法拆分：${parsed.error.zh}`,
				en: `The text does not split: ${parsed.error.en}`
			}
		});
	if (parsed.unplaced.length)
		problems.push({
			code: 'unplaced',
			blocking: true,
			message: {
				zh: `有 ${parsed.unplaced.length} 行无法归入任何${scheme === 'articles' ? '条' : '部分'}（见下方列表）。`,
				en: `${parsed.unplaced.length} lines could not be placed in any ${scheme === 'articles' ? 'article' : 'section'} (listed below).`
			}
		});
	for (const r of parsed.repeats)
		problems.push({
			code: 'repeat',
			blocking: true,
			line: r.line,
			message: {
				zh: `第 ${r.line} 行的编号与前文重复：「${r.text.slice(0, 24)}」。`,
				en: `Line ${r.line} repeats a number used before: "${r.text.slice(0, 24)}".`
			}
		});
	const structural = scheme === 'articles' ? (counts.article ?? 0) : (counts.section ?? 0);
	if (text.trim() && !parsed.error && structural === 0) {
		const other = detected && detected !== scheme ? detected : null;
		problems.push({
			code: 'noStructure',
			blocking: true,
			message:
				scheme === 'articles'
					? {
							zh: `按“第X条”没有找到任何条文，无法引用。${other ? '文本看来是按“一、二、”分部分编号的：请改用该编号方式。' : '请检查文本。'}`,
							en: `No article (第X条) was found, so nothing can be cited. ${other ? 'The text looks numbered by sections (一、二、…): choose that scheme.' : 'Check the text.'}`
						}
					: {
							zh: `按“一、二、”没有找到任何部分，无法引用。${other ? '文本看来是按“第X条”编号的：请改用该编号方式。' : '请检查文本。'}`,
							en: `No section (一、二、…) was found, so nothing can be cited. ${other ? 'The text looks numbered by articles (第X条): choose that scheme.' : 'Check the text.'}`
						}
		});
	}
	problems.push(...numbering(leveled), ...misread(units, scheme));
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return {
		scheme,
		detected,
		counts,
		units,
		unplaced: parsed.unplaced,
		problems,
		blocking: problems.some((p) => p.blocking),
		corpus
	};
}

/** A level's name; a paragraph is a 款 in an article and a 段 in a section. */
export function levelName(level: LevelName, scheme: NumberingScheme): Localized {
	if (level === 'paragraph') return { zh: scheme === 'articles' ? '款' : '段', en: 'paragraph' };
	return { zh: LEVELS[level].zh, en: LEVELS[level].en };
}

/** "7 章 27 条 25 项" / "7 chapters, 27 articles, 25 items": the numbered levels present. */
export function countsSummary(o: Pick<ImportOutline, 'counts' | 'scheme'>): Localized {
	const present = (Object.keys(LEVELS) as LevelName[]).filter((l) => LEVELS[l].numbered && o.counts[l]);
	return {
		zh: present.map((l) => `${o.counts[l]} ${levelName(l, o.scheme).zh}`).join(' '),
		en: present.map((l) => `${o.counts[l]} ${LEVELS[l].en}${o.counts[l] === 1 ? '' : 's'}`).join(', ')
	};
}
