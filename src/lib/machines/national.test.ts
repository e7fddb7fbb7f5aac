// The national duties on every regional journey (blocks/national.ts): from 2025-03-01 only, both sides of
// every national cut-off, on the official working-day calendar, cited to the national clause.

import { describe, expect, test } from 'vitest';
import { nationalDuties, nationalOverlaps, NATIONAL_IN_FORCE } from '$lib/regions/national-duties';
import { loadCorpus } from '$lib/corpus/load';
import { plusDays } from '$lib/rules/dates';
import { isNational, isNationalCitation } from './blocks/national';
import { reportDueDay } from './national-report';
import { addWorkingDays, lastCoveredYear } from './calendar';
import { journeyRegionIds } from './registry';
import type { JourneySimulation } from './simulator';
import { licensedJourney } from './testing';
import { region, role } from '$lib/regions/fixture-ids';

/** Deliver a first product the way the role's text allows (training, data, processing, release/review). */
function deliver(sim: JourneySimulation): void {
	for (const type of [
		'COMPLETE_TRAINING',
		'REQUEST_DATA',
		'APPROVE_DATA_REQUEST',
		'PROCESS_DATA',
		'SUBMIT_PRODUCT',
		'APPROVE_PRODUCT',
		'RELEASE_PRODUCT'
	])
		if (sim.can({ type })) sim.send({ type });
	expect(sim.context.counters.released, 'a product was delivered').toBeGreaterThan(0);
}

/** The role of each region that delivers products (Jiangsu's operating entity delivers none). */
const productRole = (r: string) => (r === 'jiangsu' ? role('developmentEntity') : undefined);

const nationalTrace = (sim: JourneySimulation) => sim.trace.filter((t) => isNational(t));

describe('in force from 2025-03-01 only', () => {
	test.each(journeyRegionIds)(
		'%s: a journey that ends before 2025-03-01 gets no national duty',
		async (r) => {
			const sim = await licensedJourney(r, productRole(r), '2024-01-01', 12);
			deliver(sim);
			sim.advanceTo('2024-12-31');
			expect(
				new Set(
					sim
						.deadlines()
						.filter(isNational)
						.map((d) => d.id)
				)
			).toEqual(new Set(['nationalInForce']));
			expect(sim.deadlines().find((d) => d.id === 'nationalInForce')?.date).toBe(NATIONAL_IN_FORCE);
			sim.advanceTo('2025-01-02');
			expect(sim.matches('licensed')).toBe(false);
			expect(nationalTrace(sim)).toEqual([]);
			expect(sim.deadlines().filter(isNational)).toEqual([]);
		}
	);

	test.each(journeyRegionIds)('%s: a journey spanning 2025-03-01 gets them from that day', async (r) => {
		const sim = await licensedJourney(r, productRole(r), '2024-06-01', 24);
		sim.advanceTo('2025-02-28');
		expect(sim.matches('licensed.nationalRegistration.notInForce')).toBe(true);
		expect(sim.matches('licensed.nationalReport.notInForce')).toBe(true);
		sim.advanceTo(NATIONAL_IN_FORCE);
		expect(sim.matches('licensed.nationalRegistration.notYet')).toBe(true);
		expect(sim.matches('licensed.nationalReport.yearRunning')).toBe(true);
		const entry = nationalTrace(sim).find((t) => t.event === 'deadline:nationalInForce');
		expect(entry?.date).toBe(NATIONAL_IN_FORCE);
		expect(entry?.citations).toContain('nationalRegistration:art-24');
		// the first report covers 2025, due by 2026-03-31 (fires 2026-04-01)
		expect(sim.deadlines().find((d) => d.id === 'nationalReportOpens')?.date).toBe('2026-01-01');
	});

	test.each(journeyRegionIds)('%s: a journey licensed after 2025-03-01 gets them at once', async (r) => {
		const sim = await licensedJourney(r, productRole(r), '2025-06-02');
		expect(sim.matches('licensed.nationalRegistration.notYet')).toBe(true);
		expect(sim.deadlines().some((d) => d.id === 'nationalInForce')).toBe(false);
	});
});

