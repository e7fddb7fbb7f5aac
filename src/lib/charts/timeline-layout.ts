// Layout of the lifecycle timeline chart, in plain functions: D3 computes the scales, ticks and zoom maths;
// Timeline.svg.svelte only writes the markup. Dates are civil dates at UTC midnight; a milestone sits at
// the middle of its day, a period covers its days from the first midnight to the midnight after the last.
// Words: a region's name and the milestone and period labels are the law's {zh, en} pairs; the trace lane's label
// and the undated legend are the app's own (Paraglide messages tl_say_trace_lane, tl_say_undated_legend), said here
// in the chart's language because the layout measures their width.

import { scaleBand, scaleUtc, type ScaleBand, type ScaleTime as D3ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';

/** A UTC time scale onto pixels (calendar dates are UTC midnights). */
export type ScaleTime = D3ScaleTime<number, number>;
import type { IsoDate, Localized } from '$lib/regions/types';
import type { Milestone, MilestoneKind, Period, PeriodKind, Timeline } from '$lib/timeline/types';
import { MILESTONE_STYLE, PERIOD_STYLE } from './marks';
import { m } from '$lib/paraglide/messages';
import { said, wordsIn, type Words } from '$lib/rules/words';

export type Locale = 'zh' | 'en';

const DAY_MS = 86_400_000;

export function dateOf(d: IsoDate): Date {
	return new Date(`${d}T00:00:00Z`);
}

export function isoOf(d: Date): IsoDate {
	return d.toISOString().slice(0, 10);
}

// ——— Zoom: a d3-zoom-like transform on the x axis only ———

/** x' = x·k + x-offset, as d3-zoom's ZoomTransform applies to screen x. */
export interface ZoomState {
	k: number;
	x: number;
}

export const IDENTITY: ZoomState = { k: 1, x: 0 };
export const K_EXTENT: [number, number] = [1, 64];

/** Keep the zoom within its scale extent and the zoomed range covering the plot (no empty margins). */
export function clampZoom(
	t: ZoomState,
	plot: [number, number],
	kExtent: [number, number] = K_EXTENT
): ZoomState {
	const k = Math.min(kExtent[1], Math.max(kExtent[0], t.k));
	const [x0, x1] = plot;
	// the plot's ends map back inside it: (x0 - x)/k ≥ x0 and (x1 - x)/k ≤ x1
	const x = Math.min(x0 * (1 - k), Math.max(x1 * (1 - k), t.x));
	return { k, x: x === 0 ? 0 : x };
}

/** Zoom by a factor keeping the point under `anchor` (screen x) where it is. */
export function zoomAround(
	t: ZoomState,
	factor: number,
	anchor: number,
	plot: [number, number],
	kExtent: [number, number] = K_EXTENT
): ZoomState {
	const k = Math.min(kExtent[1], Math.max(kExtent[0], t.k * factor));
	const world = (anchor - t.x) / t.k;
	return clampZoom({ k, x: anchor - world * k }, plot, kExtent);
}

/** Pan by dx screen pixels (positive moves the content right, showing earlier dates). */
export function panBy(
	t: ZoomState,
	dx: number,
	plot: [number, number],
	kExtent: [number, number] = K_EXTENT
): ZoomState {
	return clampZoom({ k: t.k, x: t.x + dx }, plot, kExtent);
}

/** The x scale under a zoom: what ZoomTransform.rescaleX does, for the x axis alone. */
export function rescaleX(base: ScaleTime, t: ZoomState): ScaleTime {
	return base.copy().domain(base.range().map((r) => base.invert((r - t.x) / t.k)));
}

// ——— Domain and scales ———

/** All dates on the timelines, padded and widened to whole months. Today is not included (it may be far). */
export function timeDomain(timelines: readonly Timeline[], fallback: IsoDate = '2025-01-01'): [Date, Date] {
	let lo: IsoDate | null = null;
	let hi: IsoDate | null = null;
	const see = (d: IsoDate) => {
		if (lo === null || d < lo) lo = d;
		if (hi === null || d > hi) hi = d;
	};
	for (const t of timelines) {
		for (const m of t.milestones) if (m.date) see(m.date);
		for (const p of t.periods) {
			see(p.start);
			see(p.end);
		}
	}
	if (lo === null || hi === null)
		return [utcMonth.floor(dateOf(fallback)), utcMonth.offset(utcMonth.floor(dateOf(fallback)), 12)];
	const a = dateOf(lo);
	const b = new Date(dateOf(hi).getTime() + DAY_MS);
	const pad = Math.max(15 * DAY_MS, (b.getTime() - a.getTime()) * 0.02);
	return [utcMonth.floor(new Date(a.getTime() - pad)), utcMonth.ceil(new Date(b.getTime() + pad))];
}

export function xScale(domain: [Date, Date], plot: [number, number]): ScaleTime {
	return scaleUtc(domain, plot);
}

/** Screen x of a milestone (middle of its day). */
export function dayCenter(scale: ScaleTime, d: IsoDate): number {
	return scale(new Date(dateOf(d).getTime() + DAY_MS / 2));
}

/** Screen span of a period: from its first day's start to its last day's end. */
export function daySpan(scale: ScaleTime, start: IsoDate, end: IsoDate): [number, number] {
	return [scale(dateOf(start)), scale(new Date(dateOf(end).getTime() + DAY_MS))];
}

// ——— Lanes ———

export interface Lane {
	key: string;
	kind: 'region' | 'trace';
	region: string;
	label: Words;
	timeline: Timeline;
}

/** One lane per region, and a lane for each region's simulator trace (its "event" milestones). */
export function lanesOf(timelines: readonly Timeline[], traceLane = true): Lane[] {
	const lanes: Lane[] = [];
	for (const t of timelines) {
		lanes.push({ key: t.region, kind: 'region', region: t.region, label: t.regionName, timeline: t });
		if (traceLane && t.milestones.some((m) => m.kind === 'event'))
			lanes.push({
				key: `${t.region}:trace`,
				kind: 'trace',
				region: t.region,
				label: said(m.tl_say_trace_lane, { region: t.regionName }),
				timeline: t
			});
	}
	return lanes;
}

export function laneScale(keys: string[], range: [number, number]): ScaleBand<string> {
	return scaleBand(keys, range).paddingInner(0.12).paddingOuter(0.04);
}

/**
 * Rows for marks so that neighbours closer than `gap` pixels do not overlap: each mark, left to right,
 * takes the first row whose last mark is far enough left; when none is, the row used longest ago.
 */
export function stackRows(xs: readonly number[], gap: number, rows: number): number[] {
	const n = Math.max(1, rows);
	const last: number[] = Array.from({ length: n }, () => -Infinity);
	const used: number[] = Array.from({ length: n }, () => -1);
	const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
	const out = new Array<number>(xs.length);
	order.forEach(([x, i], step) => {
		let row = last.findIndex((lx) => x - lx >= gap);
		if (row === -1) row = used.indexOf(Math.min(...used));
		last[row] = x;
		used[row] = step;
		out[i] = row;
	});
	return out;
}

// ——— Ticks ———

export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'years';

const CANDIDATES: { unit: TickUnit; days: number; interval: TimeInterval }[] = [
	{ unit: 'day', days: 1, interval: utcDay },
	{ unit: 'week', days: 7, interval: utcMonday },
	{ unit: 'month', days: 30.44, interval: utcMonth },
	{ unit: 'quarter', days: 91.3, interval: utcMonth.every(3)! },
	{ unit: 'half', days: 182.6, interval: utcMonth.every(6)! },
	{ unit: 'year', days: 365.25, interval: utcYear },
	{ unit: 'years', days: 5 * 365.25, interval: utcYear.every(5)! }
];

/** The finest d3-time interval whose ticks are at least `minSpacing` pixels apart. */
export function tickInterval(scale: ScaleTime, minSpacing = 64): { unit: TickUnit; interval: TimeInterval } {
	const [a, b] = scale.domain() as [Date, Date];
	const [r0, r1] = scale.range() as [number, number];
	const pxPerDay = Math.abs(r1 - r0) / Math.max(1, (b.getTime() - a.getTime()) / DAY_MS);
	const pick = CANDIDATES.find((c) => c.days * pxPerDay >= minSpacing) ?? CANDIDATES[CANDIDATES.length - 1]!;
	return { unit: pick.unit, interval: pick.interval };
}

/** Tick label formats, per language and unit (Intl, on the calendar date: UTC): 2026年 / 2026年3月 / 3月9日, 2026 /
 * Mar 2026 / Mar 9 (the short month gives Chinese its 年 and 月; the numeric one writes 2026/3). */
const TICK_FORMATS = {
	zh: {
		year: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', timeZone: 'UTC' }),
		day: new Intl.DateTimeFormat('zh-CN', { month: 'short', day: 'numeric', timeZone: 'UTC' }),
		month: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'short', timeZone: 'UTC' })
	},
	en: {
		year: new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }),
		day: new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' }),
		month: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' })
	}
} as const;

