// Milestones and periods as CSV (RFC 4180, with a BOM so Excel reads the Chinese), one row per item.

import { toCsv as csv } from '$lib/rules/csv';
import type { Timeline } from './types';

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

/** One or more regions' timelines; undated markers keep an empty date and say why. */
export function toCsv(timelines: Timeline | readonly Timeline[]): string {
	const list: readonly Timeline[] = 'milestones' in timelines ? [timelines] : timelines;
	const rows: unknown[][] = [];
	for (const t of list) {
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
				m.unspecified ? m.reason.zh : '',
				m.unspecified ? m.reason.en : '',
				m.note?.zh ?? '',
				m.note?.en ?? ''
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
				p.note?.zh ?? '',
				p.note?.en ?? ''
			]);
		}
	}
	return csv(CSV_HEADER, rows);
}