describe('first registration within 20 working days of the first delivered product (登记办法 第九条（一）)', () => {
	// 2025-09-26 (Fri): the 20th working day after skips the National Day holiday (10-01…10-08) and counts
	// the make-up working day 2025-09-28 (Sun) and 2025-10-11 (Sat).
	const delivered = '2025-09-26';
	const last = addWorkingDays(delivered, 20).date;

	test('the last day comes from the official calendar', () => {
		expect(last).toBe('2025-10-30');
	});

	test.each(journeyRegionIds)(
		'%s: applying on the last day is on time; the day after is overdue',
		async (r) => {
			const onTime = await licensedJourney(r, productRole(r), '2025-06-02');
			onTime.advanceTo(delivered);
			deliver(onTime);
			const due = onTime.deadlines().find((d) => d.id === 'nationalRegistrationDue');
			expect(due?.date).toBe(plusDays(last, 1));
			expect(due?.citations).toEqual(['nationalRegistration:art-9-1', 'nationalSpec:art-16']);
			onTime.advanceTo(last);
			expect(onTime.send({ type: 'NATIONAL_APPLY_REGISTRATION' }).accepted).toBe(true);
			expect(onTime.milestones.at(-1)?.milestone).toBe('nationalRegistrationApplied');

			const late = await licensedJourney(r, productRole(r), '2025-06-02');
			late.advanceTo(delivered);
			deliver(late);
			late.advanceTo(plusDays(last, 1));
			expect(late.matches('licensed.nationalRegistration.overdue')).toBe(true);
			expect(late.milestones.some((m) => m.milestone === 'nationalRegistrationOverdue')).toBe(true);
			expect(late.send({ type: 'NATIONAL_APPLY_REGISTRATION' }).accepted).toBe(true);
			expect(late.milestones.at(-1)?.milestone).toBe('nationalRegistrationAppliedLate');
		}
	);

	test('operating before entry into force: 30 working days from 2025-03-01 (last day 2025-04-14)', async () => {
		expect(addWorkingDays('2025-02-28', 30).date).toBe('2025-04-14');
		const sim = await licensedJourney(region('quzhou'), undefined, '2024-09-02');
		deliver(sim);
		sim.advanceTo(NATIONAL_IN_FORCE);
		expect(sim.matches('licensed.nationalRegistration.transitional')).toBe(true);
		expect(sim.deadlines().find((d) => d.id === 'nationalRegistrationDue')?.date).toBe('2025-04-15');
		sim.advanceTo('2025-04-15');
		expect(sim.matches('licensed.nationalRegistration.overdue')).toBe(true);
	});
});

describe("the registering body's periods, the result code, validity and renewal", () => {
	test('acceptance 3, formal review 20, publicity 10 working days; code the day after; three-year validity', async () => {
		// Henan's secondary developer: no cap in the text, so a 60-month agreement
		const sim = await licensedJourney(region('henan'), role('secondaryDeveloper'), '2025-06-02', 60);
		deliver(sim);
		sim.advanceTo('2025-07-01');
		sim.send({ type: 'NATIONAL_APPLY_REGISTRATION' });
		expect(sim.context.dates.nationalAcceptanceDue).toBe('2025-07-04');
		sim.advanceTo('2025-07-05');
		expect(sim.matches('licensed.nationalRegistration.acceptanceLate')).toBe(true);
		sim.send({ type: 'NATIONAL_ACCEPT_REGISTRATION' });
		expect(sim.milestones.at(-1)?.milestone).toBe('nationalRegistrationAcceptedLate');
		expect(sim.context.dates.nationalReviewDue).toBe(addWorkingDays('2025-07-05', 20).date);
		sim.send({ type: 'NATIONAL_COMPLETE_FORMAL_REVIEW' });
		const ends = addWorkingDays('2025-07-05', 10).date;
		expect(sim.context.dates.nationalPublicityEnds).toBe(ends);
		sim.advanceTo(ends);
		expect(sim.matches('licensed.nationalRegistration.publicity')).toBe(true);
		sim.advanceTo(plusDays(ends, 1));
		expect(sim.matches('licensed.nationalRegistration.valid')).toBe(true);
		const coded = plusDays(ends, 1);
		expect(sim.context.dates.nationalRegistrationCoded).toBe(coded);
		// a 60-month agreement: three years from the coding day
		expect(coded).toBe('2025-07-19');
		expect(sim.context.dates.nationalValidUntil).toBe('2028-07-18');
	});

	test('supplementing restarts acceptance from the resubmission (第十条)', async () => {
		const sim = await licensedJourney(region('taian'), undefined, '2025-06-02');
		deliver(sim);
		sim.send({ type: 'NATIONAL_APPLY_REGISTRATION' });
		sim.send({ type: 'NATIONAL_REQUEST_REGISTRATION_SUPPLEMENT' });
		sim.advanceTo('2025-06-16');
		sim.send({ type: 'NATIONAL_RESUBMIT_REGISTRATION' });
		expect(sim.context.dates.nationalAcceptanceDue).toBe('2025-06-19');
	});

	test('an agreement of 36 months or less: validity ends with the term; renewal in the last 60 days; lapse', async () => {
		const sim = await licensedJourney(region('quzhou'), undefined, '2025-06-02', 36);
		deliver(sim);
		sim.send({ type: 'NATIONAL_APPLY_REGISTRATION' });
		sim.send({ type: 'NATIONAL_ACCEPT_REGISTRATION' });
		sim.send({ type: 'NATIONAL_COMPLETE_FORMAL_REVIEW' });
		sim.advanceTo('2025-07-01');
		expect(sim.context.dates.nationalValidUntil).toBe('2028-06-01');
		const opens = plusDays('2028-06-01', -59);
		expect(opens).toBe('2028-04-03');
		sim.advanceTo(plusDays(opens, -1));
		expect(sim.matches('licensed.nationalRegistration.valid')).toBe(true);
		expect(sim.can({ type: 'NATIONAL_RENEW_REGISTRATION' })).toBe(false);
		sim.advanceTo(opens);
		expect(sim.matches('licensed.nationalRegistration.renewable')).toBe(true);
		expect(sim.send({ type: 'NATIONAL_RENEW_REGISTRATION' }).accepted).toBe(true);
		expect(sim.context.dates.nationalValidUntil).toBe('2031-06-01');
	});

	test('not renewed: cancelled the day after validity ends (第十五条第三款)', async () => {
		const sim = await licensedJourney(region('henan'), role('secondaryDeveloper'), '2025-06-02', 60);
		deliver(sim);
		sim.send({ type: 'NATIONAL_APPLY_REGISTRATION' });
		sim.send({ type: 'NATIONAL_ACCEPT_REGISTRATION' });
		sim.send({ type: 'NATIONAL_COMPLETE_FORMAL_REVIEW' });
		sim.advanceTo('2025-07-01');
		const until = sim.context.dates.nationalValidUntil!;
		sim.advanceTo(until);
		expect(sim.matches('licensed.nationalRegistration.renewable')).toBe(true);
		sim.advanceTo(plusDays(until, 1));
		expect(sim.matches('licensed.nationalRegistration.lapsed')).toBe(true);
		expect(sim.milestones.at(-1)?.citations).toEqual(['nationalRegistration:art-15-p3']);
	});
});

