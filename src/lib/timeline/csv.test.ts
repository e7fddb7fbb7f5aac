import { describe, expect, test } from 'vitest';
import { regionStatus } from '$lib/rules/status';
import { CSV_HEADER, STATUS_KIND, toCsv } from './csv';
import { REGIONS, timelineFor } from './fixtures';
import { clause } from '$lib/regions/fixture-ids';

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
		traceToEvents([{ date: '2026-01-15', event: 'REQUEST_EXIT', label, citations: [clause('sec-5-4-1')] }])
	).toEqual([{ date: '2026-01-15', type: 'REQUEST_EXIT', label, citations: ['sec-5-4-1'] }]);
});

describe('each lane starts with its document status on the date in view (Jiangsu 第二十九条: to 2026-11-30)', () => {
	const jiangsu = timelineFor('jiangsu', { agreementStart: '2025-06-01' });
	const quzhou = timelineFor('quzhou', { agreementStart: '2025-06-01' });
	const rowsOn = (on: string) => {
		const statuses = new Map(
			[jiangsu, quzhou].map((t) => [t.region, regionStatus(REGIONS[t.region]!.meta, on)] as const)
		);
		return toCsv([jiangsu, quzhou], { statuses }).slice(1).trimEnd().split('\r\n').slice(1);
	};

	test.each([
		['2026-12-05', '暂行 · 已失效（2026-11-30）', 'interim · lapsed on 2026-11-30'],
		['2026-11-30', '暂行 · 现行有效（至 2026-11-30）', 'interim · in force until 2026-11-30']
	])('on %s', (on, zh, en) => {
		const rows = rowsOn(on);
		const first = rows.findIndex((r) => r.includes(',jiangsu,'));
		expect(rows[first]!.startsWith(`document,jiangsu,,${STATUS_KIND},jiangsu:${STATUS_KIND},${on},,`)).toBe(
			true
		);
		expect(rows[first]).toContain(`,${zh},${en},art-29,`);
		if (on === '2026-11-30') expect(rows[first]).not.toContain('失效');
		// one status row per lane, each the first of its lane
		expect(rows.filter((r) => r.startsWith('document,'))).toHaveLength(2);
		expect(rows[0]!.startsWith('document,jiangsu,')).toBe(true);
		expect(rows.find((r) => r.includes(',quzhou,'))!.startsWith('document,quzhou,')).toBe(true);
		expect(rows).toHaveLength(
			2 +
				jiangsu.milestones.length +
				jiangsu.periods.length +
				quzhou.milestones.length +
				quzhou.periods.length
		);
	});

	test('without statuses, no document row', () => {
		expect(toCsv(jiangsu)).not.toContain('\r\ndocument,');
	});
});
