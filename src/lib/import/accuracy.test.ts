// Files as drafters receive them, made here from the four national texts: a Word file, a PDF (one printed line
// a paragraph), PDFs hard-wrapped at 30, 35 and 40 characters, GBK bytes and UTF-16 with CRLF. Each is read as
// the sandbox reads it (readImport) and reported on by the one parser (analyze); the outline must be the
// canonical text's: the same ids, levels, labels, parents and text modulo layout. The accuracy table (matching
// units / total) is printed at the end.

import { afterAll, describe, expect, test } from 'vitest';
import { withoutWhitespace } from '$lib/corpus/clean';
import { analyze, type AnalysisReport, type ReportUnit } from '$lib/corpus/report';
import { readCMap } from './node-cmaps';
import { readImport } from './read';
import { gbk, linesOf, makeDocx, makePdf, nationalTexts, utf16 } from './test-fixtures';
import { clause } from '$lib/regions/fixture-ids';

const texts = nationalTexts();
const NAMES = Object.keys(texts);

interface FileVariant {
	name: string;
	make: (text: string) => Promise<Uint8Array>;
	file: string;
	/** The wrap width of a hard-wrapped PDF: the one ambiguity the parser names (see unwrap.ts). */
	width?: number;
}

const VARIANTS: FileVariant[] = [
	{ name: 'docx', file: 'x.docx', make: (t) => makeDocx(linesOf(t)) },
	{ name: 'pdf', file: 'x.pdf', make: async (t) => (await makePdf(linesOf(t), { pageNumbers: true })).bytes },
	...[30, 35, 40].map((w) => ({
		name: `pdf wrapped at ${w}`,
		file: 'x.pdf',
		width: w,
		make: async (t: string) => (await makePdf(linesOf(t), { wrapAt: w, pageNumbers: true })).bytes
	})),
	{ name: 'txt GBK', file: 'x.txt', make: async (t) => gbk(t) },
	{ name: 'txt UTF-16 CRLF', file: 'x.txt', make: async (t) => utf16(t.replace(/\n/gu, '\r\n'), 'le') }
];

const norm = (s: string) => withoutWhitespace(s.normalize('NFKC'));
const key = (u: ReportUnit) => [u.level, u.label.zh, u.parent ?? '', norm(u.text)].join('|');

/**
 * Clauses a wrap at `width` may legitimately change: a line that ends a sentence exactly at the width, followed
 * by a line that opens no unit, reads as wrapped and is joined (unwrap.ts). The clause swallowed, the one that
 * swallows it, their parents and the later paragraphs of those parents (numbered one lower) may differ.
 */
function ambiguous(canonical: AnalysisReport, width: number): Set<string> {
	const clauses = canonical.corpus.clauses;
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const touched = new Set<string>();
	const touch = (id: string) => {
		touched.add(id);
		const parent = byId.get(clause(id))?.parent;
		if (!parent) return;
		touched.add(parent);
		const siblings = byId.get(parent)!.children;
		for (const sib of siblings.slice(siblings.indexOf(clause(id))))
			if (byId.get(sib)?.kind === 'paragraph') touched.add(sib);
	};
	clauses.forEach((c, i) => {
		const next = clauses[i + 1];
		const last = c.text.split('\n').at(-1)!;
		if (next && [...last].length % width === 0 && /[。；：:;！？!?]$/u.test(last)) {
			touch(c.id);
			touch(next.id);
		}
	});
	return touched;
}

const table = new Map<string, Map<string, string>>();

describe.each(NAMES)('%s as a file', (name) => {
	const canonical = analyze(texts[name]!);

	test.each(VARIANTS)(
		'$name',
		async (variant) => {
			const bytes = await variant.make(texts[name]!);
			const imported = await readImport(bytes, variant.file, { loadCMap: readCMap });
			const r = analyze(imported.text);
			expect(r.scheme).toBe(canonical.scheme);
			expect(r.unplaced).toEqual([]);
			expect(r.numbering).toEqual([]);
			expect(r.verbatim).toBe(true);

			const got = new Map(r.units.map((u) => [u.id, u]));
			const mismatched = canonical.units.filter((u) => {
				const v = got.get(u.id);
				return !v || key(v) !== key(u);
			});
			const known = new Set(canonical.units.map((u) => u.id));
			const extra = r.units.filter((u) => !known.has(u.id));
			const row = table.get(variant.name) ?? new Map<string, string>();
			table.set(variant.name, row);
			const total = canonical.units.length;
			row.set(name, `${total - mismatched.length}/${total}${extra.length ? ` (+${extra.length})` : ''}`);

			expect(extra.map((u) => u.id)).toEqual([]);
			const allowed = variant.width ? ambiguous(canonical, variant.width) : new Set<string>();
			for (const u of mismatched) expect(allowed, `${u.id} differs for another reason`).toContain(u.id);
			if (variant.width) expect(r.layout.joinedLines).toBeGreaterThan(0);
		},
		60_000
	);
});

afterAll(() => {
	const head = `| file | ${NAMES.join(' | ')} |`;
	const rule = `|---|${NAMES.map(() => '---').join('|')}|`;
	const rows = [...table].map(([v, row]) => `| ${v} | ${NAMES.map((n) => row.get(n) ?? '—').join(' | ')} |`);
	console.log(['Files in: matching units / canonical units', head, rule, ...rows].join('\n'));
});