describe('the yearly operating report by the end of March (价格通知 五)', () => {
	test('reportDueDay', () => expect(reportDueDay('2025-12-31')).toBe('2026-03-31'));

	test.each(journeyRegionIds)('%s: filed on 31 March is on time; overdue on 1 April', async (r) => {
		const onTime = await licensedJourney(r, undefined, '2025-06-02');
		onTime.advanceTo('2025-12-31');
		expect(onTime.can({ type: 'NATIONAL_FILE_OPERATING_REPORT' })).toBe(false);
		onTime.advanceTo('2026-03-31');
		expect(onTime.send({ type: 'NATIONAL_FILE_OPERATING_REPORT' }).accepted).toBe(true);
		expect(onTime.context.dates.nationalReportYearEnd).toBe('2026-12-31');

		const late = await licensedJourney(r, undefined, '2025-06-02');
		late.advanceTo('2026-04-01');
		expect(late.matches('licensed.nationalReport.late')).toBe(true);
		const m = late.milestones.find((x) => x.milestone === 'nationalReportOverdue');
		expect(m?.date).toBe('2026-04-01');
		expect(m?.citations).toEqual(['nationalPricing:sec-5-p2']);
	});
});

test('working days beyond the calendar: weekends only, and a warning says so', async () => {
	const y = lastCoveredYear();
	const sim = await licensedJourney(region('quzhou'), undefined, `${y}-12-01`);
	sim.advanceTo(`${y}-12-24`);
	deliver(sim);
	expect(sim.context.dates.nationalRegistrationDue).toBe(addWorkingDays(`${y}-12-24`, 20).date);
	expect(sim.context.warnings.at(-1)?.en).toContain(`does not cover ${y + 1}`);
});

test("a role the text gives no products (Jiangsu's operating entity) carries the yearly report only", async () => {
	const sim = await licensedJourney(region('jiangsu'), role('operatingEntity'), '2025-06-02');
	expect(sim.matches('licensed.nationalReport.yearRunning')).toBe(true);
	expect(sim.built.index.has('licensed.nationalRegistration')).toBe(false);
});

test('every duty cites national clauses only', () => {
	for (const d of nationalDuties) for (const c of d.citations) expect(isNationalCitation(c), c).toBe(true);
});

describe('the duties data (regions/national-duties.ts)', () => {
	const clauseText = async (ref: string) => {
		const [doc, id] = ref.split(':') as [string, string];
		const c = (await loadCorpus(region(doc))).clauses.find((x) => x.id === id);
		expect(c, ref).toBeDefined();
		return c!.text;
	};

	test.each(nationalDuties.map((d) => [d.id, d] as const))(
		'%s quotes its first clause verbatim',
		async (_, d) => {
			for (const c of d.citations) await clauseText(c);
			expect(await clauseText(d.citations[0]!)).toContain(d.quote);
		}
	);

	test.each(nationalOverlaps.map((o) => [`${o.region} ${o.duty}`, o] as const))(
		'%s: both sides cite clauses that exist',
		async (_, o) => {
			const local = new Set<string>((await loadCorpus(o.region)).clauses.map((c) => c.id));
			for (const c of o.regionalCitations) expect(local.has(c), `${o.region}:${c}`).toBe(true);
			for (const c of o.nationalCitations) await clauseText(c);
			expect(nationalDuties.some((d) => d.id === o.duty)).toBe(true);
		}
	);
});