export function formatTick(d: Date, unit: TickUnit, locale: Locale): string {
	const f = TICK_FORMATS[locale];
	if (unit === 'year' || unit === 'years') return f.year.format(d);
	if (unit === 'day' || unit === 'week') return f.day.format(d);
	// months and longer: the month with its year
	return f.month.format(d);
}

export interface Tick {
	date: IsoDate;
	x: number;
	label: string;
	/** How the label hangs on its tick: centred, or flush inside the plot at either edge. */
	anchor: 'start' | 'middle' | 'end';
}

const TICK_FONT = 12;
const TICK_GAP = 8;

/** Where a label sits: centred on its tick, flush right of it near the left edge, flush left near the right. */
function tickBox(
	x: number,
	label: string,
	range: [number, number]
): Pick<Tick, 'anchor'> & { a: number; b: number } {
	const w = textWidth(label, TICK_FONT);
	if (x - w / 2 < range[0]) return { anchor: 'start', a: x, b: x + w };
	if (x + w / 2 > range[1]) return { anchor: 'end', a: x - w, b: x };
	return { anchor: 'middle', a: x - w / 2, b: x + w / 2 };
}

/**
 * The x-axis ticks: the finest d3-time interval (at least `minSpacing` px apart) whose labels do not overlap;
 * when full years do not fit as "2027年", they are written "2027", then "’27", before every five years.
 */
