// A briefing table as a Word file (.docx): the title, the title block, then the table with a repeated header
// row, A4 landscape. `docx` (about 400 kB) is imported only when a file is asked for.

import type { BriefingTable } from './briefing';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function briefingDocx(t: BriefingTable): Promise<Blob> {
	const {
		Document,
		HeadingLevel,
		Packer,
		PageOrientation,
		Paragraph,
		Table,
		TableCell,
		TableRow,
		TextRun,
		WidthType
	} = await import('docx');
	// a cell's text may hold line breaks; each line its own paragraph
	const cell = (text: string, bold = false) =>
		new TableCell({
			children: (text || ' ')
				.split('\n')
				.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }))
		});
	const doc = new Document({
		title: t.title,
		sections: [
			{
				properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
				children: [
					new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_1 }),
					...t.head.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 20 })] })),
					new Table({
						width: { size: 100, type: WidthType.PERCENTAGE },
						rows: [
							new TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, true)) }),
							...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))
						]
					})
				]
			}
		]
	});
	return Packer.toBlob(doc);
}
