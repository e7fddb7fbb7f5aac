import { expect, test } from 'vitest';
import { CSV_HEADER, toCsv } from './csv';
import { timelineFor } from './fixtures';

test('CSV: BOM, header, one row per milestone and period, undated markers say why', () => {
	const t = timelineFor('jiangsu', { agreementStart: '2025-06-01' });
	const csv = toCsv(t);
	expect(csv.startsWith('\uFEFF' + CSV_HEADER.join(',') + '\r\n')).toBe(true);
	const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
	expect(rows).toHaveLength(t.milestones.length + t.periods.length);
	expect(rows).toContain(
		'milestone,jiangsu,,regulationEnd,jiangsu:regulationEnd:1,2026-11-30,,办法有效期届满（最后一日）,Regulation expires (last day),art-29,,,,,'
	);
	const report = rows.find((r) => r.includes(',report,'))!;
	expect(report).toContain(',,'); // no date
	expect(report).toContain('true');
	expect(report).toContain('"The text says ""regularly"" but sets no cadence or due day"');
	expect(rows.some((r) => r.startsWith('period,jiangsu,,term,') && r.includes('2025-06-01,2028-05-31'))).toBe(
		true
	);
});

test('CSV of several regions', () => {
	const a = timelineFor('quzhou', { agreementStart: '2025-06-01' });
	const b = timelineFor('henan', { agreementStart: '2025-06-01' });
	const rows = toCsv([a, b]).trimEnd().split('\r\n').length - 1;
	expect(rows).toBe(a.milestones.length + a.periods.length + b.milestones.length + b.periods.length);
});

test('a simulator trace maps to events one to one', async () => {
	const { traceToEvents } = await import('./events');
	const label = { zh: '申请退出', en: 'Ask to exit' };
	expect(
		traceToEvents([{ date: '2026-01-15', event: 'REQUEST_EXIT', label, citations: ['sec-5-4-1'] }])
	).toEqual([{ date: '2026-01-15', type: 'REQUEST_EXIT', label, citations: ['sec-5-4-1'] }]);
});
