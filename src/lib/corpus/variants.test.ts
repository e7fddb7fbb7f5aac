// The national texts as drafters receive them: the same four documents in the layouts real copies have (no
// space after 第X条, ASCII spaces, half-width brackets, 【titles】, CRLF, blank lines between paragraphs, hard
// wraps at 30–40 characters with and without first-line indents, GBK bytes), generated here from the canonical
// texts. Each variant, parsed with nothing but its text (scheme detected), must give the canonical outline:
// the same ids, kinds, labels and parents, and the same text modulo layout. The accuracy table (matching
// units / total) is printed at the end.

import { afterAll, describe, expect, test } from 'vitest';
import type { Clause, Corpus, NumberingScheme } from '$lib/regions/types';
import { loadDetails, loadSource } from '$lib/regions/registry';
import { loadCorpus } from '$lib/corpus/load';
import { BOOKMARK, cleanLines, splitLines, withoutWhitespace } from './clean';
import { rebuildSource } from './corpus';
import { decodeText } from '$lib/import/decode';
import { parseDocument } from './parse';
import { unitStarts } from './unwrap';
import { clause, region } from '$lib/regions/fixture-ids';

const NATIONAL = ['nationalSpec', 'nationalRegistration', 'nationalPricing', 'nationalCirculation'] as const;
type Doc = (typeof NATIONAL)[number];

/** Text modulo layout: compatibility forms folded (（ → (, full-width space → space), white space removed. */
const norm = (s: string) => withoutWhitespace(s.normalize('NFKC'));
/** The synthetic article titles the bracketed variant adds. */
const titleOf = (n: number) => `第${n}条要旨`;
const BRACKET = /【[^】]*】/gu;

const mapLines = (raw: string, f: (line: string, i: number) => string) =>
	raw
		.split('\n')
		.map((l, i) => f(l, i))
		.join('\n');

/** Cut every line into chunks of `width` characters, optionally indenting each line's first chunk. */
function wrap(raw: string, width: number, indent = false): string {
	return mapLines(raw, (line) => {
		const chars = [...line];
		if (chars.length === 0) return line;
		const out: string[] = [];
		for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
		if (indent) out[0] = '\u3000\u3000' + out[0];
		return out.join('\n');
	});
}

const ARTICLE_LINE = /^(第([一二三四五六七八九十]+)条)\u3000/u;
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnValue(s: string): number {
	if (s === '十') return 10;
	const [a, b] = s.split('十');
	if (b === undefined) return CN_DIGIT[s]!;
	return (a ? CN_DIGIT[a]! : 1) * 10 + (b ? CN_DIGIT[b]! : 0);
}

/** A GBK encoder built by inverting the platform's GBK decoder over every two-byte code. */
function gbkEncoder(): (s: string) => Uint8Array {
	const table = new Map<string, [number, number]>();
	const dec = new TextDecoder('gbk', { fatal: true });
	for (let hi = 0x81; hi <= 0xfe; hi++)
		for (let lo = 0x40; lo <= 0xfe; lo++) {
			if (lo === 0x7f) continue;
			try {
				const ch = dec.decode(new Uint8Array([hi, lo]));
				if (!table.has(ch)) table.set(ch, [hi, lo]);
			} catch {
				// not a GBK code
			}
		}
	return (s) => {
		const bytes: number[] = [];
		for (const ch of s) {
			const code = ch.codePointAt(0)!;
			if (code < 0x80) bytes.push(code);
			else {
				const pair = table.get(ch);
				if (!pair) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
				bytes.push(...pair);
			}
		}
		return Uint8Array.from(bytes);
	};
}

interface Variant {
	name: string;
	/** Whether the variant applies to a text of this scheme. */
	applies?: (scheme: NumberingScheme) => boolean;
	make: (raw: string) => string;
	/** Wrap width, for the ambiguity the README of the parser names. */
	width?: number;
	indented?: boolean;
	informational?: boolean;
}

let encodeGbk: ((s: string) => Uint8Array) | undefined;