export function axisTicks(scale: ScaleTime, locale: Locale, minSpacing = 64): Tick[] {
	const range = scale.range() as [number, number];
	const [a, b] = scale.domain() as [Date, Date];
	const pxPerDay = Math.abs(range[1] - range[0]) / Math.max(1, (b.getTime() - a.getTime()) / DAY_MS);
	const fits = (ticks: Tick[]) => {
		let end = -Infinity;
		for (const t of ticks) {
			const box = tickBox(t.x, t.label, range);
			if (box.a < end + TICK_GAP) return false;
			end = box.b;
		}
		return true;
	};
	const build = (interval: TimeInterval, format: (d: Date) => string): Tick[] =>
		scale.ticks(interval).map((d) => {
			const x = scale(d);
			const label = format(d);
			return { date: isoOf(d), x, label, anchor: tickBox(x, label, range).anchor };
		});
	const tries = CANDIDATES.flatMap((c) => {
		const main = { c, format: (d: Date) => formatTick(d, c.unit, locale) };
		if (c.unit !== 'year') return [main];
		// years that do not fit as "2027年" are written "2027", then "’27", before every five years
		const short = { c, format: (d: Date) => `’${String(d.getUTCFullYear()).slice(2)}` };
		return locale === 'zh'
			? [main, { c, format: (d: Date) => String(d.getUTCFullYear()) }, short]
			: [main, short];
	});
	// a label pushed inside at either edge may touch its neighbour: that edge tick goes, not the interval
	const trimEdges = (ticks: Tick[]) => {
		const out = [...ticks];
		if (out.length > 2 && out[0]!.anchor !== 'middle' && !fits(out.slice(0, 2))) out.shift();
		if (out.length > 2 && out.at(-1)!.anchor !== 'middle' && !fits(out.slice(-2))) out.pop();
		return out;
	};
	for (const { c, format } of tries) {
		// `minSpacing` is a preference; on a narrow chart any interval whose labels fit will do
		if (c.days * pxPerDay < Math.min(minSpacing, 24)) continue;
		const ticks = trimEdges(build(c.interval, format));
		if (fits(ticks)) return ticks;
	}
	const last = CANDIDATES[CANDIDATES.length - 1]!;
	return build(last.interval, (d) => formatTick(d, last.unit, locale));
}

