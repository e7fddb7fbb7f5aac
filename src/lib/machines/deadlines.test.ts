// Both sides of every cut-off: the last day in time and the first day after, with month-end starts
// (Jan 31) and leap years. Deadlines fire as delayed transitions on the simulated clock.

import { wordsIn } from '$lib/rules/words';
import { describe, expect, test } from 'vitest';
import { plusDays } from '$lib/rules/dates';
import { addWorkingDays } from './calendar';
import { licensedJourney } from './testing';
import { region as regionNamed, role } from '$lib/regions/fixture-ids';

const dayBefore = (d: string) => plusDays(d, -1);

describe('term expiry (the signing day is the first day; the term ends the day before the same day N months later, or month-end)', () => {
	test.each([
		// region, start, months, last day in force
		['quzhou', '2025-01-01', 36, '2027-12-31'],
		['quzhou', '2025-01-31', 1, '2025-02-28'],
		['taian', '2024-01-31', 1, '2024-02-29'],
		['yingkou', '2024-02-29', 12, '2025-02-28'],
		['jiangsu', '2025-01-31', 13, '2026-02-28'],
		['henan', '2023-02-28', 12, '2024-02-27']
	])(
		'%s signed %s for %i months: in force on %s, ended the day after',
		async (region, start, months, last) => {
			const sim = await licensedJourney(regionNamed(region), undefined, start, months);
			expect(sim.context.term?.end).toBe(last);
			sim.advanceTo(dayBefore(last));
			expect(sim.status).toBe('licensed');
			sim.advanceTo(last);
			expect(sim.status).toBe('licensed');
			sim.advanceTo(plusDays(last, 1));
			expect(sim.matches('licensed')).toBe(false);
			expect(sim.context.ground).toBe('expiry');
			expect(sim.context.terminatedOn).toBe(plusDays(last, 1));
		}
	);
});

describe('Quzhou: reapply at least 3 months before expiry (十六), else the authorization lapses', () => {
	test.each([
		// start, months, last day to reapply (the day before the last three months of the term begin)
		['2025-01-01', 36, '2027-09-30'], // term ends 2027-12-31; its last three months begin 2027-10-01
		['2025-01-31', 36, '2027-10-30'], // term ends 2028-01-30; its last three months begin 2027-10-31
		['2025-05-31', 36, '2028-02-28'] // term ends 2028-05-30; its last three months begin on a leap day, 2028-02-29
	])(
		'signed %s for %i months: REAPPLY accepted on %s, refused the day after',
		async (start, months, deadline) => {
			const onTime = await licensedJourney(regionNamed('quzhou'), undefined, start, months);
			expect(onTime.context.dates.renewalDeadline).toBe(deadline);
			onTime.advanceTo(deadline);
			expect(onTime.send({ type: 'REAPPLY' }).accepted).toBe(true);

			const late = await licensedJourney(regionNamed('quzhou'), undefined, start, months);
			late.advanceTo(plusDays(deadline, 1));
			const r = late.send({ type: 'REAPPLY' });
			expect(r.accepted).toBe(false);
			if (!r.accepted) {
				expect(r.refusal.citations).toContain('sec-16-p2');
				expect(wordsIn(r.refusal.reason, 'en')).toContain(deadline);
			}
			expect(late.matches('licensed.renewal.lapsed')).toBe(true);
		}
	);

	test('a renewal granted in time starts a new term the day after expiry', async () => {
		const sim = await licensedJourney(regionNamed('quzhou'), undefined, '2025-01-01', 36);
		sim.advanceTo('2027-06-01');
		expect(sim.send({ type: 'REAPPLY' }).accepted).toBe(true);
		expect(sim.send({ type: 'RENEWAL_GRANTED', months: 24 }).accepted).toBe(true);
		sim.advanceTo('2027-12-31');
		expect(sim.context.renewals).toBe(0);
		sim.advanceTo('2028-01-01');
		expect(sim.status).toBe('licensed');
		expect(sim.context.renewals).toBe(1);
		expect(sim.context.term).toEqual({ start: '2028-01-01', end: '2029-12-31', months: 24 });
	});
});

