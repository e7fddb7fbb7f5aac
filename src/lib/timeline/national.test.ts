import { describe, expect, test } from 'vitest';
import { wordsIn } from '$lib/rules/words';
import { nationalItems } from './national';

const dates = (r: ReturnType<typeof nationalItems>, kind: string) =>
	r.items.filter((i) => i.kind === kind).map((i) => i.date);

describe('national items on a timeline (from 2025-03-01 only)', () => {
	test('a term ending before 2025-03-01 gets none', () => {
		expect(nationalItems('2024-01-01', '2024-12-31', 12, []).items).toEqual([]);
	});

	test('a term spanning 2025-03-01: the day itself, reports for 2025 on, an undated registration marker', () => {
		const r = nationalItems('2024-06-01', '2027-05-31', 36, []);
		expect(dates(r, 'nationalInForce')).toEqual(['2025-03-01']);
		expect(dates(r, 'nationalReport')).toEqual(['2026-03-31', '2027-03-31', '2028-03-31']);
		const reg = r.items.find((i) => i.kind === 'nationalRegistrationDue')!;
		expect(reg.date).toBeNull();
		expect(reg.citations).toEqual(['nationalRegistration:art-9-1', 'nationalSpec:art-16']);
	});

	test('a report on every year the term runs in: the year it ends too, due after the term, and said so', () => {
		const r = nationalItems('2025-06-01', '2027-03-31', 22, []);
		expect(dates(r, 'nationalReport')).toEqual(['2026-03-31', '2027-03-31', '2028-03-31']);
		const [, onLastDay, after] = r.items.filter((i) => i.kind === 'nationalReport');
		expect(wordsIn(onLastDay!.label, 'zh-CN')).toContain('2026年度');
		expect('note' in onLastDay! && wordsIn(onLastDay.note!, 'en')).not.toContain('after the agreement ended');
		expect(wordsIn(after!.label, 'zh-CN')).toContain('2027年度');
		expect('note' in after! && wordsIn(after.note!, 'en')).toContain(
			'after the agreement ended (2027-03-31)'
		);
		expect(after!.citations).toEqual(['nationalPricing:sec-5-p2']);
		// a term inside one year: its one report falls after it
		expect(dates(nationalItems('2025-06-01', '2025-11-30', 6, []), 'nationalReport')).toEqual(['2026-03-31']);
	});

	test('first registration dated from the first delivery; before 2025-03-01, the transitional 30 days', () => {
		const after = nationalItems('2025-06-01', '2028-05-31', 36, [
			{ date: '2025-09-26', type: 'APPROVE_PRODUCT' }
		]);
		expect(dates(after, 'nationalRegistrationDue')).toEqual(['2025-10-30']);
		const before = nationalItems('2024-06-01', '2027-05-31', 36, [
			{ date: '2024-09-26', type: 'RELEASE_PRODUCT' }
		]);
		expect(dates(before, 'nationalRegistrationDue')).toEqual(['2025-04-14']);
	});

	test('a coded registration: validity to the term end (≤ 36 months), renewal in the last 60 days', () => {
		const r = nationalItems('2025-06-02', '2028-06-01', 36, [
			{ date: '2025-07-16', type: 'deadline:nationalPublicityEnds' }
		]);
		expect(dates(r, 'nationalRegistrationExpiry')).toEqual(['2028-06-01']);
		expect(dates(r, 'nationalRenewalWindowOpens')).toEqual(['2028-04-03']);
		const long = nationalItems('2025-06-02', '2030-06-01', 60, [
			{ date: '2025-07-19', type: 'deadline:nationalPublicityEnds' }
		]);
		expect(dates(long, 'nationalRegistrationExpiry')).toEqual(['2028-07-18']);
	});
});
