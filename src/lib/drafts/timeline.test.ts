// A draft on the timelines: a clone given its region's dates has its region's timeline, a changed value moves
// them, and a fresh clone (its dates blank) is not lapsed.

import { beforeAll, describe, expect, test } from 'vitest';
import { journeyRegionIds, loadJourney } from '$lib/machines/registry';
import type { Journey } from '$lib/machines/types';
import { loadProfile, loadRegionDetails, loadSource } from '$lib/regions/registry';
import { clause, clauses, region } from '$lib/regions/fixture-ids';
import type { DatedValue, RegionDetails, RegionId, RegionProfile } from '$lib/regions/types';
import { lastDayBeforeFinalMonths, monthsBeforeExpiry } from '$lib/rules/periods';
import { computeTimeline, deadlineStatus, type Timeline, type TimelineInput } from '$lib/timeline';
import { draftJourney, draftMeta, draftProfile } from './bundle';
import { cloneRegion } from './create';
import type { Draft } from './types';

const DRAFT_ID = region('draft-tl');
const START = '2025-06-01';

interface Loaded {
	meta: RegionDetails;
	profile: RegionProfile;
	journey: Journey;
	draft: Draft;
}
const loaded = new Map<string, Loaded>();

/** A clone given back its base's dates of entry into force and expiry (a clone starts with them blank). */
function withBaseDates(draft: Draft, profile: RegionProfile): Draft {
	const d = structuredClone(draft);
	for (const dim of ['regulation.validFrom', 'regulation.validUntil'] as const)
		d.values[dim] = structuredClone(profile.values[dim]!);
	return d;
}

beforeAll(async () => {
	// the regions with a journey: a draft's timeline runs on its procedure region's
	for (const id of journeyRegionIds) {
		const meta = await loadRegionDetails(id);
		const profile = await loadProfile(id);
		loaded.set(id, {
			meta,
			profile,
			journey: await loadJourney(id),
			draft: withBaseDates(cloneRegion(meta, profile, await loadSource(id)), profile)
		});
	}
});

function timelines(region: RegionId, draft: Draft, rest: Omit<TimelineInput, 'region' | 'profile' | 'meta'>) {
	const { meta, profile } = loaded.get(region)!;
	const own = computeTimeline({ region, profile, meta, ...rest });
	const mine = computeTimeline({
		region: DRAFT_ID,
		profile: draftProfile(draft, DRAFT_ID),
		meta: draftMeta(draft, DRAFT_ID, { meta, profile }),
		...rest
	});
	return { own, mine };
}

/** A timeline without its region: ids lose their "<region>:" prefix. */
function bare(t: Timeline) {
	const strip = <T extends { region: string; id?: string; milestoneId?: string }>(x: T) => {
		const { region: _r, ...rest } = x;
		const out: Record<string, unknown> = { ...rest };
		for (const k of ['id', 'milestoneId'] as const)
			if (typeof x[k] === 'string') out[k] = x[k].slice(x.region.length + 1);
		return out;
	};
	return {
		role: t.role,
		agreementStart: t.agreementStart,
		termMonths: t.termMonths,
		termEnd: t.termEnd,
		milestones: t.milestones.map(strip),
		periods: t.periods.map(strip),
		warnings: t.warnings.map(strip)
	};
}

const one = (t: Timeline, kind: string) => {
	const ms = t.milestones.filter((m) => m.kind === kind);
	expect(ms).toHaveLength(1);
	return ms[0]!;
};

describe.each(journeyRegionIds)('a clone of %s', (region) => {
	test('has the region’s milestones, periods and warnings, with and without each role', () => {
		const { draft, journey } = loaded.get(region)!;
		const roles = draftJourney(journey, DRAFT_ID).roles;
		for (const role of [undefined, ...roles]) {
			const rest = {
				agreementStart: START,
				...(role ? { role } : {}),
				events: [
					{ date: '2026-03-10', type: 'REQUEST_EXIT' },
					{ date: '2026-09-30', type: 'DATA_CHECK_REQUEST' }
				]
			};
			const { own, mine } = timelines(region, draft, rest);
			expect(mine.region).toBe(DRAFT_ID);
			expect(own.milestones.length).toBeGreaterThan(0);
			expect(bare(mine), role?.id ?? 'no role').toEqual(bare(own));
		}
	});

	test('a requested term and a term over the cap come out the same', () => {
		const { draft } = loaded.get(region)!;
		for (const termMonths of [12, 48]) {
			const { own, mine } = timelines(region, draft, { agreementStart: '2028-02-29', termMonths });
			expect(bare(mine)).toEqual(bare(own));
		}
	});
});

