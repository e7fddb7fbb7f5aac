// TEST-ONLY: files made during a test run from the national texts (no binary fixture is committed): Word
// documents (the `docx` package), PDFs with an embedded CJK font (pdf-lib, Noto CJK from the system), GBK and
// UTF-16 bytes (iconv-lite), and hostile archives. Imports devDependencies; the app never imports this file.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import {
	AlignmentType,
	Document,
	ImageRun,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { PDFDocument, type PDFFont } from 'pdf-lib';

const here = dirname(fileURLToPath(import.meta.url));

/** The four national texts' files (shared/regulations/national) and the corpus folders that hold them verbatim. */
const NATIONAL_FILES: Record<string, string> = {
	'authorized-operation-spec': 'nationalSpec',
	'circulation-security-plan': 'nationalCirculation',
	'pricing-notice': 'nationalPricing',
	'registration-measures': 'nationalRegistration'
};

/**
 * The four national texts, by the shared file's stem, read from the corpus's own copies
 * (src/lib/regions/<id>/source.txt, byte-identical to shared/regulations/national: the fidelity test proves it),
 * so the tests run in any copy of the project.
 */
export function nationalTexts(): Record<string, string> {
	return Object.fromEntries(
		Object.keys(NATIONAL_FILES).map((stem) => [stem, readFileSync(nationalSourcePath(stem), 'utf8')])
	);
}

/** The path of one national text in the corpus, by the shared file's stem. */
export function nationalSourcePath(stem: string): string {
	const id = NATIONAL_FILES[stem];
	if (!id) throw new Error(`no national text "${stem}"`);
	return join(resolve(here, '../regions'), id, 'source.txt');
}

export const linesOf = (text: string) => text.split('\n').filter((l) => l.trim());

export const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gb18030'));

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const body = iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be');
	return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
}

export const utf8Bom = (text: string) =>
	new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);

export interface DocxOptions {
	/** Lines whose paragraphs carry Word's automatic numbering instead of a typed number. */
	autoNumbered?: (line: string, index: number) => boolean;
	/** Put a two-cell table and an image after the first paragraph. */
	tableAndImage?: boolean;
}

/** A Word document, one paragraph per line. */
export async function makeDocx(lines: readonly string[], opts: DocxOptions = {}): Promise<Uint8Array> {
	const children: (Paragraph | Table)[] = lines.map((line, i) =>
		opts.autoNumbered?.(line, i)
			? new Paragraph({ children: [new TextRun(line)], numbering: { reference: 'articles', level: 0 } })
			: new Paragraph({ children: [new TextRun(line)] })
	);
	if (opts.tableAndImage)
		children.splice(
			1,
			0,
			new Table({
				rows: [
					new TableRow({
						children: [
							new TableCell({ children: [new Paragraph('表格左格')] }),
							new TableCell({ children: [new Paragraph('表格右格')] })
						]
					})
				]
			}),
			new Paragraph({
				children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })]
			})
		);
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'articles',
					levels: [
						{
							level: 0,
							format: LevelFormat.CHINESE_COUNTING,
							text: '第%1条',
							alignment: AlignmentType.START
						}
					]
				}
			]
		},
		sections: [{ children }]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

let cjkFont: Uint8Array | null = null;
const CJK_TTC = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

async function embedCjk(pdf: PDFDocument): Promise<PDFFont> {
	cjkFont ??= new Uint8Array(readFileSync(CJK_TTC));
	// the system font is a collection: hand pdf-lib the Simplified Chinese face
	pdf.registerFontkit({ create: (b: Uint8Array) => fontkit.create(b, 'NotoSansCJKsc-Regular') } as never);
	return pdf.embedFont(cjkFont, { subset: true });
}

export interface PdfOptions {
	/** Break each line into printed lines of at most this many characters (a hard-wrapped PDF). */
	wrapAt?: number;
	linesPerPage?: number;
	/** A running header printed at the top of every page. */
	header?: string;
	/** Page numbers "- N -" at the foot of every page. */
	pageNumbers?: boolean;
	/** Print an ideographic space as a gap between two pieces of text, as many PDF writers do. */
	spaceAsGap?: boolean;
}

/** A PDF with an embedded CJK font; returns it and the printed body lines (page furniture excluded). */
export async function makePdf(
	lines: readonly string[],
	opts: PdfOptions = {}
): Promise<{ bytes: Uint8Array; printed: string[] }> {
	const printed = opts.wrapAt
		? lines.flatMap((l) => {
				const chars = [...l];
				const out: string[] = [];
				for (let i = 0; i < chars.length; i += opts.wrapAt!)
					out.push(chars.slice(i, i + opts.wrapAt!).join(''));
				return out;
			})
		: [...lines];
	const pdf = await PDFDocument.create();
	const font = await embedCjk(pdf);
	const size = 8;
	const longest = Math.max(...printed.map((l) => [...l].length));
	const width = Math.min(14_000, Math.max(595, longest * size + 144));
	const perPage = opts.linesPerPage ?? 40;
	for (let p = 0; p * perPage < printed.length; p++) {
		const page = pdf.addPage([width, 842]);
		if (opts.header) page.drawText(opts.header, { x: 72, y: 800, size: 7, font });
		printed.slice(p * perPage, (p + 1) * perPage).forEach((line, i) => {
			const y = 770 - i * 16;
			let x = 72;
			for (const part of opts.spaceAsGap ? line.split('\u3000') : [line]) {
				if (part) page.drawText(part, { x, y, size, font });
				x += font.widthOfTextAtSize(part, size) + size;
			}
		});
		if (opts.pageNumbers) page.drawText(`- ${p + 1} -`, { x: width / 2, y: 30, size: 7, font });
	}
	return { bytes: await pdf.save(), printed };
}