const VARIANTS: Variant[] = [
	{ name: 'canonical', make: (raw) => raw },
	{
		name: 'no separator',
		make: (raw) => mapLines(raw, (l) => l.replace(/^(第[一二三四五六七八九十]+[章条])[\u3000 ]+/u, '$1'))
	},
	{ name: 'ASCII spaces', make: (raw) => raw.replace(/\u3000/gu, ' ') },
	{ name: 'half-width brackets', make: (raw) => raw.replace(/（/gu, '(').replace(/）/gu, ')') },
	{
		name: 'bracketed titles',
		applies: (s) => s === 'articles',
		make: (raw) =>
			mapLines(raw, (l) => {
				const m = ARTICLE_LINE.exec(l);
				if (!m) return l;
				const n = cnValue(m[2]!);
				const body = l.slice(m[0].length);
				// odd articles: 第一条【…】text on one line; even ones: the title alone, the text on the next line
				return n % 2 ? `${m[1]}【${titleOf(n)}】${body}` : `${m[1]} 【${titleOf(n)}】\n${body}`;
			})
	},
	{ name: 'CRLF', make: (raw) => raw.replace(/\n/gu, '\r\n') },
	{ name: 'blank lines', make: (raw) => raw.replace(/\n/gu, '\n\n') },
	...[30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40].map((w) => ({
		name: `wrap ${w}`,
		width: w,
		make: (raw: string) => wrap(raw, w)
	})),
	...[30, 35, 40].map((w) => ({
		name: `wrap ${w} indented`,
		width: w,
		indented: true,
		make: (raw: string) => wrap(raw, w, true)
	})),
	{
		name: 'ragged 30–40 (informational)',
		informational: true,
		make: (raw: string) => {
			let seed = 7;
			return mapLines(raw, (line) => {
				const chars = [...line];
				const out: string[] = [];
				for (let i = 0; i < chars.length;) {
					seed = (seed * 1103515245 + 12345) % 2147483648;
					const w = 30 + (seed % 11);
					out.push(chars.slice(i, i + w).join(''));
					i += w;
				}
				return out.join('\n');
			});
		}
	},
	{
		name: 'GBK bytes',
		make: (raw) => {
			encodeGbk ??= gbkEncoder();
			const bytes = encodeGbk(raw);
			const { text, encoding } = decodeText(bytes);
			expect(encoding).toBe('gb18030');
			expect(new TextDecoder('gbk').decode(bytes)).toBe(text);
			return text;
		}
	},
	{
		name: 'all at once',
		make: (raw) =>
			wrap(
				raw
					.replace(/^(第[一二三四五六七八九十]+[章条])[\u3000 ]+/gmu, '$1')
					.replace(/（/gu, '(')
					.replace(/）/gu, ')')
					.replace(/\u3000/gu, ' '),
				36,
				true
			).replace(/\n/gu, '\r\n')
	}
];

/**
 * The one layout the unwrapper cannot tell apart (see unwrap.ts): a canonical line that ends a sentence exactly
 * at the wrap width, followed by a line that opens no unit, is read as wrapped and joined. Returns the 1-based
 * canonical line numbers expected to be swallowed by the line before them.
 */
function expectedJoins(raw: string, scheme: NumberingScheme, width: number): Set<number> {
	const lines = raw.split('\n');
	const starts = unitStarts(cleanLines(raw), scheme);
	const out = new Set<number>();
	const clean = cleanLines(raw);
	clean.forEach((l, i) => {
		const next = clean[i + 1];
		if (!next || starts[i + 1]) return;
		const n = [...lines[l.lines[0]! - 1]!].length;
		if (n % width === 0 && /[。；：:;！？!?]$/u.test(l.text)) out.add(next.lines[0]!);
	});
	return out;
}

interface Outcome {
	matching: number;
	total: number;
	extra: string[];
	mismatched: string[];
}

