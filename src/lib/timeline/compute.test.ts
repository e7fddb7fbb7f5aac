// The package's published table, keyed by ISO date (its functions are not zone-free: see machines/calendar.ts).
import table from 'chinese-days/dist/chinese-days.json';
import { describe, expect, test } from 'vitest';
import { lastCoveredYear } from '$lib/machines/calendar';
import { loadJourney } from '$lib/machines/registry';
import { plusDays } from '$lib/rules/dates';
import { computeTimeline } from './compute';
import { deadlineStatus } from './conventions';
import { REGIONS, timelineFor } from './fixtures';
import type { Milestone, Timeline, TimelineRole } from './types';
import { clause, region, role as roleId } from '$lib/regions/fixture-ids';
import { isSaid, wordsIn } from '$lib/rules/words';

const henanJourney = await loadJourney(region('henan'));
const jiangsuJourney = await loadJourney(region('jiangsu'));
const quzhouJourney = await loadJourney(region('quzhou'));

const dates = (t: Timeline, kind: Milestone['kind']) =>
	t.milestones.filter((m) => m.kind === kind).map((m) => m.date);
const one = (t: Timeline, kind: Milestone['kind']) => {
	const ms = t.milestones.filter((m) => m.kind === kind);
	expect(ms).toHaveLength(1);
	return ms[0]!;
};
const codes = (t: Timeline) => t.warnings.map((w) => w.code);

describe('every item is cited, labelled in both languages, and dated only where the text allows', () => {
	test.each(Object.keys(REGIONS))('%s', (region) => {
		const t = timelineFor(region, {
			agreementStart: '2025-06-01',
			events: [
				{ date: '2026-03-10', type: 'REQUEST_EXIT' },
				{ date: '2026-09-30', type: 'DATA_CHECK_REQUEST' }
			]
		});
		for (const m of [...t.milestones, ...t.periods]) {
			expect(m.region).toBe(region);
			expect(wordsIn(m.label, 'zh-CN')).not.toBe('');
			expect(wordsIn(m.label, 'en')).not.toBe('');
			expect(m.id).toMatch(new RegExp(`^${region}:`));
		}
		for (const m of t.milestones) {
			if (m.date === null) {
				expect(m.unspecified).toBe(true);
				expect(wordsIn(m.reason, 'zh-CN') && wordsIn(m.reason, 'en')).toBeTruthy();
			} else if (m.kind === 'agreementStart') {
				// the user's date: it cites the term clause, where the text has one (a new folder's may not yet)
				const term = REGIONS[region]!.profile.values['term.maxMonths']?.[0]?.citations ?? [];
				expect(m.citations).toEqual(term);
			} else if (m.kind !== 'event') {
				// any other dated milestone always rests on a clause
				expect(m.citations.length, `${m.kind} ${m.date}`).toBeGreaterThan(0);
			}
		}
		expect(new Set(t.milestones.map((m) => m.id)).size).toBe(t.milestones.length);
		// dated first, in order
		const ds = t.milestones.map((m) => m.date);
		const firstNull = ds.indexOf(null);
		const dated = (firstNull === -1 ? ds : ds.slice(0, firstNull)) as string[];
		expect(dated).toEqual([...dated].sort());
		if (firstNull !== -1) expect(ds.slice(firstNull).every((d) => d === null)).toBe(true);
	});
});

