// iCalendar export (RFC 5545), hand-written: one all-day VEVENT per dated milestone, so deadlines land in a
// calendar. Undated markers have no date to put there and are left out (the CSV keeps them). With the
// documents' statuses on the date in view (rules/status.ts), every event's DESCRIPTION says its lane's status,
// with the validity clauses.

import type { ClauseId, RegionId } from '$lib/regions/types';
import { plusDays } from '$lib/rules/dates';
import type { DocStatus } from '$lib/rules/status';
import { wordsInBoth, type Words } from '$lib/rules/words';
import type { DatedMilestone, Timeline } from './types';

export interface IcsOptions {
	/** DTSTAMP: when the file was made (defaults to now). */
	now?: Date;
	/** A clause's label ("第十六条"); without it, ids alone are given. */
	clauseLabel?: (region: RegionId, id: ClauseId) => string | undefined;
	calendarName?: string;
	/** Each lane's document status on one date (the page's date in view), by region. */
	statuses?: ReadonlyMap<RegionId, DocStatus>;
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(s: string): string {
	return s
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Fold a content line at 75 octets (§3.1): continuation lines start with one space, which counts toward
 * their 75. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	let limit = 75;
	for (const ch of line) {
		const n = encoder.encode(ch).length;
		if (octets + n > limit) {
			out.push(current);
			current = ' ';
			octets = 1;
			limit = 75;
		}
		current += ch;
		octets += n;
	}
	out.push(current);
	return out.join('\r\n');
}

function compact(d: string): string {
	return d.replace(/-/g, '');
}

function stamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** A UID that stays the same when the same timeline is exported again. */
export function milestoneUid(t: Timeline, m: DatedMilestone): string {
	return `${m.id.replace(/:/g, '-')}-${t.role ?? 'default'}-${t.agreementStart}@pdao-reference`;
}

/** Words in English, then Chinese, a line each (the calendar file is written in both). */
function both(w: Words): string {
	const x = wordsInBoth(w);
	return `${x.en}\n${x.zh}`;
}

/** "Document status on D / 文件状态（按 D）: … / …" with the validity clauses. */
export function statusLine(st: DocStatus, clauses: string): string {
	const label = wordsInBoth(st.label);
	return (
		`Document status on ${st.on}: ${label.en}\n文件状态（按 ${st.on}）：${label.zh}` +
		(clauses ? `\nValidity / 效力条款: ${clauses}` : '')
	);
}

export function toIcs(timelines: Timeline | readonly Timeline[], opts: IcsOptions = {}): string {
	const list: readonly Timeline[] = 'milestones' in timelines ? [timelines] : timelines;
	const dtstamp = stamp(opts.now ?? new Date());
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//pdao-reference//lifecycle timeline//ZH',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	if (opts.calendarName) lines.push(`X-WR-CALNAME:${escapeText(opts.calendarName)}`);
	for (const t of list) {
		const cite = (ids: readonly ClauseId[]) =>
			ids
				.map((id) => {
					const label = opts.clauseLabel?.(t.region, id);
					return label ? `${label} (${id})` : id;
				})
				.join('; ');
		const st = opts.statuses?.get(t.region);
		const status = st ? statusLine(st, cite(st.citations)) : '';
		for (const m of t.milestones) {
			if (m.date === null) continue;
			const clauses = cite(m.citations);
			const description = [
				`${t.regionName.en}: ${m.label.en}`,
				clauses ? `Clauses / 条款: ${clauses}` : '',
				m.note ? both(m.note) : '',
				status
			]
				.filter(Boolean)
				.join('\n');
			lines.push(
				'BEGIN:VEVENT',
				`UID:${milestoneUid(t, m)}`,
				`DTSTAMP:${dtstamp}`,
				`DTSTART;VALUE=DATE:${compact(m.date)}`,
				`DTEND;VALUE=DATE:${compact(plusDays(m.date, 1))}`,
				`SUMMARY:${escapeText(`${t.regionName.zh}：${m.label.zh}`)}`,
				`DESCRIPTION:${escapeText(description)}`,
				`CATEGORIES:${escapeText(m.kind)}`,
				'TRANSP:TRANSPARENT',
				'END:VEVENT'
			);
		}
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
