import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { validityOn, validityWindow } from './validity';
import { parseIsoDate, plusMonths, todayInChina } from './dates';
import { getRegion } from '$lib/regions/registry';
import type { ValidityRule } from '$lib/regions/types';

const jiangsu = getRegion(region('jiangsu'))!.validity;

describe('Jiangsu: in force 2024-12-01 to 2026-11-30 (第二十九条)', () => {
	test.each([
		['2024-11-30', { state: 'notYetInForce', daysUntil: 1 }],
		['2024-12-01', { state: 'inForce', daysRemaining: 729 }],
		['2026-11-23', { state: 'inForce', daysRemaining: 7 }],
		['2026-11-29', { state: 'inForce', daysRemaining: 1 }],
		['2026-11-30', { state: 'inForce', daysRemaining: 0 }],
		['2026-12-01', { state: 'expired', daysSince: 1 }]
	])('on %s', (today, expected) => {
		expect(validityOn(jiangsu, today)).toMatchObject(expected);
	});
});

describe('texts that leave dates unset are undetermined, with the reason', () => {
	test("Tai'an: two years from a blank effective date", () => {
		expect(validityOn(getRegion(region('taian'))!.validity, '2026-11-23')).toEqual({
			state: 'undetermined',
			reason: 'effectiveDateUnset',
			years: 2,
			asWritten: '2024年 月 日'
		});
	});
	test('Henan: three years from an issue date the text does not give', () => {
		expect(validityOn(getRegion(region('henan'))!.validity, '2026-11-23')).toMatchObject({
			state: 'undetermined',
			reason: 'issueDateUnknown',
			years: 3
		});
	});
	test('Quzhou: "2023年*月*日" with no end', () => {
		expect(validityOn(getRegion(region('quzhou'))!.validity, '2026-11-23')).toMatchObject({
			state: 'undetermined',
			reason: 'effectiveDateUnset',
			asWritten: '2023年*月*日'
		});
	});
	test('Yingkou: no dates at all', () => {
		expect(validityOn(getRegion(region('yingkou'))!.validity, '2026-11-23')).toMatchObject({
			state: 'undetermined',
			reason: 'noDates'
		});
	});
});

describe('rules with known dates', () => {
	const twoYears: ValidityRule = {
		kind: 'yearsFromEffective',
		years: 2,
		effective: '2024-03-01',
		asWritten: '2024年3月1日',
		citations: []
	};
	test('N years from a date ends the day before the anniversary', () => {
		expect(validityWindow(twoYears)).toEqual({ from: '2024-03-01', until: '2026-02-28' });
		expect(validityOn(twoYears, '2026-02-28')).toMatchObject({ state: 'inForce', daysRemaining: 0 });
		expect(validityOn(twoYears, '2026-03-01')).toMatchObject({ state: 'expired', daysSince: 1 });
	});
	test('Jiangsu’s own convention: two years from 2024-12-01 end on 2026-11-30', () => {
		const j: ValidityRule = { kind: 'yearsFromIssue', years: 2, issued: '2024-12-01', citations: [] };
		expect(validityWindow(j)).toEqual({ from: '2024-12-01', until: '2026-11-30' });
	});
	test('a March 1 start before a leap year ends on the leap day (the same count as an agreement term)', () => {
		const r: ValidityRule = {
			kind: 'yearsFromEffective',
			years: 1,
			effective: '2027-03-01',
			asWritten: '2027年3月1日',
			citations: []
		};
		expect(validityWindow(r)).toEqual({ from: '2027-03-01', until: '2028-02-29' });
	});

	test('a leap-day start ends on the last day of February', () => {
		const leap: ValidityRule = { kind: 'yearsFromIssue', years: 3, issued: '2024-02-29', citations: [] };
		expect(validityWindow(leap)).toEqual({ from: '2024-02-29', until: '2027-02-28' });
	});
	test('open-ended from a set date has no end', () => {
		const open: ValidityRule = { kind: 'openEnded', effective: '2023-06-01', asWritten: null, citations: [] };
		expect(validityOn(open, '2030-01-01')).toMatchObject({
			state: 'inForce',
			until: null,
			daysRemaining: null
		});
	});
});

describe('dates', () => {
	test.each(['2026-02-30', '2026-13-01', '20261123', '', 'yesterday', '2025-02-29'])('rejects %j', (s) => {
		expect(parseIsoDate(s)).toBeNull();
	});
	test('month arithmetic clamps month ends', () => {
		expect(plusMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(plusMonths('2024-01-31', 1)).toBe('2024-02-29');
	});
	test('today is taken in China time', () => {
		expect(todayInChina(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
		expect(todayInChina(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
	});
});
