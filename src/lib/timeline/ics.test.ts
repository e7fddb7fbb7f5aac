import { describe, expect, test } from 'vitest';
import { regionStatus } from '$lib/rules/status';
import { escapeText, foldLine, toIcs } from './ics';
import { REGIONS, timelineFor } from './fixtures';

const now = new Date('2026-03-01T08:09:10.123Z');
const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('escapeText (RFC 5545 §3.3.11)', () => {
	test.each([
		['a,b', 'a\\,b'],
		['a;b', 'a\\;b'],
		['a\\b', 'a\\\\b'],
		['a\nb', 'a\\nb'],
		['a\r\nb', 'a\\nb'],
		['第十六条：届满三个月前', '第十六条：届满三个月前']
	])('%j → %j', (input, out) => expect(escapeText(input)).toBe(out));
});

describe('foldLine: 75 octets a line, continuation lines start with a space, UTF-8 kept whole', () => {
	test.each([
		['SUMMARY:' + 'a'.repeat(67)], // exactly 75
		['SUMMARY:' + 'a'.repeat(68)], // 76
		['SUMMARY:' + '衢'.repeat(40)],
		['DESCRIPTION:' + 'x€衢𠀀'.repeat(30)],
		['A'.repeat(300)]
	])('%#', (line) => {
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		for (const [i, p] of parts.entries()) {
			expect(octets(p)).toBeLessThanOrEqual(75);
			if (i > 0) expect(p.startsWith(' ')).toBe(true);
			// no split inside a character: every part is valid text on its own
			expect(p).not.toMatch(/\uFFFD/);
		}
		expect(unfold(folded)).toBe(line);
		if (octets(line) <= 75) expect(parts).toHaveLength(1);
	});
});

describe('toIcs', () => {
	const quzhou = timelineFor('quzhou', { agreementStart: '2025-06-01' });
	const henan = timelineFor('henan', {
		agreementStart: '2025-06-01',
		events: [{ date: '2026-09-30', type: 'DATA_CHECK_REQUEST' }]
	});
	const ics = toIcs([quzhou, henan], {
		now,
		calendarName: '授权运营时间线, 2025',
		clauseLabel: (region, id) => (region === 'quzhou' && id === 'sec-16-p2' ? '十六（第二段）' : undefined)
	});
	const lines = unfold(ics).split('\r\n').slice(0, -1);
	const events = unfold(ics)
		.split('BEGIN:VEVENT\r\n')
		.slice(1)
		.map((e) => e.split('END:VEVENT')[0]!);
	const prop = (ev: string, name: string) =>
		ev
			.split('\r\n')
			.find((l) => l.startsWith(name + ':') || l.startsWith(name + ';'))
			?.replace(/^[^:]*:/, '');

	test('CRLF only, ends with CRLF, every physical line ≤ 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
		// Chinese summaries are long enough to be folded somewhere
		expect(ics).toMatch(/\r\n /);
	});

	test('one VCALENDAR with VERSION and PRODID; BEGIN/END balanced', () => {
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-1)).toBe('END:VCALENDAR');
		expect(lines).toContain('VERSION:2.0');
		expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
		expect(lines).toContain('X-WR-CALNAME:授权运营时间线\\, 2025');
		const begins = lines.filter((l) => l === 'BEGIN:VEVENT').length;
		expect(begins).toBe(lines.filter((l) => l === 'END:VEVENT').length);
		// every content line is NAME[;PARAM]:VALUE
		for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9-]*(;[A-Z-]+=[^:;]+)*:/);
	});

	test('one all-day VEVENT per dated milestone; undated markers are left out', () => {
		const dated = [...quzhou.milestones, ...henan.milestones].filter((m) => m.date !== null);
		expect(events).toHaveLength(dated.length);
		for (const [i, ev] of events.entries()) {
			const m = dated[i]!;
			expect(prop(ev, 'DTSTART')).toBe(m.date!.replace(/-/g, ''));
			expect(ev).toContain(`DTSTART;VALUE=DATE:${m.date!.replace(/-/g, '')}`);
			expect(prop(ev, 'DTSTAMP')).toBe('20260301T080910Z');
			expect(prop(ev, 'UID')).toMatch(/@pdao-reference$/);
		}
	});

	test('DTEND is the next day (non-inclusive), across month and leap-year ends', () => {
		const leap = toIcs(timelineFor('quzhou', { agreementStart: '2025-06-01' }), { now });
		expect(leap).toContain('DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301');
		expect(leap).toContain('DTSTART;VALUE=DATE:20280531\r\nDTEND;VALUE=DATE:20280601');
	});

	test('UIDs are unique and stable across exports', () => {
		const uids = events.map((e) => prop(e, 'UID'));
		expect(new Set(uids).size).toBe(uids.length);
		const again = unfold(toIcs([quzhou, henan], { now: new Date() }))
			.split('\r\n')
			.filter((l) => l.startsWith('UID:'))
			.map((l) => l.slice(4));
		expect(again).toEqual(uids);
	});

	test('SUMMARY in Chinese; DESCRIPTION in English with the clause labels and ids', () => {
		const deadline = events.find((e) => prop(e, 'SUMMARY')?.includes('重新申请截止'))!;
		expect(prop(deadline, 'SUMMARY')).toBe('衢州：重新申请截止（届满3个月前）');
		const desc = prop(deadline, 'DESCRIPTION')!;
		expect(desc).toContain('Quzhou: Last day to reapply (3 months before expiry)');
		expect(desc).toContain('十六（第二段） (sec-16-p2)');
		// escaped newlines, no raw ones
		expect(desc).toContain('\\n');
		const check = events.find((e) => prop(e, 'SUMMARY')?.includes('数据校核'))!;
		expect(prop(check, 'DTSTART')).toBe('20261015');
		expect(prop(check, 'DESCRIPTION')).toContain('art-16');
		// commas and semicolons in the text are escaped
		for (const ev of events) expect(prop(ev, 'DESCRIPTION')).not.toMatch(/(^|[^\\]),/);
	});
});

describe('every event says its document’s status on the date in view (Jiangsu 第二十九条: to 2026-11-30)', () => {
	const jiangsu = timelineFor('jiangsu', { agreementStart: '2025-06-01' });
	const descriptions = (on: string) => {
		const statuses = new Map([[REGIONS.jiangsu!.meta.id, regionStatus(REGIONS.jiangsu!.meta, on)]]);
		const ics = toIcs(jiangsu, {
			now,
			statuses,
			clauseLabel: (_, id) => (id === 'art-29' ? '第二十九条' : undefined)
		});
		return unfold(ics)
			.split('\r\n')
			.filter((l) => l.startsWith('DESCRIPTION:'));
	};

	test.each([
		['2026-12-05', 'lapsed on 2026-11-30', '已失效（2026-11-30）'],
		['2026-11-30', 'in force until 2026-11-30', '现行有效（至 2026-11-30）']
	])('on %s', (on, en, zh) => {
		const ds = descriptions(on);
		expect(ds.length).toBe(jiangsu.milestones.filter((m) => m.date !== null).length);
		for (const d of ds) {
			expect(d).toContain(`Document status on ${on}: interim · ${en}`);
			expect(d).toContain(`文件状态（按 ${on}）：暂行 · ${zh}`);
			expect(d).toContain('Validity / 效力条款: 第二十九条 (art-29)');
			if (on === '2026-11-30') expect(d).not.toMatch(/lapsed|失效/);
		}
	});

	test('without statuses, no status line', () => {
		expect(toIcs(jiangsu, { now })).not.toContain('Document status');
	});
});
