// .pdf → text with unpdf (PDF.js, loaded only when a PDF is opened). Printed lines are rebuilt from the text
// pieces' positions; running headers, footers and page numbers (the same line at the top or bottom of most
// pages, or a bare page number there) are dropped and listed. A printed line is kept as one line: joining
// lines that the page width wrapped is left to the parser, which sees the whole text.
// PDFs whose Chinese fonts are not embedded (STSong-Light with UniGB-UCS2-H, as iText and older Acrobat
// write them) need PDF.js's Adobe-GB1 character maps: the build carries those (pdfjs-dist/cmaps, ~290 KB,
// fetched from the app's own origin only when such a PDF is opened); Node callers pass a file loader.
// What it says is the app's own words (Paraglide `importerr_*` messages).

import { m } from '$lib/paraglide/messages';
import { said } from '$lib/rules/words';
import { unifyRadicals } from './radicals';
import { failure } from './failures';
import { ImportError, LIMITS, listWords, type ImportNote } from './types';

/** Loads one of PDF.js's packed character maps ("UniGB-UCS2-H.bcmap") as bytes. */
export type CMapLoader = (file: string) => Promise<Uint8Array>;

const CMAP_URLS = import.meta.glob('/node_modules/pdfjs-dist/cmaps/*GB*.bcmap', {
	query: '?url',
	import: 'default'
}) as Record<string, () => Promise<string>>;