describe("Tai'an: may reapply within the 6 months before expiry (第十四条（六）)", () => {
	test.each([
		['2025-01-01', 36, '2027-07-01'],
		['2024-08-31', 24, '2026-02-28'],
		['2023-08-31', 12, '2024-02-29']
	])('signed %s for %i months: window opens on %s', async (start, months, opens) => {
		const sim = await licensedJourney(regionNamed('taian'), undefined, start, months);
		expect(sim.context.dates.renewalWindowOpens).toBe(opens);
		sim.advanceTo(dayBefore(opens));
		const early = sim.send({ type: 'REAPPLY' });
		expect(early.accepted).toBe(false);
		if (!early.accepted) expect(early.refusal.citations).toEqual(['art-14-6']);
		sim.advanceTo(opens);
		expect(sim.send({ type: 'REAPPLY' }).accepted).toBe(true);
	});
});

describe('Yingkou: voluntary exit needs 3 months’ written notice and consent (五（四）1)', () => {
	test.each([
		// request, last day of the notice period, exit effective
		['2025-03-15', '2025-06-15', '2025-06-16'],
		['2025-11-30', '2026-02-28', '2026-03-01'],
		['2023-11-30', '2024-02-29', '2024-03-01']
	])(
		'written request on %s, accepted at once: operating until %s, exited on %s',
		async (asked, last, effective) => {
			const sim = await licensedJourney(regionNamed('yingkou'), undefined, '2023-06-01');
			sim.advanceTo(asked);
			expect(sim.send({ type: 'REQUEST_EXIT' }).accepted).toBe(false); // not in writing
			expect(sim.send({ type: 'REQUEST_EXIT', written: true }).accepted).toBe(true);
			expect(sim.send({ type: 'ACCEPT_EXIT' }).accepted).toBe(true);
			sim.advanceTo(last);
			expect(sim.status).toBe('licensed');
			sim.advanceTo(effective);
			expect(sim.context.ground).toBe('voluntary');
			expect(sim.context.terminatedOn).toBe(effective);
			expect(sim.context.endedOn).toBe(last);
		}
	);
});

describe('log retention after expiry: counted from the day after the term’s last day (民法典第二百零一条)', () => {
	test.each([
		// region, signed, term's last day, first day logs may be deleted
		['taian', '2025-02-13', '2028-02-12', '2028-08-13'],
		['quzhou', '2025-01-01', '2027-12-31', '2028-07-01'],
		['quzhou', '2024-09-01', '2027-08-31', '2028-03-01']
	])(
		'%s signed %s: last day %s, logs deletable from %s, not the day before',
		async (region, start, last, deletable) => {
			const sim = await licensedJourney(regionNamed(region), undefined, start, 36);
			expect(sim.context.term?.end).toBe(last);
			sim.advanceTo(plusDays(last, 1));
			expect(sim.context.ground).toBe('expiry');
			expect(sim.context.endedOn).toBe(last);
			expect(sim.context.dates.logsDeletableFrom).toBe(deletable);
			sim.advanceTo(dayBefore(deletable));
			expect(sim.send({ type: 'DELETE_LOGS' }).accepted).toBe(false);
			sim.advanceTo(deletable);
			expect(sim.send({ type: 'DELETE_LOGS' }).accepted).toBe(true);
		}
	);
});

describe('log retention: at least 6 months after termination (Quzhou 十七, Tai’an 第十四条（六）)', () => {
	test.each([
		// region, signed, terminated, first day logs may be deleted (6 months end on the corresponding day)
		['quzhou', '2025-02-28', '2025-08-31', '2026-03-01'],
		['taian', '2023-08-31', '2023-08-31', '2024-03-01']
	])(
		'%s signed %s, terminated %s: logs deletable from %s, not the day before',
		async (region, start, terminated, deletable) => {
			const sim = await licensedJourney(regionNamed(region), undefined, start);
			sim.advanceTo(terminated);
			const ground = region === 'quzhou' ? 'breach' : 'failedRectification';
			if (region === 'taian') sim.send({ type: 'EVALUATE', result: 'fail' });
			expect(sim.send({ type: 'TERMINATE', ground }).accepted).toBe(true);
			expect(sim.context.dates.logsDeletableFrom).toBe(deletable);
			sim.advanceTo(dayBefore(deletable));
			const early = sim.send({ type: 'DELETE_LOGS' });
			expect(early.accepted).toBe(false);
			if (!early.accepted) expect(wordsIn(early.refusal.reason, 'en')).toContain(deletable);
			sim.advanceTo(deletable);
			expect(sim.send({ type: 'DELETE_LOGS' }).accepted).toBe(true);
		}
	);
});