/** A PDF whose pages hold no text (a scan, as far as a reader can tell). */
export async function makeScannedPdf(pages = 2): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	for (let i = 0; i < pages; i++)
		pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
	return pdf.save();
}

/** Serialise numbered PDF objects (1 0 obj …) with a cross-reference table. */
function pdfFile(objects: string[], trailer: string): Uint8Array {
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
	return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

/**
 * A PDF as iText writes Chinese without embedding a font: STSong-Light through the predefined UniGB-UCS2-H
 * character map (UCS-2 codes), no ToUnicode map. Readable only with PDF.js's Adobe-GB1 maps.
 */
export function makeUnembeddedPdf(lines: readonly string[]): Uint8Array {
	const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
	const stream = lines.map((l, i) => `BT /F1 10 Tf 40 ${800 - i * 14} Td <${hex(l)}> Tj ET`).join('\n');
	return pdfFile(
		[
			'<< /Type /Catalog /Pages 2 0 R >>',
			'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 4000 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
			`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
			'<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
			'<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
			'<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'
		],
		'/Root 1 0 R'
	);
}

/** A hand-built PDF with a standard-security /Encrypt dictionary whose user password is not empty. */
export function makeEncryptedPdf(): Uint8Array {
	const hex32 = 'a1'.repeat(32);
	const id = '0'.repeat(32);
	return pdfFile(
		[
			'<< /Type /Catalog /Pages 2 0 R >>',
			'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
			`<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`
		],
		`/Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>]`
	);
}

/** A ZIP archive of the given entries (deflated). */
export const makeZip = (entries: Record<string, Uint8Array | string>) =>
	zipSync(
		Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]))
	);

/** Rewrite every declared uncompressed size in a ZIP (local headers and directory) to `size`. */
export function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
	const out = zip.slice();
	const dv = new DataView(out.buffer);
	for (let i = 0; i + 4 <= out.length; i++) {
		const sig = dv.getUint32(i, true);
		if (sig === 0x04034b50) dv.setUint32(i + 22, size, true);
		else if (sig === 0x02014b50) dv.setUint32(i + 24, size, true);
	}
	return out;
}

/**
 * A raw DEFLATE stream (RFC 1951) that inflates to `1 + 258·repeats` zero bytes, written directly rather than
 * compressed: one fixed-Huffman block holding a literal 0 and then `repeats` copies of "length 258, distance
 * 1". Building it costs a few bit operations per 258 bytes, so a 64 MB bomb is made in milliseconds with no
 * 64 MB buffer (compressing 64 MB of zeros took seconds under load and timed the test out).
 */
export function zeroDeflate(repeats: number): Uint8Array {
	const out = new Uint8Array(Math.ceil((3 + 8 + 13 * repeats + 7) / 8) + 1);
	let bit = 0;
	/** `n` bits of `value`, least significant first (header fields). */
	const bits = (value: number, n: number) => {
		for (let i = 0; i < n; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
	};
	/** A Huffman code of `n` bits, most significant first. */
	const code = (value: number, n: number) => {
		for (let i = n - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
	};
	bits(1, 1); // BFINAL
	bits(1, 2); // BTYPE 01: fixed Huffman codes
	code(0x30, 8); // literal 0 (literals 0–143: 0x30 + value, 8 bits)
	for (let i = 0; i < repeats; i++) {
		code(0xc5, 8); // length 258 (code 285: 0xc0 + 5, 8 bits, no extra bits)
		code(0, 5); // distance 1 (distance code 0, 5 bits, no extra bits)
	}
	code(0, 7); // end of block (code 256: 7 zero bits)
	return out.subarray(0, Math.ceil(bit / 8));
}

/**
 * A one-entry ZIP archive whose part is the deflated `stream`, its directory declaring `declaredSize` bytes
 * unpacked (method 8, CRC left 0: the reader unpacks before any check could see it).
 */
export function zipOfDeflated(name: string, stream: Uint8Array, declaredSize: number): Uint8Array {
	const fileName = strToU8(name);
	const local = 30 + fileName.length;
	const central = 46 + fileName.length;
	const out = new Uint8Array(local + stream.length + central + 22);
	const dv = new DataView(out.buffer);
	const entry = (at: number, sig: number, centralHeader: boolean) => {
		dv.setUint32(at, sig, true);
		const o = centralHeader ? at + 2 : at; // the directory has "version made by" before the shared fields
		if (centralHeader) dv.setUint16(at + 4, 20, true);
		dv.setUint16(o + 4, 20, true); // version needed
		dv.setUint16(o + 8, 8, true); // method: deflate
		dv.setUint32(o + 18, stream.length, true); // compressed size
		dv.setUint32(o + 22, declaredSize, true); // uncompressed size, as declared
		dv.setUint16(o + 26, fileName.length, true);
		out.set(fileName, at + (centralHeader ? 46 : 30));
	};
	entry(0, 0x04034b50, false);
	out.set(stream, local);
	const cd = local + stream.length;
	entry(cd, 0x02014b50, true); // local header offset 0
	const end = cd + central;
	dv.setUint32(end, 0x06054b50, true);
	dv.setUint16(end + 8, 1, true);
	dv.setUint16(end + 10, 1, true);
	dv.setUint32(end + 12, central, true);
	dv.setUint32(end + 16, cd, true);
	return out;
}
