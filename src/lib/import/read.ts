// One entry point for every way a text comes in: a file's bytes (.txt, .docx, .pdf, told apart by their
// content, not their name) or a paste. The .docx and .pdf readers, and their libraries, load only when such
// a file is opened. Pure: bytes in, text and notes out; usable in the browser and from Node. What it says is
// the app's own words (Paraglide `importerr_*` messages).
import { m } from '$lib/paraglide/messages';
import { said } from '$lib/rules/words';

import { decodeText, sniffFormat } from './decode';
import { failure } from './failures';
import type { CMapLoader } from './pdf';
import { layoutNote, normalizeLayout } from './normalize';
import { countRadicals } from './radicals';
import {
	checkLength,
	ImportError,
	LIMITS,
	tooLarge,
	type ImportedText,
	type ImportFormat,
	type ImportNote
} from './types';

const extension = (name: string) => /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';

function finish(
	name: string,
	format: ImportFormat,
	raw: string,
	notes: ImportNote[],
	extra: Partial<ImportedText> = {}
): ImportedText {
	checkLength(raw);
	const { text, counts } = normalizeLayout(raw);
	const layout = layoutNote(counts);
	if (!text.trim()) throw new ImportError('empty', said(m.importerr_no_text));
	const all = layout ? [...notes, layout] : [...notes];
	// a PDF's reader maps radicals back itself; elsewhere they are a sign of text copied out of a PDF
	const radicals = countRadicals(text);
	if (radicals)
		all.push({
			code: 'radicals',
			severity: 'warning',
			message: said(m.importerr_text_radicals, { count: radicals })
		});
	return { name, format, ...extra, text, notes: all };
}

/** A saved web page: its markup is not the regulation's layout, and reading it as text would keep the tags. */
const HTML = /^\s*(?:<!doctype\s+html|<html[\s>])/iu;

export interface ReadOptions {
	/** How a PDF's Chinese character maps are loaded (default: fetched from the app's build, in a browser). */
	loadCMap?: CMapLoader;
}

/** Read a file's bytes into text; throws ImportError (with a message for the user) when it cannot. */
export async function readImport(
	bytes: Uint8Array,
	name: string,
	opts: ReadOptions = {}
): Promise<ImportedText> {
	if (bytes.length > LIMITS.fileBytes) throw tooLarge(LIMITS.fileBytes);
	if (!bytes.length) throw new ImportError('empty', said(m.importerr_empty));
	const sniffed = sniffFormat(bytes);
	const ext = extension(name);
	if (sniffed === 'pdf') {
		const { pdfToText } = await import('./pdf');
		const { text, notes } = await pdfToText(bytes, opts.loadCMap);
		return finish(name, 'pdf', text, notes);
	}
	if (sniffed === 'zip') {
		const { docxToText } = await import('./docx');
		const { text, notes } = await docxToText(bytes);
		return finish(name, 'docx', text, notes);
	}
	if (ext === 'pdf' || ext === 'docx')
		throw new ImportError('misnamed', said(m.importerr_misnamed, { ext, format: ext.toUpperCase() }));
	if (bytes.length > LIMITS.textBytes) throw tooLarge(LIMITS.textBytes);
	const { text, encoding, bom } = decodeText(bytes);
	if (HTML.test(text)) throw failure('html');
	return finish(name, 'txt', text, [], { encoding, bom });
}
