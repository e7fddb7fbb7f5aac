// Importing a regulation's text from a file or a paste: what was read, how, and why not.
// Pure: no DOM, no Svelte, no storage. Usable from the browser and from Node (the `import` command).
// Everything the reader says (a note, why a file cannot be read) is the app's own words: a Paraglide message
// (`importerr_*`) and its inputs, said in the interface language when shown and in English in an Error's
// message and the import command's output. No law-derived words are said here.

import { m } from '$lib/paraglide/messages';
import { tooLargeMessage } from '$lib/rules/read-check';
import { said, wordsIn, type SaidInput, type Words } from '$lib/rules/words';

/** Where a text came from. */
export type ImportFormat = 'txt' | 'docx' | 'pdf' | 'paste';

/** How a .txt file's bytes were decoded. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Something the reader did to the text, or could not keep, said plainly. Never silent. */
export interface ImportNote {
	code: string;
	/** 'warning': the text may be incomplete or mis-numbered; 'info': layout only. */
	severity: 'info' | 'warning';
	message: Words;
	/** Examples (dropped page headers, …), at most a few. */
	examples?: string[];
}

/** A text read from a file or a paste, ready for the parser. */
export interface ImportedText {
	/** The file's name ('' for a paste). */
	name: string;
	format: ImportFormat;
	/** For .txt: the encoding used, and whether a byte-order mark said so. */
	encoding?: TextEncodingName;
	bom?: boolean;
	/** One paragraph (or, for a PDF, one printed line) per line, layout normalised, words untouched. */
	text: string;
	notes: ImportNote[];
}

/** Where a prepared text came from, for the report (the text itself travels separately). */
export type ImportOrigin = Omit<ImportedText, 'text'>;

/** Why a file could not be read; `message` says what to do about it. */
export class ImportError extends Error {
	constructor(
		readonly code: string,
		readonly localized: Words
	) {
		super(wordsIn(localized, 'en'));
		this.name = 'ImportError';
	}
}

/** Size limits: a regulation is tens of kilobytes; these leave room for Word's images and a long PDF. */
export const LIMITS = {
	/** Any file, before it is read. */
	fileBytes: 20 * 1024 * 1024,
	/** A plain-text file. */
	textBytes: 2 * 1024 * 1024,
	/** The text after reading, in characters. */
	textChars: 1_000_000,
	/** A .docx: entries in the archive, and the unpacked size of what is read (XML parts only). */
	zipEntries: 5_000,
	zipPartBytes: 32 * 1024 * 1024,
	zipTotalBytes: 64 * 1024 * 1024,
	/** A .pdf: pages read. */
	pdfPages: 500
} as const;

export const tooLarge = (limit: number) => new ImportError('tooLarge', tooLargeMessage(limit));

/** The text a file yielded is longer than any regulation; refuse rather than hang the page. */
export function checkLength(text: string): void {
	if (text.length > LIMITS.textChars)
		throw new ImportError(
			'tooLong',
			said(m.importerr_too_long, { limit: LIMITS.textChars.toLocaleString('en') })
		);
}

/** A list said as each language says one: "1、2、3" / "1, 2, 3". */
export function listWords(items: readonly SaidInput[]): SaidInput {
	return items.reduce((a, b) => said(m.importerr_list, { a, b }));
}