function compare(canonical: Corpus, parsed: Corpus, bracketed: boolean): Outcome {
	const byId = new Map(parsed.clauses.map((c) => [c.id, c]));
	const mismatched: string[] = [];
	let matching = 0;
	for (const c of canonical.clauses) {
		const v = byId.get(c.id);
		const text = (x: Clause) => norm(bracketed ? x.text.replace(BRACKET, '') : x.text);
		const heading = (x: Clause) =>
			bracketed && x.kind === 'article' ? (x.heading ?? null) : x.heading ? norm(x.heading) : null;
		const wantHeading =
			bracketed && c.kind === 'article' ? titleOf(c.number!) : c.heading ? norm(c.heading) : null;
		const same =
			v &&
			v.kind === c.kind &&
			v.parent === c.parent &&
			v.number === c.number &&
			norm(v.label.zh) === norm(c.label.zh) &&
			v.label.en === c.label.en &&
			text(v) === text(c) &&
			heading(v) === wantHeading &&
			v.children.join() === c.children.join();
		if (same) matching++;
		else mismatched.push(c.id);
	}
	const known = new Set(canonical.clauses.map((c) => c.id));
	const extra = parsed.clauses.filter((c) => !known.has(c.id)).map((c) => c.id);
	return { matching, total: canonical.clauses.length, extra, mismatched };
}

const table = new Map<string, Map<Doc, string>>();

describe.each(NATIONAL)('%s in every layout', (id) => {
	test.each(VARIANTS)('$name', async (variant) => {
		const scheme = (await loadDetails(region(id))).parse.scheme;
		const row = table.get(variant.name) ?? new Map<Doc, string>();
		table.set(variant.name, row);
		if (variant.applies && !variant.applies(scheme)) {
			row.set(id, 'n/a');
			return;
		}
		const raw = await loadSource(region(id));
		const canonical = await loadCorpus(region(id));
		const text = variant.make(raw);
		const outcome = parseDocument(region(id), text);

		// the scheme is detected, and the parsed text is the input minus layout, character for character
		expect(outcome.scheme).toBe(scheme);
		expect(withoutWhitespace(rebuildSource(outcome.corpus))).toBe(
			withoutWhitespace(text.split(BOOKMARK).join(''))
		);
		const source = splitLines(text);
		for (const c of outcome.corpus.clauses) {
			const own = c.lines.map((n) => source[n - 1]!.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, ''));
			expect(((c.prefix ?? '') + c.text).replace(/\n/gu, ''), c.id).toBe(own.join(''));
		}
		expect(outcome.unplaced).toEqual([]);
		expect(outcome.numbering).toEqual([]);

		const result = compare(canonical, outcome.corpus, variant.name === 'bracketed titles');
		row.set(
			id,
			`${result.matching}/${result.total}${result.extra.length ? ` (+${result.extra.length})` : ''}`
		);

		if (variant.informational) return;
		const ambiguous =
			variant.width && !variant.indented ? expectedJoins(raw, scheme, variant.width) : new Set<number>();
		if (ambiguous.size === 0) {
			expect(result.mismatched).toEqual([]);
			expect(result.extra).toEqual([]);
		} else {
			// only the clauses the named ambiguity touches may differ: the swallowed line's clause, the one that
			// swallows it, their parents, and the later paragraphs of the same parent (numbered one lower)
			const index = new Map(canonical.clauses.map((c) => [c.id, c]));
			const lineOwner = new Map<number, string>();
			for (const c of canonical.clauses) for (const n of c.lines) lineOwner.set(n, c.id);
			const touched = new Set<string>();
			const touch = (cid: string) => {
				touched.add(cid);
				const parent = index.get(clause(cid))?.parent;
				if (!parent) return;
				touched.add(parent);
				const siblings = index.get(parent)!.children;
				for (const sib of siblings.slice(siblings.indexOf(clause(cid))))
					if (index.get(sib)?.kind === 'paragraph') touched.add(sib);
			};
			for (const n of ambiguous) {
				touch(lineOwner.get(n)!);
				touch(lineOwner.get([...lineOwner.keys()].filter((k) => k < n).at(-1)!)!);
			}
			for (const idx of result.mismatched)
				expect(touched, `${idx} differs for another reason`).toContain(idx);
			expect(result.extra).toEqual([]);
		}
	});
});

afterAll(() => {
	const head = `| variant | ${NATIONAL.join(' | ')} |`;
	const rule = `|---|${NATIONAL.map(() => '---').join('|')}|`;
	const rows = [...table].map(
		([name, row]) => `| ${name} | ${NATIONAL.map((d) => row.get(d) ?? '—').join(' | ')} |`
	);
	console.log(['Variant corpus: matching units / canonical units', head, rule, ...rows].join('\n'));
});
