import { describe, expect, test } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { timelineFor } from '$lib/timeline/fixtures';
import {
	axisTicks,
	clampZoom,
	dateOf,
	dayCenter,
	daySpan,
	formatTick,
	IDENTITY,
	isoOf,
	lanesOf,
	layoutTimeline,
	textWidth,
	legendLayout,
	panBy,
	rescaleX,
	stackRows,
	tickInterval,
	timeDomain,
	zoomAround,
	type ZoomState
} from './timeline-layout';

const plot: [number, number] = [100, 900];

describe('zoom maths (d3-zoom-like {k, x}, x axis only)', () => {
	test.each<[ZoomState, ZoomState]>([
		[
			{ k: 1, x: 0 },
			{ k: 1, x: 0 }
		],
		[
			{ k: 1, x: 50 },
			{ k: 1, x: 0 }
		], // no panning past the start at k = 1
		[
			{ k: 0.5, x: 0 },
			{ k: 1, x: 0 }
		], // never zoom out past the whole
		[
			{ k: 100, x: -9900 },
			{ k: 64, x: -9900 }
		],
		[
			{ k: 100, x: 0 },
			{ k: 64, x: -6300 }
		],
		[
			{ k: 2, x: 100 },
			{ k: 2, x: -100 }
		], // left edge: x ≤ x0(1 − k)
		[
			{ k: 2, x: -2000 },
			{ k: 2, x: -900 }
		], // right edge: x ≥ x1(1 − k)
		[
			{ k: 2, x: -500 },
			{ k: 2, x: -500 }
		]
	])('clampZoom(%j) = %j', (t, expected) => {
		expect(clampZoom(t, plot)).toEqual(expected);
	});

	test.each([
		// transform, factor, anchor, expected
		[IDENTITY, 2, 100, { k: 2, x: -100 }],
		[IDENTITY, 2, 500, { k: 2, x: -500 }],
		[IDENTITY, 2, 900, { k: 2, x: -900 }],
		[{ k: 2, x: -500 }, 0.5, 500, { k: 1, x: 0 }],
		[IDENTITY, 0.5, 500, { k: 1, x: 0 }],
		[{ k: 32, x: -16000 }, 4, 500, { k: 64, x: -32500 }]
	])('zoomAround(%j, ×%d at %d) = %j', (t, f, anchor, expected) => {
		expect(zoomAround(t, f, anchor, plot)).toEqual(expected);
	});

	test('zooming keeps the point under the anchor in place (until an edge stops it)', () => {
		for (const anchor of [200, 450, 777]) {
			const t = zoomAround({ k: 3, x: -700 }, 1.5, anchor, plot);
			const before = (anchor - -700) / 3;
			const after = (anchor - t.x) / t.k;
			expect(after).toBeCloseTo(before, 9);
		}
	});

	test.each([
		[IDENTITY, 100, IDENTITY],
		[{ k: 2, x: -500 }, 120, { k: 2, x: -380 }],
		[{ k: 2, x: -500 }, 1000, { k: 2, x: -100 }],
		[{ k: 2, x: -500 }, -1000, { k: 2, x: -900 }]
	])('panBy(%j, %d) = %j', (t, dx, expected) => {
		expect(panBy(t, dx, plot)).toEqual(expected);
	});

	test('rescaleX: identity keeps the domain; ×2 on the left edge shows the first half', () => {
		const base = scaleUtc([dateOf('2026-01-01'), dateOf('2027-01-01')], plot);
		expect(rescaleX(base, IDENTITY).domain().map(isoOf)).toEqual(['2026-01-01', '2027-01-01']);
		const half = rescaleX(base, { k: 2, x: -100 }).domain();
		expect(isoOf(half[0]!)).toBe('2026-01-01');
		expect(half[1]!.toISOString()).toBe('2026-07-02T12:00:00.000Z');
	});
});

