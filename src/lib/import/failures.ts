// What the import says when a file cannot be read for a reason that takes no numbers: one table of the reasons,
// each a Paraglide message (`importerr_*`: what is wrong and what to do about it), so every reader (docx, pdf,
// zip, plain text) fails the same way.

import { m } from '$lib/paraglide/messages';
import { said } from '$lib/rules/words';
import { ImportError } from './types';

const FAILURES = {
	ofd: m.importerr_ofd,
	odf: m.importerr_odf,
	notDocx: m.importerr_not_docx,
	damagedDocx: m.importerr_damaged_docx,
	damagedZip: m.importerr_damaged_zip,
	noTextLayer: m.importerr_no_text_layer,
	encryptedPdf: m.importerr_encrypted_pdf,
	damagedPdf: m.importerr_damaged_pdf,
	unmappedPdf: m.importerr_unmapped_pdf,
	html: m.importerr_html
} as const;

export type FailureCode = keyof typeof FAILURES;

/** The error for a file that cannot be read for `code`'s reason, in the words of its message. */
export const failure = (code: FailureCode): ImportError => new ImportError(code, said(FAILURES[code]));
