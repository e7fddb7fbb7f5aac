// Milestones and periods as CSV (RFC 4180, with a BOM so Excel reads the Chinese), one row per item. With
// the documents' statuses on the date in view (rules/status.ts, as the page shows them), each lane starts with
// a "document" row: the status label, the date it is for, and the validity clauses it rests on.

import type { RegionId } from '$lib/regions/types';
import { toCsv as csv } from '$lib/rules/csv';
import type { DocStatus } from '$lib/rules/status';
import { wordsInBoth, type Words } from '$lib/rules/words';
import type { Timeline } from './types';

/** The kind of a lane's first row, which gives its document's status (as in the compare export). */
export const STATUS_KIND = 'document.status';

export interface CsvOptions {
	/** Each lane's document status on one date (the page's date in view), by region. */
	statuses?: ReadonlyMap<RegionId, DocStatus>;
}

export const CSV_HEADER = [
	'type',
	'region',
	'role',
	'kind',
	'id',
	'date',
	'end',
	'label_zh',
	'label_en',
	'clauses',
	'unspecified',
	'reason_zh',
	'reason_en',
	'note_zh',
	'note_en'
] as const;

/**
 * One or more regions' timelines; undated markers keep an empty date and say why. A document row's date is
 * the date its status is for.
 */
/** Two cells, Chinese then English; two empty cells for no words. */
function inBoth(w: Words | undefined): [string, string] {
	if (!w) return ['', ''];
	const x = wordsInBoth(w);
	return [x.zh, x.en];
}

export function toCsv(timelines: Timeline | readonly Timeline[], opts: CsvOptions = {}): string {
	const list: readonly Timeline[] = 'milestones' in timelines ? [timelines] : timelines;
	const rows: unknown[][] = [];
	for (const t of list) {
		const st = opts.statuses?.get(t.region);
		if (st)
			rows.push([
				'document',
				t.region,
				t.role ?? '',
				STATUS_KIND,
				`${t.region}:${STATUS_KIND}`,
				st.on,
				'',
				...inBoth(st.label),
				st.citations.join(' '),
				'',
				'',
				'',
				st.title.zh,
				st.title.en
			]);
		for (const m of t.milestones) {
			rows.push([
				'milestone',
				t.region,
				t.role ?? '',
				m.kind,
				m.id,
				m.date ?? '',
				'',
				m.label.zh,
				m.label.en,
				m.citations.join(' '),
				m.unspecified ? 'true' : '',
				...inBoth(m.unspecified ? m.reason : undefined),
				...inBoth(m.note)
			]);
		}
		for (const p of t.periods) {
			rows.push([
				'period',
				t.region,
				t.role ?? '',
				p.kind,
				p.id,
				p.start,
				p.end,
				p.label.zh,
				p.label.en,
				p.citations.join(' '),
				'',
				'',
				'',
				...inBoth(p.note)
			]);
		}
	}
	return csv(CSV_HEADER, rows);
}