describe('term: requested months capped by term.maxMonths, with a warning citing the clause', () => {
	test.each([
		// region, requested, applied, end, warnings
		['quzhou', undefined, 36, '2028-05-31', []],
		['quzhou', 35, 35, '2028-04-30', []],
		['quzhou', 36, 36, '2028-05-31', []],
		['quzhou', 37, 36, '2028-05-31', ['termCapped']],
		['taian', 37, 36, '2028-05-31', ['termCapped', 'regulationEndUnknown']],
		['henan', 60, 36, '2028-05-31', ['termCapped', 'regulationEndUnknown']],
		['yingkou', 36, 36, '2028-05-31', []],
		['yingkou', 24, 24, '2027-05-31', ['termDiffersFromText']],
		['yingkou', 37, 36, '2028-05-31', ['termCapped']],
		['jiangsu', 18, 18, '2026-11-30', []],
		['jiangsu', 37, 36, '2028-05-31', ['termCapped', 'outlivesRegulation']]
	] as const)('%s, %s months requested → %i months ending %s', (region, requested, months, end, warnings) => {
		const t = timelineFor(region, { agreementStart: '2025-06-01', termMonths: requested });
		expect(t.termMonths).toBe(months);
		expect(t.termEnd).toBe(end);
		expect(one(t, 'agreementEnd').date).toBe(end);
		expect(codes(t)).toEqual(warnings);
	});

	test('the cap warning cites the clause and carries the qualifier (一般 / 原则上)', () => {
		const taian = timelineFor('taian', { agreementStart: '2025-06-01', termMonths: 48 });
		const w = taian.warnings.find((w) => w.code === 'termCapped')!;
		expect(w.citations).toEqual(['art-14-4']);
		expect(wordsIn(w.message, 'zh-CN')).toContain('一般');
		expect(one(taian, 'agreementEnd')).toMatchObject({ qualifier: 'generally' });
		expect(wordsIn(one(taian, 'agreementEnd').note!, 'zh-CN')).toContain('一般');
		const henan = timelineFor('henan', { agreementStart: '2025-06-01' });
		expect(one(henan, 'agreementEnd')).toMatchObject({ qualifier: 'inPrinciple', citations: ['art-14-2'] });
		expect(wordsIn(one(henan, 'agreementEnd').note!, 'en')).toContain('in principle');
	});

	test('the app says its own warnings and silences as messages, in either language, hedge included', () => {
		const taian = timelineFor('taian', { agreementStart: '2025-06-01', termMonths: 48 });
		const w = taian.warnings.find((w) => w.code === 'termCapped')!;
		expect(isSaid(w.message)).toBe(true);
		expect(wordsIn(w.message, 'zh-CN')).toBe(
			'请求的期限48个月超过文本规定的36个月，按36个月计算。文本用“一般”：可有例外。'
		);
		expect(wordsIn(w.message, 'en')).toBe(
			'The requested 48 months exceed the 36 months the text allows; 36 months are used. The text says "generally": exceptions are possible.'
		);
		// no hedge: no trailing space
		const quzhou = timelineFor('quzhou', { agreementStart: '2025-06-01', termMonths: 48 });
		const q = quzhou.warnings.find((w) => w.code === 'termCapped')!;
		expect(wordsIn(q.message, 'en')).toMatch(/are used\.$/);
		const unknown = timelineFor('jiangsu', { agreementStart: '2025-06-01' });
		const renewal = one(unknown, 'renewal');
		expect(renewal.unspecified && isSaid(renewal.reason)).toBe(true);
		expect(renewal.unspecified && wordsIn(renewal.reason, 'en')).toBe('The text does not say');
	});

	test.each([
		['2026-01-31', 1, '2026-02-28'],
		['2028-01-31', 1, '2028-02-29'],
		['2025-01-31', 36, '2028-01-30'],
		['2028-02-29', 36, '2031-02-28'],
		['2028-02-29', 12, '2029-02-28']
	])('month ends and leap years: %s for %i months ends %s', (start, months, end) => {
		expect(timelineFor('quzhou', { agreementStart: start, termMonths: months }).termEnd).toBe(end);
	});

	test.each([
		['2025-02-30', undefined],
		['2025-6-1', undefined],
		['2025-06-01', 0],
		['2025-06-01', 1.5],
		['2025-06-01', -12]
	])('bad input (%s, %s months) throws instead of drawing a plausible timeline', (start, months) => {
		expect(() => timelineFor('quzhou', { agreementStart: start, termMonths: months })).toThrow(RangeError);
	});
});