describe('report due dates at each cadence', () => {
	test.each([
		// region, start, last day of the first period
		['quzhou', '2025-01-31', '2026-01-30'], // annual, by agreement year
		['taian', '2024-08-31', '2025-02-28'], // half-yearly
		['henan', '2025-02-10', '2025-03-31'] // quarterly, by calendar quarter
	])('%s signed %s: report still on time on %s, overdue the day after', async (region, start, periodEnd) => {
		const sim = await licensedJourney(regionNamed(region), undefined, start);
		expect(sim.context.dates.reportPeriodEnd).toBe(periodEnd);
		sim.advanceTo(periodEnd);
		expect(sim.matches('licensed.reporting.due')).toBe(true);
		sim.advanceTo(plusDays(periodEnd, 1));
		expect(sim.matches('licensed.reporting.overdue')).toBe(true);
		expect(sim.context.counters.reportsMissed).toBe(1);
	});

	test('Henan: the annual summary is due in the first quarter', async () => {
		const sim = await licensedJourney(regionNamed('henan'), undefined, '2025-05-20');
		sim.advanceTo('2025-12-31');
		expect(sim.matches('licensed.summary.waiting')).toBe(true);
		sim.advanceTo('2026-01-01');
		expect(sim.matches('licensed.summary.due')).toBe(true);
		sim.advanceTo('2026-03-31');
		expect(sim.matches('licensed.summary.due')).toBe(true);
		sim.advanceTo('2026-04-01');
		expect(sim.matches('licensed.summary.overdue')).toBe(true);
	});

	test('Jiangsu: "regularly" sets no due date', async () => {
		const sim = await licensedJourney(regionNamed('jiangsu'), role('operatingEntity'), '2025-01-01');
		expect(sim.matches('licensed.reporting.unscheduled')).toBe(true);
		expect(sim.deadlines().map((d) => d.id)).not.toContain('reportDue');
	});
});

describe('Quzhou annual evaluation falls due when each agreement year ends', () => {
	test('refused on the last day of the year, possible the next day', async () => {
		const sim = await licensedJourney(regionNamed('quzhou'), undefined, '2024-02-29');
		sim.advanceTo('2025-02-28');
		expect(sim.send({ type: 'EVALUATE', result: 'pass' }).accepted).toBe(false);
		sim.advanceTo('2025-03-01');
		expect(sim.send({ type: 'EVALUATE', result: 'fail' }).accepted).toBe(true);
		expect(sim.send({ type: 'TERMINATE', ground: 'failedEvaluation' }).accepted).toBe(true);
	});
});

describe('Henan: data-check results within 7 working days (第十六条), official calendar', () => {
	test('over National Day 2025 the 7th working day is 13 October', () => {
		// 28 Sep (Sun) and 11 Oct (Sat) are make-up working days; 1–8 Oct are holidays
		expect(addWorkingDays('2025-09-26', 7)).toEqual({ date: '2025-10-13', uncoveredYears: [] });
	});

	test('answered on the 7th working day is in time; the day after, overdue', async () => {
		const sim = await licensedJourney(regionNamed('henan'), undefined, '2025-06-01');
		sim.advanceTo('2025-09-26');
		expect(sim.send({ type: 'DATA_CHECK_REQUEST' }).accepted).toBe(true);
		expect(sim.context.dates.dataCheckDue).toBe('2025-10-13');
		sim.advanceTo('2025-10-13');
		expect(sim.matches('licensed.dataCheck.awaiting')).toBe(true);
		sim.advanceTo('2025-10-14');
		expect(sim.matches('licensed.dataCheck.overdue')).toBe(true);
	});

	test('beyond the holiday calendar, weekends only — and a warning says so', async () => {
		const sim = await licensedJourney(regionNamed('henan'), undefined, '2026-06-01');
		sim.advanceTo('2026-12-29');
		sim.send({ type: 'DATA_CHECK_REQUEST' });
		expect(sim.context.dates.dataCheckDue).toBe('2027-01-07');
		expect(sim.context.warnings.map((w) => w.en).join()).toContain('does not cover 2027');
	});
});