const months = (n: number, citations: string[]): DatedValue[] => [
	{
		from: null,
		value: { kind: 'number', value: n, bound: 'atLeast' },
		summary: { zh: `届满${n}个月前`, en: `${n} months before expiry` },
		citations: clauses(...citations)
	}
];

describe('a changed renewal value moves its milestone', () => {
	test('Quzhou: deadline 3 → 6 months before expiry, on both sides of the new last day', () => {
		const { draft } = loaded.get('quzhou')!;
		const changed = structuredClone(draft);
		changed.values['renewal.deadlineMonthsBeforeExpiry'] = months(6, ['sec-16-p2']);
		const { own, mine } = timelines(region('quzhou'), changed, { agreementStart: START });
		expect(one(own, 'renewalDeadline').date).toBe('2028-02-29');
		const m = one(mine, 'renewalDeadline');
		expect(mine.termEnd).toBe('2028-05-31');
		expect(m).toMatchObject({ date: lastDayBeforeFinalMonths('2028-05-31', 6), citations: ['sec-16-p2'] });
		expect(m.date).toBe('2027-11-30');
		expect(deadlineStatus(m.date!, '2027-11-30')).toBe('lastDay');
		expect(deadlineStatus(m.date!, '2027-12-01')).toBe('passed');
		// Nothing else moves.
		const others = (t: Timeline) => bare(t).milestones.filter((x) => x.kind !== 'renewalDeadline');
		expect(others(mine)).toEqual(others(own));
	});

	test('Tai’an: the window opening 6 → 3 months before expiry', () => {
		const { draft } = loaded.get('taian')!;
		const changed = structuredClone(draft);
		changed.values['renewal.windowOpensMonthsBeforeExpiry'] = months(3, ['art-14-6']);
		const { own, mine } = timelines(region('taian'), changed, { agreementStart: START });
		expect(one(own, 'renewalWindowOpens').date).toBe('2027-12-01');
		expect(one(mine, 'renewalWindowOpens').date).toBe(monthsBeforeExpiry('2028-05-31', 3));
		expect(one(mine, 'renewalWindowOpens').date).toBe('2028-03-01');
		expect(mine.periods.find((p) => p.kind === 'renewalWindow')).toMatchObject({
			start: '2028-03-01',
			end: '2028-05-31'
		});
	});

	test('Quzhou: a shorter term moves the expiry and the renewal deadline with it', () => {
		const { draft } = loaded.get('quzhou')!;
		const changed = structuredClone(draft);
		changed.values['term.maxMonths'] = [
			{
				...structuredClone(draft.values['term.maxMonths']![0]!),
				value: { kind: 'number', value: 24, bound: 'atMost' }
			}
		];
		const { mine } = timelines(region('quzhou'), changed, { agreementStart: START });
		expect(mine.termEnd).toBe('2027-05-31');
		expect(one(mine, 'renewalDeadline').date).toBe('2027-02-28');
	});

	test('a fresh clone of Jiangsu is not lapsed: its own end is unknown until the drafter sets its dates', async () => {
		const { meta, profile } = loaded.get('jiangsu')!;
		const fresh = cloneRegion(meta, profile, await loadSource(region('jiangsu')));
		const { own, mine } = timelines(region('jiangsu'), fresh, { agreementStart: '2026-12-05' });
		expect(own.warnings.map((w) => w.code)).toContain('regulationExpiredAtStart');
		expect(one(mine, 'regulationEnd')).toMatchObject({ date: null, citations: ['art-29'] });
		expect(mine.warnings.map((w) => w.code)).toEqual(['regulationEndUnknown']);
	});

	test('Jiangsu: a changed validity end leaves the region’s rule and moves the regulation’s end', () => {
		const { draft } = loaded.get('jiangsu')!;
		const changed = structuredClone(draft);
		changed.values['regulation.validUntil'] = [
			{
				from: null,
				value: { kind: 'date', value: '2028-11-30' },
				summary: { zh: '有效期至2028年11月30日', en: 'Until 2028-11-30' },
				citations: [clause('art-29')]
			}
		];
		const { own, mine } = timelines(region('jiangsu'), changed, { agreementStart: START });
		expect(one(own, 'regulationEnd').date).toBe('2026-11-30');
		expect(one(mine, 'regulationEnd').date).toBe('2028-11-30');
		expect(own.warnings.map((w) => w.code)).toContain('outlivesRegulation');
		expect(mine.warnings.map((w) => w.code)).not.toContain('outlivesRegulation');
	});
});