// ——— The whole chart ———

export const PERIOD_TRACK: Record<PeriodKind, number> = {
	term: 0,
	renewalWindow: 1,
	summaryWindow: 1,
	exitNotice: 1,
	dataCheck: 1,
	logRetention: 1,
	regulationInForce: 2
};

export interface LayoutOptions {
	width: number;
	transform?: ZoomState;
	today?: IsoDate | null;
	locale?: Locale;
	traceLane?: boolean;
	laneHeight?: number;
	labelWidth?: number;
	/** Horizontal space each undated marker takes in the lane's label column. */
	undatedStep?: number;
}

export interface MarkLayout {
	milestone: Milestone;
	lane: string;
	x: number;
	y: number;
}

export interface BarLayout {
	period: Period;
	lane: string;
	x0: number;
	x1: number;
	y: number;
	h: number;
}

export interface LaneLayout {
	key: string;
	kind: Lane['kind'];
	region: string;
	label: string;
	y: number;
	height: number;
	undated: MarkLayout[];
}

export interface ChartLayout {
	width: number;
	height: number;
	plot: { x0: number; x1: number; y0: number; y1: number };
	lanes: LaneLayout[];
	/** Dated milestones inside the visible plot, left to right within each lane. */
	marks: MarkLayout[];
	/** Periods overlapping the visible plot, clipped to it. */
	bars: BarLayout[];
	ticks: Tick[];
	today: { date: IsoDate; x: number } | null;
	legend: LegendItem[];
	domain: [Date, Date];
}

export interface LegendItem {
	key: string;
	/** "undated": the marker for items the text gives no date (drawn as "?"). */
	type: 'milestone' | 'period' | 'undated';
	kind: MilestoneKind | PeriodKind | null;
	text: string;
	x: number;
	y: number;
}

/** Rough text width at the legend's 12px font: CJK glyphs are square, Latin about half as wide. */
export function textWidth(s: string, size = 12): number {
	let w = 0;
	for (const ch of s) w += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.56;
	return w;
}

/** Legend entries flowed left to right, wrapping at `width`. */
/** The legend entries of one kind of mark: each kind of the style table the chart shows, in the table's order. */
function legendEntries<K extends MilestoneKind | PeriodKind>(
	type: 'milestone' | 'period',
	styles: Record<K, { label: Localized }>,
	shown: ReadonlySet<K>,
	locale: Locale
) {
	return (Object.keys(styles) as K[])
		.filter((k) => shown.has(k))
		.map((k) => ({ key: `${type[0]}:${k}`, type, kind: k, text: styles[k].label[locale] }));
}

export function legendLayout(
	entries: { key: string; type: LegendItem['type']; kind: LegendItem['kind']; text: string }[],
	x0: number,
	y0: number,
	width: number,
	rowHeight = 18
): { items: LegendItem[]; height: number } {
	const items: LegendItem[] = [];
	let x = x0;
	let y = y0;
	for (const e of entries) {
		const w = 22 + textWidth(e.text) + 14;
		if (x > x0 && x + w > width) {
			x = x0;
			y += rowHeight;
		}
		items.push({ ...e, x, y });
		x += w;
	}
	return { items, height: entries.length ? y - y0 + rowHeight : 0 };
}

const MARK_GAP = 14;
const UNDATED_LEGEND: Words = said(m.tl_say_undated_legend);
/** The chart's locale as the messages name it. */
const wordsLocale = (locale: Locale) => (locale === 'en' ? 'en' : 'zh-CN');
const TRACKS = 3;
const TRACK_H = 7;
const AXIS_H = 30;