describe("Tai'an: registration publicity of 5 days (第九条（三）)", () => {
	test('publicity from the day after review (Civil Code 201): on day 5 still running, certificate the next day', async () => {
		const sim = await licensedJourney(regionNamed('taian'), undefined, '2025-01-01');
		sim.send({ type: 'COMPLETE_TRAINING' });
		sim.send({ type: 'REQUEST_DATA' });
		sim.send({ type: 'APPROVE_DATA_REQUEST' });
		sim.send({ type: 'PROCESS_DATA' });
		sim.advanceTo('2025-02-26');
		expect(sim.send({ type: 'APPLY_REGISTRATION' }).accepted).toBe(true);
		expect(sim.send({ type: 'PASS_REGISTRATION_REVIEW' }).accepted).toBe(true);
		sim.advanceTo('2025-03-03');
		expect(sim.matches('licensed.registration.publicity')).toBe(true);
		sim.advanceTo('2025-03-04');
		expect(sim.matches('licensed.registration.registered')).toBe(true);
		expect(sim.milestones.map((m) => m.milestone)).toContain('certificate:registration');
	});
});

describe('rectification periods', () => {
	test('Yingkou: not rectified within the period set → agreement terminated the day after', async () => {
		const sim = await licensedJourney(regionNamed('yingkou'), undefined, '2024-01-31');
		sim.advanceTo('2024-02-01');
		expect(sim.send({ type: 'ORDER_RECTIFICATION' }).accepted).toBe(false); // period missing
		expect(sim.send({ type: 'ORDER_RECTIFICATION', days: 28 }).accepted).toBe(true);
		sim.advanceTo('2024-02-29');
		expect(sim.matches('licensed.standing.rectifying')).toBe(true);
		sim.advanceTo('2024-03-01');
		expect(sim.context.ground).toBe('failedRectification');
	});

	test('Henan: not rectified on time → suspended the day after; no restoration in the text', async () => {
		const sim = await licensedJourney(regionNamed('henan'), undefined, '2024-01-01');
		sim.advanceTo('2025-01-02'); // the first agreement year ended on 2024-12-31
		expect(sim.send({ type: 'EVALUATE', result: 'fail' }).accepted).toBe(false); // period missing
		expect(sim.send({ type: 'EVALUATE', result: 'fail', days: 30 }).accepted).toBe(true);
		sim.advanceTo('2025-02-01');
		expect(sim.status).toBe('licensed');
		sim.advanceTo('2025-02-02');
		expect(sim.status).toBe('suspended');
		const r = sim.send({ type: 'RECTIFIED' });
		expect(r.accepted).toBe(false);
	});
});