describe('renewal', () => {
	test('Quzhou: the last day to reapply is the day before the final 3 months (sec-16-p2)', () => {
		const t = timelineFor('quzhou', { agreementStart: '2025-06-01' });
		const m = one(t, 'renewalDeadline');
		expect(m).toMatchObject({ date: '2028-02-29', citations: ['sec-16-p2'] });
		// both sides of the cut-off
		expect(deadlineStatus(m.date!, '2028-02-28')).toBe('before');
		expect(deadlineStatus(m.date!, '2028-02-29')).toBe('lastDay');
		expect(deadlineStatus(m.date!, '2028-03-01')).toBe('passed');
	});

	test.each([
		// start, months, deadline
		['2025-01-31', 36, '2027-10-30'],
		['2028-02-29', 36, '2030-11-30'],
		['2025-03-01', 36, '2027-11-30'],
		['2025-06-01', 3, '2025-05-31']
	])('Quzhou from %s for %i months: deadline %s', (start, months, deadline) => {
		const t = timelineFor('quzhou', { agreementStart: start, termMonths: months });
		expect(one(t, 'renewalDeadline').date).toBe(deadline);
	});

	test("Tai'an: a window that opens 6 months before expiry (art-14-6), discretionary (可)", () => {
		const t = timelineFor('taian', { agreementStart: '2025-06-01' });
		expect(one(t, 'renewalWindowOpens')).toMatchObject({
			date: '2027-12-01',
			citations: ['art-14-6'],
			qualifier: 'discretionary'
		});
		const w = t.periods.find((p) => p.kind === 'renewalWindow')!;
		expect(w).toMatchObject({ start: '2027-12-01', end: '2028-05-31' });
		expect(dates(t, 'renewalDeadline')).toEqual([]);
	});

	test.each([
		['yingkou', ['sec-5-1-p1', 'sec-9-1-p1', 'sec-10-2-p1'], '运营成效'],
		['henan', ['art-14-9'], '协议约定'],
		['jiangsu', [], '未规定']
	])('%s: renewal is an undated marker with the reason', (region, citations, words) => {
		const m = one(timelineFor(region, { agreementStart: '2025-06-01' }), 'renewal');
		expect(m.date).toBeNull();
		expect(m.citations).toEqual(citations);
		expect(m.unspecified && wordsIn(m.reason, 'zh-CN')).toContain(words);
	});
});

describe('operation reports at each region’s cadence', () => {
	test('Quzhou, annual (sec-22-p1): each agreement year’s last day, with a note that the day is not fixed', () => {
		const t = timelineFor('quzhou', { agreementStart: '2025-06-01' });
		expect(dates(t, 'report')).toEqual(['2026-05-31', '2027-05-31', '2028-05-31']);
		const first = t.milestones.find((m) => m.kind === 'report')!;
		expect(first.citations).toEqual(['sec-22-p1']);
		expect(wordsIn(first.note!, 'en')).toMatch(/does not fix the due day/);
	});

	test("Tai'an, half-yearly (art-23): six reports over three years", () => {
		const t = timelineFor('taian', { agreementStart: '2025-06-01' });
		expect(dates(t, 'report')).toEqual([
			'2025-11-30',
			'2026-05-31',
			'2026-11-30',
			'2027-05-31',
			'2027-11-30',
			'2028-05-31'
		]);
	});

	test("Tai'an from Jan 31: half-years counted from the start, not chained", () => {
		const t = timelineFor('taian', { agreementStart: '2025-01-31', termMonths: 12 });
		expect(dates(t, 'report')).toEqual(['2025-07-30', '2026-01-30']);
	});

	test('Henan, quarterly plus an annual summary in Q1 (art-22-p3)', () => {
		const t = timelineFor('henan', { agreementStart: '2025-06-01' });
		expect(dates(t, 'report')).toEqual([
			'2025-06-30',
			'2025-09-30',
			'2025-12-31',
			'2026-03-31',
			'2026-06-30',
			'2026-09-30',
			'2026-12-31',
			'2027-03-31',
			'2027-06-30',
			'2027-09-30',
			'2027-12-31',
			'2028-03-31'
		]);
		expect(dates(t, 'annualSummary')).toEqual(['2026-03-31', '2027-03-31', '2028-03-31']);
		expect(t.milestones.find((m) => m.kind === 'annualSummary')!.label.zh).toBe('2025年度总结报告');
		expect(t.periods.filter((p) => p.kind === 'summaryWindow').map((p) => [p.start, p.end])).toEqual([
			['2026-01-01', '2026-03-31'],
			['2027-01-01', '2027-03-31'],
			['2028-01-01', '2028-03-31']
		]);
	});

	test.each([
		// a term ending on Dec 31 gets no summary for its last year; one ending Jan 1 opens that year's Q1
		['2025-01-01', 12, [] as string[]],
		['2025-01-02', 12, ['2026-03-31']]
	])('Henan summaries from %s for %i months: %j', (start, months, summaries) => {
		expect(
			dates(timelineFor('henan', { agreementStart: start, termMonths: months }), 'annualSummary')
		).toEqual(summaries);
	});

	test.each([
		['yingkou', 'sec-9-2-p1', '按时报送'],
		['jiangsu', 'art-22', '定期']
	])('%s: no cadence in the text → one undated marker, no invented dates', (region, clause, words) => {
		const t = timelineFor(region, { agreementStart: '2025-06-01' });
		const m = one(t, 'report');
		expect(m.date).toBeNull();
		expect(m.citations).toContain(clause);
		expect(m.unspecified && wordsIn(m.reason, 'zh-CN')).toContain(words);
	});
});

