// Save a briefing table as the file a drafter asked for: CSV at once, or a Word file (its writer and the
// `docx` library are loaded only then).

import { briefingCsv, type BriefingTable } from '$lib/rules/briefing';
import { downloadBlob, downloadText } from './download';

export type BriefingFormat = 'csv' | 'docx';

export async function saveBriefing(table: BriefingTable, fileBase: string, format: BriefingFormat) {
	if (format === 'csv') {
		downloadText(`${fileBase}.csv`, briefingCsv(table), 'text/csv;charset=utf-8');
		return;
	}
	const { briefingDocx } = await import('$lib/rules/briefing-docx');
	downloadBlob(`${fileBase}.docx`, await briefingDocx(table));
}