describe('reporting after the end where the text does not limit it to the term (Henan 第二十二条第三款)', () => {
	const count = (
		sim: { milestones: readonly { milestone?: string; date: string }[] },
		id: string,
		on: string
	) => sim.milestones.filter((m) => m.milestone === id && m.date === on).length;

	test.each([
		// signed, last day, the report on the quarter in which it ended is due by
		['2025-05-20', '2028-05-19', '2028-06-30'],
		['2025-02-10', '2028-02-09', '2028-03-31'],
		['2025-08-31', '2028-08-30', '2028-09-30']
	])(
		'signed %s (last day %s): the last quarter’s report is on time on %s, overdue the day after',
		async (start, last, due) => {
			const onTime = await licensedJourney(regionNamed('henan'), undefined, start, 36);
			expect(onTime.context.term?.end).toBe(last);
			onTime.advanceTo(due);
			expect(onTime.status).toBe('terminated');
			expect(onTime.matches('terminated.finalReport.owed')).toBe(true);
			expect(onTime.send({ type: 'SUBMIT_REPORT' }).accepted).toBe(true);
			expect(onTime.matches('terminated.finalReport.filed')).toBe(true);
			onTime.advanceTo(plusDays(due, 1));
			expect(count(onTime, 'reportOverdue', plusDays(due, 1))).toBe(0);

			const late = await licensedJourney(regionNamed('henan'), undefined, start, 36);
			late.advanceTo(plusDays(due, 1));
			expect(late.matches('terminated.finalReport.overdue')).toBe(true);
			expect(count(late, 'reportOverdue', plusDays(due, 1))).toBe(1);
			expect(late.send({ type: 'SUBMIT_REPORT' }).accepted).toBe(true);
			expect(late.milestones.at(-1)?.milestone).toBe('reportFiledLate');
		}
	);

	test('a term ending on a quarter’s last day: that quarter’s report, not filed, is overdue once, the day after', async () => {
		const sim = await licensedJourney(regionNamed('henan'), undefined, '2025-01-01', 36);
		sim.advanceTo('2028-01-01');
		expect(sim.status).toBe('terminated');
		expect(count(sim, 'reportOverdue', '2028-01-01')).toBe(1);
	});

	test('a report filed before the end is not owed again', async () => {
		const sim = await licensedJourney(regionNamed('henan'), undefined, '2025-05-20', 36);
		sim.advanceTo('2028-05-19');
		// the first filing is a missed quarter's, late; the second is this quarter's
		expect(sim.send({ type: 'SUBMIT_REPORT' }).accepted).toBe(true);
		expect(sim.send({ type: 'SUBMIT_REPORT' }).accepted).toBe(true);
		expect(sim.matches('licensed.reporting.filed')).toBe(true);
		sim.advanceTo('2028-05-20');
		expect(sim.matches('terminated.finalReport.filed')).toBe(true);
		expect(sim.send({ type: 'SUBMIT_REPORT' }).accepted).toBe(false);
	});

	test('the summary of the last year: opens on 1 January, on time on 31 March, overdue on 1 April', async () => {
		const onTime = await licensedJourney(regionNamed('henan'), undefined, '2025-05-20', 36);
		onTime.advanceTo('2028-12-31');
		expect(onTime.send({ type: 'SUBMIT_ANNUAL_SUMMARY' }).accepted).toBe(false);
		onTime.advanceTo('2029-03-31');
		expect(onTime.matches('terminated.finalSummary.due')).toBe(true);
		expect(onTime.send({ type: 'SUBMIT_ANNUAL_SUMMARY' }).accepted).toBe(true);

		const late = await licensedJourney(regionNamed('henan'), undefined, '2025-05-20', 36);
		late.advanceTo('2029-04-01');
		expect(late.matches('terminated.finalSummary.overdue')).toBe(true);
		expect(count(late, 'summaryOverdue', '2029-04-01')).toBe(1);
	});

	test('ended in a first quarter: last year’s summary, still unfiled, stays due to 31 March', async () => {
		const sim = await licensedJourney(regionNamed('henan'), undefined, '2025-02-10', 36);
		sim.advanceTo('2028-02-10');
		expect(sim.status).toBe('terminated');
		expect(sim.matches('terminated.finalSummary.due')).toBe(true);
		sim.advanceTo('2028-03-31');
		expect(sim.send({ type: 'SUBMIT_ANNUAL_SUMMARY' }).accepted).toBe(true);
		expect(sim.matches('terminated.finalSummary.waiting')).toBe(true);
		// and the 2028 summary (the year it ended) in the first quarter of 2029
		expect(sim.deadlines().find((d) => d.id === 'summaryOpens')?.date).toBe('2029-01-01');
	});

	test.each(['quzhou', 'taian'])(
		'%s limits reports to the term (在运营期限内): none is owed after it',
		async (region) => {
			const sim = await licensedJourney(regionNamed(region), undefined, '2025-05-20', 30);
			sim.advanceTo(plusDays(sim.context.term!.end, 1));
			expect(sim.status).toBe('terminated');
			expect(sim.matches('terminated.finalReport')).toBe(false);
			expect(sim.send({ type: 'SUBMIT_REPORT' }).accepted).toBe(false);
		}
	);
});