describe('evaluations', () => {
	test.each([
		['quzhou', ['2026-05-31', '2027-05-31', '2028-05-31'], 'sec-17-4'],
		['yingkou', ['2026-05-31', '2027-05-31', '2028-05-31'], 'sec-10-2-p1'],
		['henan', ['2026-05-31', '2027-05-31', '2028-05-31'], 'art-22-p2'],
		['taian', [null], 'art-24'],
		['jiangsu', [null], 'art-27']
	])('%s: %j', (region, expected, clause) => {
		const t = timelineFor(region, { agreementStart: '2025-06-01' });
		expect(dates(t, 'evaluation')).toEqual(expected);
		expect(t.milestones.find((m) => m.kind === 'evaluation')!.citations).toContain(clause);
	});
});

describe('exit notice: the earliest exit when notice is given on a date', () => {
	test.each([
		['2026-01-15', '2026-01-16', '2026-04-15', '2026-04-16'],
		['2026-11-30', '2026-12-01', '2027-02-28', '2027-03-01'],
		['2027-11-30', '2027-12-01', '2028-02-29', '2028-03-01']
	])(
		'Yingkou, notice on %s: notice runs %s…%s, the exit may take effect on %s (sec-5-4-1)',
		(on, start, end, exit) => {
			const t = timelineFor('yingkou', {
				agreementStart: '2025-06-01',
				events: [{ date: on, type: 'REQUEST_EXIT' }]
			});
			expect(one(t, 'earliestExit')).toMatchObject({ date: exit, citations: ['sec-5-4-1'] });
			expect(t.periods.find((p) => p.kind === 'exitNotice')).toMatchObject({ start, end });
		}
	);

	test("Yingkou's earliest exit: the notice's end (a pair) and the app's 'at least' (a message) joined", () => {
		const t = timelineFor('yingkou', {
			agreementStart: '2025-06-01',
			events: [{ date: '2026-01-15', type: 'REQUEST_EXIT' }]
		});
		const note = one(t, 'earliestExit').note!;
		expect(isSaid(note)).toBe(true);
		expect(wordsIn(note, 'zh-CN')).toBe(
			'提前期至2026-04-15（申请当日不计入），次日起可退出。提前申请不少于该期限；须经同意。'
		);
		expect(wordsIn(note, 'en')).toBe(
			'The notice runs to 2026-04-15 (the day of the request not counted); the exit may take effect the day after. At least this much notice; consent is still needed.'
		);
	});

	test.each([
		// request, consent, last day in force (the consent day, or the notice's last day if later)
		['2026-01-15', '2026-02-01', '2026-04-15'],
		['2026-01-15', '2026-04-15', '2026-04-15'],
		['2026-01-15', '2026-04-16', '2026-04-16']
	])('Yingkou, asked %s, accepted %s: in force through %s, logs counted from then', (asked, ok, last) => {
		const t = timelineFor('yingkou', {
			agreementStart: '2025-06-01',
			events: [
				{ date: asked, type: 'REQUEST_EXIT' },
				{ date: ok, type: 'ACCEPT_EXIT' }
			]
		});
		expect(wordsIn(one(t, 'agreementEnd').note!, 'en')).toContain(`Terminated on ${last}`);
	});

	test.each([
		['2028-02-28', []],
		['2028-02-29', []],
		['2028-03-01', ['exitAfterExpiry']]
	])('Yingkou, notice on %s against a term ending 2028-05-31: %j', (on, warnings) => {
		const t = timelineFor('yingkou', {
			agreementStart: '2025-06-01',
			events: [{ date: on, type: 'REQUEST_EXIT' }]
		});
		expect(codes(t)).toEqual(warnings);
	});

	test('Quzhou sets no notice period: an undated marker, not a date', () => {
		const t = timelineFor('quzhou', {
			agreementStart: '2025-06-01',
			events: [{ date: '2026-01-15', type: 'REQUEST_EXIT' }]
		});
		expect(one(t, 'earliestExit')).toMatchObject({ date: null, unspecified: true, citations: ['sec-17-2'] });
	});

	test('no exit request, no exit marker', () => {
		expect(dates(timelineFor('yingkou', { agreementStart: '2025-06-01' }), 'earliestExit')).toEqual([]);
	});
});

