import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { getRegion } from '$lib/regions/registry';
import type { ValidityRule } from '$lib/regions/types';
import { plusDays } from './dates';
import { possibleValidities, UNBOUNDED_DAYS } from './possible-validities';
import { validityOn, validityWindow } from './validity';

describe('possibleValidities: every status a rule can have, for the place kept before today is known', () => {
	const days = (s: ReturnType<typeof validityOn>): number | null =>
		s.state === 'inForce'
			? s.daysRemaining
			: s.state === 'expired'
				? s.daysSince
				: s.state === 'notYetInForce'
					? s.daysUntil
					: null;
	const kind = (s: ReturnType<typeof validityOn>) =>
		s.state === 'inForce'
			? s.daysRemaining === null
				? 'open'
				: s.daysRemaining === 0
					? 'last'
					: 'days'
			: s.state;
	const rules: [string, ValidityRule][] = [
		['Jiangsu (two years from issue)', getRegion(region('jiangsu'))!.validity],
		[
			'open-ended from a date',
			{ kind: 'openEnded', effective: '2023-06-01', asWritten: null, citations: [] }
		],
		['fixed, one day', { kind: 'fixed', from: '2027-01-01', until: '2027-01-01', citations: [] }]
	];
	test.each(rules)(
		'%s: on every day around its window, the status shown is one of them, its count no wider',
		(_, rule) => {
			const w = validityWindow(rule)!;
			const possible = possibleValidities(rule);
			for (let on = plusDays(w.from, -400); on <= plusDays(w.until ?? w.from, 400); on = plusDays(on, 1)) {
				const s = validityOn(rule, on);
				const place = possible.find((p) => kind(p) === kind(s));
				expect(place, `${on}: ${kind(s)}`).toBeDefined();
				expect(String(days(s) ?? '').length).toBeLessThanOrEqual(String(days(place!) ?? '').length);
			}
		}
	);
	test('Jiangsu: not yet, the whole window left, the last day, lapsed', () => {
		expect(possibleValidities(getRegion(region('jiangsu'))!.validity)).toEqual([
			{ state: 'notYetInForce', from: '2024-12-01', until: '2026-11-30', daysUntil: UNBOUNDED_DAYS },
			{ state: 'inForce', from: '2024-12-01', until: '2026-11-30', daysRemaining: 729 },
			{ state: 'inForce', from: '2024-12-01', until: '2026-11-30', daysRemaining: 0 },
			{ state: 'expired', from: '2024-12-01', until: '2026-11-30', daysSince: UNBOUNDED_DAYS }
		]);
	});
	test('a rule with no dates has its one undetermined status', () => {
		const taian = getRegion(region('taian'))!.validity;
		expect(possibleValidities(taian)).toEqual([validityOn(taian, '2026-12-06')]);
	});
});