describe('scales', () => {
	test('timeDomain covers every dated item, padded to whole months', () => {
		const t = timelineFor('quzhou', { agreementStart: '2025-06-01' });
		const [a, b] = timeDomain([t]);
		// 2025-06-01 … 2029-03-31 (the national report on 2028, the year the term ends, due after it), padded by 2%
		// and widened to months
		expect(isoOf(a)).toBe('2025-05-01');
		expect(isoOf(b)).toBe('2029-05-01');
	});

	test('timeDomain with nothing dated falls back to a year', () => {
		expect(timeDomain([]).map(isoOf)).toEqual(['2025-01-01', '2026-01-01']);
	});

	test('a milestone sits mid-day; a period covers whole days', () => {
		const s = scaleUtc([dateOf('2026-01-01'), dateOf('2026-01-11')], [0, 1000]);
		expect(dayCenter(s, '2026-01-01')).toBe(50);
		expect(daySpan(s, '2026-01-02', '2026-01-03')).toEqual([100, 300]);
	});

	test.each([
		// domain, width, unit
		['2026-01-01', '2026-01-15', 1000, 'day'],
		['2026-01-01', '2026-04-01', 1000, 'week'],
		['2026-01-01', '2027-01-01', 1000, 'month'],
		['2025-01-01', '2028-01-01', 800, 'quarter'],
		['2025-01-01', '2029-01-01', 560, 'half'],
		['2020-01-01', '2030-01-01', 800, 'year'],
		['1900-01-01', '2100-01-01', 600, 'years']
	])('ticks for %s…%s over %ipx are by %s', (a, b, width, unit) => {
		expect(tickInterval(scaleUtc([dateOf(a), dateOf(b)], [0, width])).unit).toBe(unit);
	});

	test.each([
		['2026-03-01', 'month', 'zh', '2026年3月'],
		['2026-03-01', 'month', 'en', 'Mar 2026'],
		['2026-03-09', 'week', 'zh', '3月9日'],
		['2026-03-09', 'day', 'en', 'Mar 9'],
		['2027-01-01', 'year', 'zh', '2027年'],
		['2027-01-01', 'year', 'en', '2027']
	] as const)('formatTick(%s, %s, %s) = %s', (d, unit, locale, label) => {
		expect(formatTick(dateOf(d), unit, locale)).toBe(label);
	});

	test('axis ticks come from d3-time intervals and lie in the range', () => {
		const s = scaleUtc([dateOf('2025-01-01'), dateOf('2028-01-01')], [0, 800]);
		const ticks = axisTicks(s, 'zh');
		expect(ticks.find((t) => t.date === '2026-01-01')).toMatchObject({ label: '2026年1月' });
		expect(ticks.map((t) => t.date.slice(5))).toEqual(expect.arrayContaining(['01-01', '07-01']));
		expect(ticks.every((t) => t.x >= 0 && t.x <= 800)).toBe(true);
		for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(64);
	});

	const boxes = (ticks: { x: number; label: string; anchor: string }[]) =>
		ticks.map((t) => {
			const w = textWidth(t.label, 12);
			return t.anchor === 'start'
				? [t.x, t.x + w]
				: t.anchor === 'end'
					? [t.x - w, t.x]
					: [t.x - w / 2, t.x + w / 2];
		});

	test.each([
		[390, 'zh'],
		[390, 'en'],
		[700, 'zh'],
		[1366, 'zh'],
		[1366, 'en'],
		[358, 'en'],
		[358, 'zh']
	] as const)(
		'at %ipx (%s) labels never overlap, and there is a labelled tick every year',
		(width, locale) => {
			// the chart's box is the screen less the page's padding; the domain as the default lanes draw it
			const box = width - 32;
			const plotW = box - Math.min(170, Math.floor(box / 4)) - 16;
			const s = scaleUtc([dateOf('2023-07-01'), dateOf('2031-06-30')], [0, plotW]);
			const ticks = axisTicks(s, locale);
			const b = boxes(ticks);
			for (let i = 1; i < b.length; i++) expect(b[i]![0]!).toBeGreaterThanOrEqual(b[i - 1]![1]!);
			const years = new Set(ticks.map((t) => t.date.slice(0, 4)));
			// every year inside the domain has its label (an edge label that would touch its neighbour may go)
			for (let y = 2025; y <= 2030; y++) expect(years.has(String(y))).toBe(true);
		}
	);

	test('lane labels take at most a quarter of a phone’s width', () => {
		const l = layoutTimeline([timelineFor('quzhou', { agreementStart: '2025-06-01' })], { width: 390 });
		expect(l.plot.x0).toBeLessThanOrEqual(390 / 4);
		expect(layoutTimeline([], { width: 1366 }).plot.x0).toBe(170);
	});
});