describe('log retention after termination', () => {
	test.each([
		['quzhou', 'sec-17-p1'],
		['taian', 'art-14-6']
	])('%s: at least 6 months after the term ends', (region, clause) => {
		const t = timelineFor(region, { agreementStart: '2025-06-01' });
		expect(one(t, 'logRetentionEnd')).toMatchObject({ date: '2028-11-30', citations: [clause] });
		expect(t.periods.find((p) => p.kind === 'logRetention')).toMatchObject({
			start: '2028-06-01',
			end: '2028-11-30'
		});
		expect(wordsIn(one(t, 'logRetentionEnd').note!, 'zh-CN')).toContain('不少于');
	});

	test('an early termination moves retention and cuts later reports and evaluations', () => {
		const t = timelineFor('quzhou', {
			agreementStart: '2025-06-01',
			events: [{ date: '2026-08-31', type: 'TERMINATE' }]
		});
		expect(one(t, 'logRetentionEnd').date).toBe('2027-02-28');
		expect(dates(t, 'report')).toEqual(['2026-05-31']);
		expect(dates(t, 'evaluation')).toEqual(['2026-05-31']);
		expect(dates(t, 'renewalDeadline')).toEqual([]);
		expect(wordsIn(one(t, 'agreementEnd').note!, 'en')).toContain('Terminated on 2026-08-31');
	});

	test.each(['yingkou', 'henan', 'jiangsu'])('%s: silent → undated marker', (region) => {
		expect(one(timelineFor(region, { agreementStart: '2025-06-01' }), 'logRetentionEnd').date).toBeNull();
	});
});

