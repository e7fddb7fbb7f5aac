// What the import says when a file cannot be read for a reason that takes no numbers: one table of the words,
// each with what to do about it, so every reader (docx, pdf, zip, plain text) fails the same way.

import type { Localized } from '$lib/regions/types';
import { ImportError } from './types';

const FAILURES = {
	ofd: {
		zh: '这是 OFD 版式文件，不是 Word 文件。请用 OFD 阅读器导出为 PDF 或文本后再导入。',
		en: 'This is an OFD document, not a Word file. Export it as PDF or text with an OFD reader and import that.'
	},
	odf: {
		zh: '这是 OpenDocument（WPS/LibreOffice）文件。请另存为 .docx 后再导入。',
		en: 'This is an OpenDocument (WPS/LibreOffice) file. Save it as .docx and import that.'
	},
	notDocx: {
		zh: '这是 ZIP 压缩文件，但不是 Word 文档（.docx）。',
		en: 'This is a ZIP archive, but not a Word document (.docx).'
	},
	damagedDocx: {
		zh: '无法读取这个 Word 文件：文件已损坏，或不是 Word 保存的 .docx。',
		en: 'This Word file cannot be read: it is damaged, or not a .docx saved by Word.'
	},
	damagedZip: {
		zh: '文件已损坏：无法解开这个 .docx（ZIP）文件。',
		en: 'The file is damaged: this .docx (ZIP) archive cannot be unpacked.'
	},
	noTextLayer: {
		zh: '这个 PDF 没有文字层（可能是扫描件）；请先做文字识别（OCR），再导入识别出的文本。',
		en: 'This PDF has no text layer (it may be a scan); OCR it first and import the result.'
	},
	encryptedPdf: {
		zh: '这个 PDF 设有打开密码。请用 PDF 阅读器输入密码后另存一份不加密的副本，再导入。',
		en: 'This PDF is password-protected. Open it in a PDF reader, save a copy without the password, and import that.'
	},
	damagedPdf: {
		zh: '无法读取这个 PDF：文件已损坏或不是有效的 PDF。',
		en: 'This PDF cannot be read: the file is damaged or not a valid PDF.'
	},
	unmappedPdf: {
		zh: '这个 PDF 的字体没有字符映射，读出的文字是乱码；请先做文字识别（OCR），再导入识别出的文本。',
		en: "This PDF's fonts have no character map, so its text reads as garbage; OCR it first and import the result."
	},
	html: {
		zh: '这是保存下来的网页（HTML）。请在浏览器中打开该网页，选中正文复制，再粘贴到文本框中。',
		en: 'This is a saved web page (HTML). Open it in a browser, select the text, copy it and paste it into the text box.'
	}
} as const satisfies Record<string, Localized>;

export type FailureCode = keyof typeof FAILURES;

/** The error for a file that cannot be read for `code`'s reason, with its words from the table. */
export const failure = (code: FailureCode): ImportError => new ImportError(code, FAILURES[code]);