export function layoutTimeline(timelines: readonly Timeline[], opts: LayoutOptions): ChartLayout {
	const locale = opts.locale ?? 'zh';
	const laneHeight = opts.laneHeight ?? 92;
	// lane labels take at most a quarter of the width (a phone keeps three quarters for the chart)
	const labelWidth = opts.labelWidth ?? Math.min(170, Math.floor(opts.width / 4));
	const step = opts.undatedStep ?? 22;
	const lanes = lanesOf(timelines, opts.traceLane ?? true);
	const plot = {
		x0: labelWidth,
		x1: Math.max(labelWidth + 40, opts.width - 16),
		y0: 8,
		y1: 8 + lanes.length * laneHeight
	};
	const domain = timeDomain(timelines);
	const base = xScale(domain, [plot.x0, plot.x1]);
	const scale = rescaleX(base, clampZoom(opts.transform ?? IDENTITY, [plot.x0, plot.x1]));
	const band = laneScale(
		lanes.map((l) => l.key),
		[plot.y0, plot.y1]
	);
	const visible = (x: number) => x >= plot.x0 && x <= plot.x1;

	const laneLayouts: LaneLayout[] = [];
	const marks: MarkLayout[] = [];
	const bars: BarLayout[] = [];
	for (const lane of lanes) {
		const y = band(lane.key) ?? plot.y0;
		const h = band.bandwidth();
		const own = lane.timeline.milestones.filter((m) =>
			lane.kind === 'trace' ? m.kind === 'event' : m.kind !== 'event' || !(opts.traceLane ?? true)
		);
		const markArea = lane.kind === 'trace' ? h : h - TRACKS * TRACK_H;
		const rows = Math.max(1, Math.floor((markArea - 6) / MARK_GAP));
		const dated = own
			.filter((m) => m.date !== null)
			.map((m) => ({ m, x: dayCenter(scale, m.date!) }))
			.filter((d) => visible(d.x));
		const rowOf = stackRows(
			dated.map((d) => d.x),
			MARK_GAP,
			rows
		);
		dated.forEach((d, i) =>
			marks.push({ milestone: d.m, lane: lane.key, x: d.x, y: y + markArea - 8 - rowOf[i]! * MARK_GAP })
		);
		const undated = own
			.filter((m) => m.date === null)
			.map((m, i) => ({ milestone: m, lane: lane.key, x: 12 + i * step, y: y + h - 12 }));
		laneLayouts.push({
			key: lane.key,
			kind: lane.kind,
			region: lane.region,
			label: wordsIn(lane.label, wordsLocale(locale)),
			y,
			height: h,
			undated
		});
		if (lane.kind === 'trace') continue;
		for (const p of lane.timeline.periods) {
			const [a, b] = daySpan(scale, p.start, p.end);
			if (b < plot.x0 || a > plot.x1) continue;
			const track = PERIOD_TRACK[p.kind];
			const th = track === 2 ? 3 : TRACK_H - 2;
			bars.push({
				period: p,
				lane: lane.key,
				x0: Math.max(plot.x0, a),
				x1: Math.min(plot.x1, b),
				y: y + markArea + track * TRACK_H + (TRACK_H - th) / 2,
				h: th
			});
		}
	}

	let today: ChartLayout['today'] = null;
	if (opts.today) {
		const x = dayCenter(scale, opts.today);
		if (visible(x)) today = { date: opts.today, x };
	}
	const milestoneKinds = new Set(timelines.flatMap((t) => t.milestones.map((m) => m.kind)));
	const periodKinds = new Set(timelines.flatMap((t) => t.periods.map((p) => p.kind)));
	const legend = legendLayout(
		[
			...legendEntries('milestone', MILESTONE_STYLE, milestoneKinds, locale),
			...legendEntries('period', PERIOD_STYLE, periodKinds, locale),
			...(timelines.some((t) => t.milestones.some((m) => m.date === null))
				? [
						{
							key: 'undated',
							type: 'undated' as const,
							kind: null,
							text: wordsIn(UNDATED_LEGEND, wordsLocale(locale))
						}
					]
				: [])
		],
		12,
		plot.y1 + AXIS_H + 8,
		opts.width - 12
	);
	return {
		width: opts.width,
		height: plot.y1 + AXIS_H + 8 + legend.height + 4,
		plot,
		lanes: laneLayouts,
		marks,
		bars,
		ticks: axisTicks(scale, locale).filter((t) => visible(t.x)),
		today,
		legend: legend.items,
		domain
	};
}