describe('data-quality feedback in working days on the official calendar (Henan art-16: 7 working days)', () => {
	const workdays: Record<string, string> = table.workdays;
	const holidays: Record<string, string> = table.holidays;
	/** Straight from the package's table, weekdays by Zeller's congruence (independent of the app's calendar). */
	const isWorkday = (d: string) => {
		if (d in workdays) return true;
		if (d in holidays) return false;
		const [y0, m0, q] = d.split('-').map(Number) as [number, number, number];
		const [y, m] = m0 < 3 ? [y0 - 1, m0 + 12] : [y0, m0];
		const h =
			(q +
				Math.floor((13 * (m + 1)) / 5) +
				y +
				Math.floor(y / 4) -
				Math.floor(y / 100) +
				Math.floor(y / 400)) %
			7;
		return h >= 2; // 0 = Saturday, 1 = Sunday
	};

	test('the calendar itself: National Day 2026 is Oct 1–7, and Oct 10 (a Saturday) is a make-up working day', () => {
		for (let d = 1; d <= 7; d++) expect(isWorkday(`2026-10-0${d}`)).toBe(false);
		expect(isWorkday('2026-10-09')).toBe(true);
		expect(isWorkday('2026-10-10')).toBe(true);
		expect(isWorkday('2026-10-11')).toBe(false);
		expect(isWorkday('2026-10-12')).toBe(true);
	});

	/** The n-th working day after `from`, straight from the package's table. */
	const nthWorkday = (from: string, n: number) => {
		let d = from;
		while (n > 0) {
			d = plusDays(d, 1);
			if (isWorkday(d)) n--;
		}
		return d;
	};

	test.each([
		// request day, due (7th working day after)
		['2026-09-29', '2026-10-14'],
		['2026-09-30', '2026-10-15'],
		['2026-10-01', '2026-10-15'],
		['2026-10-07', '2026-10-15'],
		['2026-10-08', '2026-10-16'],
		['2026-10-09', '2026-10-19']
	])('a check requested on %s is due by %s', (on, due) => {
		const t = timelineFor('henan', {
			agreementStart: '2025-06-01',
			events: [{ date: on, type: 'DATA_CHECK_REQUEST' }]
		});
		const m = one(t, 'dataCheckDue');
		expect(m).toMatchObject({ date: due, citations: ['art-16'] });
		expect(due).toBe(nthWorkday(on, 7));
		expect(deadlineStatus(due, plusDays(due, -1))).toBe('before');
		expect(deadlineStatus(due, plusDays(due, 1))).toBe('passed');
		expect(codes(t)).not.toContain('calendarNotCovered');
	});

	test('a year the holiday calendar does not cover is warned about, citing the clause', () => {
		const year = lastCoveredYear() + 1;
		const t = timelineFor('henan', {
			agreementStart: `${year - 1}-06-01`,
			events: [{ date: `${year}-03-02`, type: 'DATA_CHECK_REQUEST' }]
		});
		const w = t.warnings.find((w) => w.code === 'calendarNotCovered');
		expect(w).toMatchObject({ citations: ['art-16'] });
		expect(wordsIn(w!.message, 'en')).toContain(String(year));
	});

	test('a request that crosses into an uncovered year is warned about too', () => {
		const last = lastCoveredYear();
		const t = timelineFor('henan', {
			agreementStart: `${last}-01-02`,
			events: [{ date: `${last}-12-29`, type: 'DATA_CHECK_REQUEST' }]
		});
		expect(codes(t)).toContain('calendarNotCovered');
	});

	test('Quzhou sets no deadline: undated marker with what the text says', () => {
		const t = timelineFor('quzhou', {
			agreementStart: '2025-06-01',
			events: [{ date: '2026-09-30', type: 'DATA_CHECK_REQUEST' }]
		});
		const m = one(t, 'dataCheckDue');
		expect(m.date).toBeNull();
		expect(m.unspecified && wordsIn(m.reason, 'zh-CN')).toContain('规定期限');
	});
});