/** In the browser: the map as the build emitted it, from the app's own origin (precached for offline use). */
export const fetchCMap: CMapLoader = async (file) => {
	const url = CMAP_URLS[`/node_modules/pdfjs-dist/cmaps/${file}`];
	if (!url) throw new Error(`no character map ${file} in the build`);
	const href = await url();
	// the build inlines small files as data: URLs, which the CSP rightly keeps fetch() from reading
	if (href.startsWith('data:'))
		return Uint8Array.from(atob(href.slice(href.indexOf(',') + 1)), (c) => c.charCodeAt(0));
	const res = await fetch(href);
	if (!res.ok) throw new Error(`character map ${file}: HTTP ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
};

/** PDF.js asks this for built-in character maps (nothing else is bundled: no standard fonts, no wasm). */
const binaryData = (load: CMapLoader) =>
	class {
		async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
			if (kind !== 'cMapUrl') throw new Error(`${kind} data is not bundled`);
			return load(filename);
		}
	};

/** One piece of text as PDF.js places it: baseline origin (x, y up from the bottom), advance width, size. */
export interface TextPiece {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

export interface PdfLine {
	text: string;
	y: number;
}

/** Rebuild a page's printed lines, top to bottom: pieces on one baseline, left to right. */
export function linesOfPage(pieces: readonly TextPiece[]): PdfLine[] {
	const sorted = pieces.filter((p) => p.str.trim() !== '').toSorted((a, b) => b.y - a.y || a.x - b.x);
	const rows: TextPiece[][] = [];
	for (const p of sorted) {
		const row = rows[rows.length - 1];
		const base = row?.[0];
		if (row && base && Math.abs(base.y - p.y) <= Math.min(base.size, p.size) * 0.5) row.push(p);
		else rows.push([p]);
	}
	return rows.map((row) => {
		row.sort((a, b) => a.x - b.x);
		let text = '';
		let end = -Infinity;
		for (const p of row) {
			// a visible gap between pieces is a space in the source ("第一条", a gap, "为…": the ideographic space printed as room, not as a glyph)
			if (text && p.x - end > p.size * 0.3) text += ' ';
			text += p.str;
			end = Math.max(end, p.x + p.width);
		}
		return { text: text.trim(), y: row[0]!.y };
	});
}

/** A bare page number: "3", "- 3 -", "— 3 —", "第 3 页", "第3页 共10页", "3/10", "Page 3 of 10". */
const PAGE_NUMBER =
	/^(?:[-—–－\s]*[0-9０-９]{1,4}[-—–－\s]*|第\s*[0-9０-９]+\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]+\s*页)?|[0-9]+\s*\/\s*[0-9]+|page\s+\d+(?:\s+of\s+\d+)?)$/iu;

/** A running line's shape, whatever its page number: digits masked, spaces dropped. */
const shape = (text: string) => text.replace(/[0-9０-９]+/gu, '#').replace(/\s+/gu, '');

export interface Assembled {
	text: string;
	/** Lines dropped as page furniture, each with the number of pages it was found on. */
	dropped: { text: string; pages: number }[];
	/** 1-based numbers of pages that gave no text. */
	emptyPages: number[];
}

/**
 * Join the pages' lines, leaving out page furniture: a line at a page's top or bottom edge that is a page
 * number, or whose shape recurs at the same edge of at least half the pages (and two or more).
 */
export function assemble(pages: readonly PdfLine[][]): Assembled {
	const edgeShapes = (edge: 'top' | 'bottom') => {
		const counts = new Map<string, number>();
		for (const lines of pages) {
			const line = edge === 'top' ? lines[0] : lines[lines.length - 1];
			if (line) counts.set(shape(line.text), (counts.get(shape(line.text)) ?? 0) + 1);
		}
		const withText = pages.filter((p) => p.length).length;
		return new Set(
			[...counts].filter(([, n]) => n >= 2 && n * 2 >= withText && withText >= 2).map(([s]) => s)
		);
	};
	const running = { top: edgeShapes('top'), bottom: edgeShapes('bottom') };
	const dropped = new Map<string, { text: string; pages: number }>();
	const drop = (t: string) => {
		const d = dropped.get(shape(t)) ?? { text: t, pages: 0 };
		d.pages++;
		dropped.set(shape(t), d);
	};
	const out: string[] = [];
	const emptyPages: number[] = [];
	pages.forEach((lines, i) => {
		if (!lines.length) emptyPages.push(i + 1);
		let from = 0;
		let to = lines.length;
		// at each edge, at most one running line and one page number (a header over a page number, say):
		// page 1's title may repeat the running header below it, and must stay
		for (const edge of ['top', 'bottom'] as const) {
			const seen = { number: false, running: false };
			while (from < to) {
				const t = lines[edge === 'top' ? from : to - 1]!.text;
				const kind = PAGE_NUMBER.test(t) ? 'number' : running[edge].has(shape(t)) ? 'running' : null;
				if (!kind || seen[kind]) break;
				seen[kind] = true;
				drop(t);
				if (edge === 'top') from++;
				else to--;
			}
		}
		for (const l of lines.slice(from, to)) out.push(l.text);
	});
	return {
		text: out.join('\n'),
		dropped: [...dropped.values()],
		emptyPages
	};
}

/** Characters a readable text layer does not give: private-use code points (fonts without a Unicode map). */
const UNMAPPED = /[\ue000-\uf8ff\ufffd]/gu;

const noText = () => failure('noTextLayer');

interface PdfJsError {
	name?: string;
}

/** Read a PDF's text; throws ImportError for an encrypted, damaged, scanned or unreadable one. */
export async function pdfToText(
	bytes: Uint8Array,
	loadCMap: CMapLoader = fetchCMap
): Promise<{ text: string; notes: ImportNote[] }> {
	const { getDocumentProxy } = await import('unpdf');
	let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
	try {
		// PDF.js takes ownership of the buffer: give it a copy
		pdf = await getDocumentProxy(bytes.slice(), {
			verbosity: 0,
			isEvalSupported: false,
			stopAtErrors: false,
			useWorkerFetch: false,
			cMapPacked: true,
			BinaryDataFactory: binaryData(loadCMap)
		} as Parameters<typeof getDocumentProxy>[1]);
	} catch (e) {
		if ((e as PdfJsError)?.name === 'PasswordException') throw failure('encryptedPdf');
		throw failure('damagedPdf');
	}
	try {
		if (pdf.numPages > LIMITS.pdfPages)
			throw new ImportError(
				'tooManyPages',
				said(m.importerr_too_many_pages, { pages: pdf.numPages, limit: LIMITS.pdfPages })
			);
		const pages: PdfLine[][] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const content = await page.getTextContent();
			const pieces: TextPiece[] = [];
			for (const item of content.items) {
				if (!('str' in item)) continue;
				const [a, b, , , x, y] = item.transform as number[];
				pieces.push({
					str: item.str,
					x: x!,
					y: y!,
					width: item.width,
					size: Math.hypot(a!, b!) || item.height || 1
				});
			}
			pages.push(linesOfPage(pieces));
			page.cleanup();
		}
		const assembled = assemble(pages);
		const { dropped, emptyPages } = assembled;
		const { text, count: radicals } = unifyRadicals(assembled.text);
		const visible = text.replace(/\s+/gu, '');
		if (visible.length < 10) throw noText();
		const unmapped = visible.match(UNMAPPED)?.length ?? 0;
		if (unmapped > visible.length / 20) throw failure('unmappedPdf');
		const notes = pdfNotes(pdf.numPages, dropped, emptyPages);
		if (radicals)
			notes.push({
				code: 'radicals',
				severity: 'info',
				message: said(m.importerr_pdf_radicals, { count: radicals })
			});
		return { text, notes };
	} finally {
		await pdf.loadingTask.destroy();
	}
}

function pdfNotes(numPages: number, dropped: Assembled['dropped'], emptyPages: number[]): ImportNote[] {
	const notes: ImportNote[] = [
		{
			code: 'pdfLines',
			severity: 'info',
			message: said(numPages === 1 ? m.importerr_pdf_lines_one : m.importerr_pdf_lines, { count: numPages })
		}
	];
	if (dropped.length) {
		const count = dropped.reduce((n, d) => n + d.pages, 0);
		notes.push({
			code: 'pageFurniture',
			severity: 'info',
			message: said(m.importerr_page_furniture, { count }),
			examples: dropped.slice(0, 5).map((d) => `${unifyRadicals(d.text).text} ×${d.pages}`)
		});
	}
	if (emptyPages.length)
		notes.push({
			code: 'pagesWithoutText',
			severity: 'warning',
			message: said(m.importerr_pages_without_text, { pages: listWords(emptyPages) })
		});
	return notes;
}