describe('lanes and marks', () => {
	test.each([
		[[0, 5, 30, 35, 40], 14, 3, [0, 1, 0, 1, 2]],
		[[0, 14, 28], 14, 2, [0, 0, 0]],
		[[10, 10, 10, 10], 14, 2, [0, 1, 0, 1]],
		[[50, 0], 14, 1, [0, 0]]
	])('stackRows(%j, gap %d, %d rows) = %j', (xs, gap, rows, expected) => {
		expect(stackRows(xs, gap, rows)).toEqual(expected);
	});

	test('one lane per region, and a trace lane where there are events', () => {
		const a = timelineFor('quzhou', { agreementStart: '2025-06-01' });
		const b = timelineFor('henan', {
			agreementStart: '2025-06-01',
			events: [{ date: '2025-07-01', type: 'SUBMIT_REPORT' }]
		});
		expect(lanesOf([a, b]).map((l) => [l.key, l.kind])).toEqual([
			['quzhou', 'region'],
			['henan', 'region'],
			['henan:trace', 'trace']
		]);
		expect(lanesOf([a, b], false)).toHaveLength(2);
	});

	test("the trace lane's label and the undated legend are said in the chart's language", () => {
		const t = timelineFor('jiangsu', {
			agreementStart: '2025-06-01',
			events: [{ date: '2025-07-01', type: 'SUBMIT_REPORT' }]
		});
		const zh = layoutTimeline([t], { width: 1000 });
		const en = layoutTimeline([t], { width: 1000, locale: 'en' });
		expect(zh.lanes.map((l) => l.label)).toEqual(['江苏', '江苏 · 模拟轨迹']);
		expect(en.lanes.map((l) => l.label)).toEqual(['Jiangsu', 'Jiangsu · simulation']);
		expect(zh.legend.find((i) => i.key === 'undated')!.text).toBe('未定日期（文本未规定或含糊）');
		expect(en.legend.find((i) => i.key === 'undated')!.text).toBe('No date (the text is silent or vague)');
	});

	test('layout: dated marks in their lane, undated ones in the label column, bars under them', () => {
		const t = timelineFor('jiangsu', {
			agreementStart: '2025-06-01',
			events: [{ date: '2025-07-01', type: 'SUBMIT_REPORT' }]
		});
		const layout = layoutTimeline([t], { width: 1000, today: '2026-06-01' });
		expect(layout.lanes.map((l) => l.key)).toEqual(['jiangsu', 'jiangsu:trace']);
		const lane = layout.lanes[0]!;
		const dated = t.milestones.filter((m) => m.date && m.kind !== 'event');
		expect(layout.marks.filter((m) => m.lane === 'jiangsu')).toHaveLength(dated.length);
		expect(layout.marks.filter((m) => m.lane === 'jiangsu:trace').map((m) => m.milestone.kind)).toEqual([
			'event'
		]);
		for (const m of layout.marks) {
			const l = layout.lanes.find((x) => x.key === m.lane)!;
			expect(m.y).toBeGreaterThanOrEqual(l.y);
			expect(m.y).toBeLessThanOrEqual(l.y + l.height);
			expect(m.x).toBeGreaterThanOrEqual(layout.plot.x0);
		}
		expect(lane.undated.map((u) => u.milestone.kind)).toEqual([
			'renewal',
			'report',
			'evaluation',
			'logRetentionEnd',
			// 登记办法 第九条（一）: 20 working days from a first delivery this timeline has no date for
			'nationalRegistrationDue'
		]);
		expect(lane.undated.every((u) => u.x < layout.plot.x0)).toBe(true);
		expect(layout.bars.map((b) => b.period.kind).sort()).toEqual(['regulationInForce', 'term']);
		expect(layout.today?.date).toBe('2026-06-01');
		expect(layout.legend.map((i) => i.key)).toEqual(
			expect.arrayContaining(['m:agreementStart', 'm:regulationEnd', 'm:event', 'p:term', 'undated'])
		);
	});

	test('zooming in hides marks outside the plot and clips bars to it; today out of view is dropped', () => {
		const t = timelineFor('henan', { agreementStart: '2025-06-01' });
		const whole = layoutTimeline([t], { width: 1000 });
		const x0 = whole.plot.x0;
		const zoomed = layoutTimeline([t], {
			width: 1000,
			transform: { k: 8, x: x0 * (1 - 8) },
			today: '2028-01-01'
		});
		expect(zoomed.marks.length).toBeLessThan(whole.marks.length);
		expect(zoomed.marks.every((m) => m.x >= zoomed.plot.x0 && m.x <= zoomed.plot.x1)).toBe(true);
		for (const b of zoomed.bars) {
			expect(b.x0).toBeGreaterThanOrEqual(zoomed.plot.x0);
			expect(b.x1).toBeLessThanOrEqual(zoomed.plot.x1);
		}
		expect(zoomed.today).toBeNull();
	});

	test('legend entries wrap at the width', () => {
		const entries = ['协议起始', '协议期满', '运营报告', '评估'].map((text, i) => ({
			key: String(i),
			type: 'milestone' as const,
			kind: 'report' as const,
			text
		}));
		const { items, height } = legendLayout(entries, 10, 100, 200);
		expect(items.map((i) => [i.x, i.y])).toEqual([
			[10, 100],
			[94, 100],
			[10, 118],
			[94, 118]
		]);
		expect(height).toBe(36);
	});
});