describe("the regulation's own validity (Jiangsu: 2024-12-01 … 2026-11-30, art-29)", () => {
	test.each([
		// start, months, agreement end, warnings
		['2025-06-01', 36, '2028-05-31', ['outlivesRegulation']],
		['2024-12-01', 24, '2026-11-30', []],
		['2024-12-02', 24, '2026-12-01', ['outlivesRegulation']],
		['2025-12-01', 12, '2026-11-30', []],
		['2025-11-30', 12, '2026-11-29', []],
		['2024-11-30', 24, '2026-11-29', ['startsBeforeRegulation']],
		['2026-11-30', 1, '2026-12-29', ['outlivesRegulation']],
		['2026-12-01', 1, '2026-12-31', ['regulationExpiredAtStart']]
	])('from %s for %i months (ends %s): %j', (start, months, end, warnings) => {
		const t = timelineFor('jiangsu', { agreementStart: start, termMonths: months });
		expect(t.termEnd).toBe(end);
		expect(codes(t)).toEqual(warnings);
		for (const w of t.warnings) expect(w.citations).toEqual(['art-29']);
		expect(one(t, 'regulationEnd')).toMatchObject({ date: '2026-11-30', citations: ['art-29'] });
	});

	test.each([
		['taian', 'art-31', '2024年 月 日'],
		['henan', 'art-25', '印发']
	])(
		'%s: a period of validity from a blank date is an undated marker and a warning',
		(region, clause, words) => {
			const t = timelineFor(region, { agreementStart: '2025-06-01' });
			const m = one(t, 'regulationEnd');
			expect(m).toMatchObject({ date: null, citations: [clause] });
			expect(m.unspecified && wordsIn(m.reason, 'zh-CN')).toContain(words);
			expect(t.warnings.find((w) => w.code === 'regulationEndUnknown')?.milestoneId).toBe(m.id);
		}
	);

	test.each(['quzhou', 'yingkou'])('%s: no period of validity, nothing to flag', (region) => {
		const t = timelineFor(region, { agreementStart: '2025-06-01' });
		expect(dates(t, 'regulationEnd')).toEqual([]);
		expect(codes(t)).toEqual([]);
	});
});

describe('roles', () => {
	test('journeys are accepted as they are (structural subset)', () => {
		const roles: TimelineRole[] = [...henanJourney.roles, ...jiangsuJourney.roles, ...quzhouJourney.roles];
		expect(roles.length).toBeGreaterThan(3);
	});

	test("Henan's primary developer gets the profile's dates", () => {
		const role = henanJourney.roles.find((r) => r.id === 'primaryDeveloper')!;
		const withRole = timelineFor('henan', { agreementStart: '2025-06-01', role });
		const without = timelineFor('henan', { agreementStart: '2025-06-01' });
		expect(withRole.role).toBe('primaryDeveloper');
		// 第二十二条第三款 does not limit reporting to the term: the report on the quarter in which the term ends
		// and the summary of its last year fall due after it; the profile alone does not say, so without the
		// role nothing is dated after the end
		expect(withRole.termEnd).toBe('2028-05-31');
		expect(dates(withRole, 'report')).toEqual([...dates(without, 'report'), '2028-06-30']);
		expect(dates(withRole, 'annualSummary')).toEqual([...dates(without, 'annualSummary'), '2029-03-31']);
		expect(dates(without, 'report').at(-1)).toBe('2028-03-31');
		expect(dates(without, 'annualSummary').at(-1)).toBe('2028-03-31');
	});

	test("Henan's secondary developer: no cap in the text, so no end unless one is asked for", () => {
		const role = henanJourney.roles.find((r) => r.id === 'secondaryDeveloper')!;
		const t = timelineFor('henan', { agreementStart: '2025-06-01', role });
		expect(t.termEnd).toBeNull();
		expect(one(t, 'agreementEnd').date).toBeNull();
		expect(codes(t)).toContain('termUnknown');
		const asked = timelineFor('henan', { agreementStart: '2025-06-01', role, termMonths: 60 });
		expect(asked.termEnd).toBe('2030-05-31');
		expect(codes(asked)).not.toContain('termCapped');
		// the text gives this role no report or evaluation cadence
		expect(dates(asked, 'report')).toEqual([null]);
	});

	test("Jiangsu's development entity: reports not specified, evaluations 'regularly'", () => {
		const role = jiangsuJourney.roles.find((r) => r.id === 'developmentEntity')!;
		const t = timelineFor('jiangsu', { agreementStart: '2025-06-01', role });
		expect(one(t, 'report')).toMatchObject({ date: null, citations: ['art-13-3'] });
		expect(one(t, 'evaluation')).toMatchObject({ date: null });
	});

	test('a role stating its own value with its own citations', () => {
		const role: TimelineRole = {
			id: roleId('operator'),
			agreement: { maxMonths: { value: 24, citations: [clause('x-1')] } },
			reporting: { cadence: { value: 'halfYearly', citations: [clause('x-2')] }, citations: [clause('x-3')] },
			renewal: {
				kind: 'deadline',
				months: { dimension: 'renewal.deadlineMonthsBeforeExpiry' },
				citations: [clause('x-4')]
			}
		};
		const t = timelineFor('quzhou', { agreementStart: '2025-06-01', termMonths: 36, role });
		expect(t.termEnd).toBe('2027-05-31');
		expect(t.warnings[0]).toMatchObject({ code: 'termCapped', citations: ['x-1'] });
		expect(dates(t, 'report')).toEqual(['2025-11-30', '2026-05-31', '2026-11-30', '2027-05-31']);
		expect(t.milestones.find((m) => m.kind === 'report')!.citations).toEqual(['x-2', 'x-3']);
		expect(one(t, 'renewalDeadline')).toMatchObject({ date: '2027-02-28', citations: ['sec-16-p2', 'x-4'] });
	});
});

test('events (a simulator trace) appear as milestones with their labels and citations', () => {
	const t = computeTimeline({
		region: region('quzhou'),
		...REGIONS.quzhou!,
		agreementStart: '2025-06-01',
		events: [
			{
				date: '2025-05-20',
				type: 'SUBMIT_APPLICATION',
				label: { zh: '提交申请', en: 'Submit' },
				citations: [clause('sec-13')]
			},
			{ date: '2025-07-01', type: 'SUBMIT_REPORT' }
		]
	});
	const events = t.milestones.filter((m) => m.kind === 'event');
	expect(events.map((e) => [e.date, e.event, e.label.en, e.citations])).toEqual([
		['2025-05-20', 'SUBMIT_APPLICATION', 'Submit', ['sec-13']],
		['2025-07-01', 'SUBMIT_REPORT', 'SUBMIT_REPORT', []]
	]);
});

// Timing: bench/timings.ts (timelines), printed by `npm run bench`, never asserted.

describe('reports after the end: only where the text does not limit them to the term', () => {
	const quzhou = quzhouJourney.roles[0]!;

	test('Quzhou 二十二 "在运营期限内": a 30-month term has two annual reports, none after it, citing the limit', () => {
		const t = timelineFor('quzhou', { agreementStart: '2025-06-01', termMonths: 30, role: quzhou });
		expect(t.termEnd).toBe('2027-11-30');
		expect(dates(t, 'report')).toEqual(['2026-05-31', '2027-05-31']);
		for (const m of t.milestones.filter((x) => x.kind === 'report'))
			expect(m.citations).toContain('sec-22-p1');
	});

	test('the same role without that limit: the part year’s report falls due after the end, with a note', () => {
		const role: TimelineRole = {
			...quzhou,
			reporting: { ...quzhou.reporting!, withinTerm: undefined }
		};
		const t = timelineFor('quzhou', { agreementStart: '2025-06-01', termMonths: 30, role });
		expect(dates(t, 'report')).toEqual(['2026-05-31', '2027-05-31', '2028-05-31']);
		const last = t.milestones.filter((m) => m.kind === 'report').at(-1)!;
		expect(wordsIn(last.note!, 'en')).toContain('after the agreement ended (2027-11-30)');
	});

	test.each([
		// terminated on, the last quarter's report, the last summary
		['2026-08-15', '2026-09-30', '2027-03-31'],
		['2026-09-30', '2026-09-30', '2027-03-31'],
		['2026-10-01', '2026-12-31', '2027-03-31'],
		['2027-01-01', '2027-03-31', '2028-03-31']
	])('Henan, terminated %s: last quarter’s report %s, last summary %s', (on, report, summary) => {
		const role = henanJourney.roles.find((r) => r.id === 'primaryDeveloper')!;
		const t = timelineFor('henan', {
			agreementStart: '2025-06-01',
			role,
			events: [{ date: on, type: 'TERMINATE' }]
		});
		expect(dates(t, 'report').at(-1)).toBe(report);
		expect(dates(t, 'annualSummary').at(-1)).toBe(summary);
	});
});
