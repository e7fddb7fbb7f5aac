import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { chartWords } from '$lib/state/chart-words';
import { REGIONS, timelineFor } from '$lib/timeline/fixtures';
import type { Milestone } from '$lib/timeline/types';
import { svgToString } from './export';
import TimelineChart from './Timeline.svg.svelte';
import TimelineTable from './Timeline.table.svelte';

const zh = chartWords('zh');
const allRegions = () => Object.keys(REGIONS).map((r) => timelineFor(r, { agreementStart: '2025-06-01' }));
const chart = (container: HTMLElement) => container.querySelector('svg[role="application"]') as SVGSVGElement;

describe('Timeline.svg.svelte', () => {
	test('one lane per region, each milestone a focusable button named by date, label and clause', () => {
		const timelines = allRegions();
		const { container } = render(TimelineChart, {
			words: zh,
			timelines,
			width: 1100,
			today: '2026-06-01',
			clauseLabel: (region: string, id: string) =>
				region === 'quzhou' && id === 'sec-16-p2' ? '十六（二）' : undefined
		});
		const lanes = container.querySelectorAll('g.lane');
		// one lane per timeline, in the order given (the registry's)
		expect([...lanes].map((l) => l.getAttribute('data-lane'))).toEqual(timelines.map((t) => t.region));
		expect(timelines.length).toBeGreaterThanOrEqual(5);
		expect(within(lanes[0] as HTMLElement).getByText('衢州')).toBeTruthy();

		const buttons = screen.getAllByRole('button', { name: /·/ });
		const total = timelines.reduce((n, t) => n + t.milestones.length, 0);
		expect(buttons).toHaveLength(total);
		for (const b of buttons) expect(b.getAttribute('tabindex')).toBe('0');
		expect(
			screen.getByRole('button', {
				name: '2028-02-29 · 衢州 · 重新申请截止（届满3个月前） · 条款 十六（二）'
			})
		).toBeTruthy();
		// undated markers say so, with the reason
		expect(
			screen.getByRole('button', { name: /^未定日期 · 江苏 · 运营报告 · 条款 art-22 · 文本只说“定期”/ })
		).toBeTruthy();
		// shapes and words: a legend entry per kind, and the today marker
		expect(container.querySelector('g.legend')?.textContent).toContain('重新申请截止');
		expect(container.querySelector('g.today')?.textContent).toContain('2026-06-01');
		expect(container.querySelectorAll('rect.bar[data-kind="term"]')).toHaveLength(timelines.length);
	});

	test('keyboard zoom and pan change the transform; 0 resets', async () => {
		const user = userEvent.setup();
		const onzoom = vi.fn();
		const { container } = render(TimelineChart, { words: zh, timelines: allRegions(), width: 1000, onzoom });
		const svg = chart(container);
		svg.focus();
		expect(svg.getAttribute('data-zoom-k')).toBe('1');
		const before = container.querySelectorAll('g.mark:not(.undated)').length;

		await user.keyboard('+');
		expect(svg.getAttribute('data-zoom-k')).toBe('1.5');
		await user.keyboard('+');
		expect(svg.getAttribute('data-zoom-k')).toBe('2.25');
		expect(container.querySelectorAll('g.mark:not(.undated)').length).toBeLessThan(before);
		const x = Number(svg.getAttribute('data-zoom-x'));
		await user.keyboard('{ArrowRight}');
		expect(Number(svg.getAttribute('data-zoom-x'))).toBeLessThan(x);
		await user.keyboard('{ArrowLeft}{ArrowLeft}');
		expect(Number(svg.getAttribute('data-zoom-x'))).toBeGreaterThan(x);
		await user.keyboard('-');
		expect(svg.getAttribute('data-zoom-k')).toBe('1.5');
		await user.keyboard('0');
		expect(svg.getAttribute('data-zoom-k')).toBe('1');
		expect(svg.getAttribute('data-zoom-x')).toBe('0');
		expect(onzoom).toHaveBeenLastCalledWith({ k: 1, x: 0 });
		// the toolbar drives the same maths
		await user.click(screen.getByRole('button', { name: '放大' }));
		expect(svg.getAttribute('data-zoom-k')).toBe('1.5');
	});

	test('the mouse wheel zooms through d3-zoom', async () => {
		const { container } = render(TimelineChart, { words: zh, timelines: allRegions(), width: 1000 });
		const svg = chart(container);
		await fireEvent.wheel(svg, { deltaY: -300, clientX: 500, clientY: 100 });
		expect(Number(svg.getAttribute('data-zoom-k'))).toBeGreaterThan(1);
	});

	test('click, Enter and Space call onselect with the milestone; focus shows the tooltip with the clause', async () => {
		const user = userEvent.setup();
		const onselect = vi.fn<(m: Milestone) => void>();
		render(TimelineChart, {
			words: zh,
			timelines: [timelineFor('henan', { agreementStart: '2025-06-01' })],
			width: 1000,
			onselect
		});
		const end = screen.getByRole('button', { name: /^2028-05-31 · 河南 · 协议期满/ });
		// (a click, not user.click: jsdom's synthetic mousedown has no view, which d3-drag needs)
		await fireEvent.click(end);
		expect(onselect).toHaveBeenLastCalledWith(
			expect.objectContaining({ kind: 'agreementEnd', citations: ['art-14-2'] })
		);
		end.focus();
		const tip = await screen.findByRole('tooltip');
		expect(tip.textContent).toContain('art-14-2');
		expect(tip.textContent).toContain('原则上');
		expect(end.getAttribute('aria-describedby')).toBe(tip.id);
		onselect.mockClear();
		await user.keyboard('{Enter}');
		await user.keyboard(' ');
		expect(onselect).toHaveBeenCalledTimes(2);
		await user.keyboard('{Escape}');
		await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
	});

	test('a simulator trace gets its own lane', () => {
		const t = timelineFor('quzhou', {
			agreementStart: '2025-06-01',
			events: [
				{ date: '2025-08-01', type: 'SUBMIT_REPORT', label: { zh: '提交运营报告', en: 'Submit a report' } }
			]
		});
		const { container } = render(TimelineChart, { words: zh, timelines: [t], width: 1000 });
		const trace = container.querySelector('g.lane[data-lane="quzhou:trace"]')!;
		expect(trace.textContent).toContain('模拟轨迹');
		expect(
			within(trace as HTMLElement).getByRole('button', { name: /2025-08-01 · 衢州 · 提交运营报告/ })
		).toBeTruthy();
	});

	test('its words are the messages of the language it is given, not a copy of its own', () => {
		render(TimelineChart, { timelines: allRegions(), width: 1000, locale: 'en', words: chartWords('en') });
		expect(screen.getByRole('toolbar', { name: 'Lifecycle timeline' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Zoom in' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
		expect(screen.queryByRole('button', { name: '放大' })).toBeNull();
		// a milestone's description uses the same words
		expect(screen.getAllByRole('button', { name: /· Clauses / }).length).toBeGreaterThan(0);
	});

	test('svgToString gives a standalone SVG without the interactive attributes', () => {
		const { container } = render(TimelineChart, {
			timelines: allRegions(),
			width: 1000,
			locale: 'en',
			words: chartWords('en')
		});
		const s = svgToString(chart(container));
		expect(s.startsWith('<?xml')).toBe(true);
		expect(s).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(s).not.toContain('tabindex');
		expect(s).not.toContain('data-zoom');
		expect(s).toContain('Quzhou');
		const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		// the clip path the bars use is still there
		const clip = doc.querySelector('clipPath')?.getAttribute('id');
		expect(clip && s.includes(`url(#${clip})`)).toBe(true);
	});
});

describe('Timeline.table.svelte', () => {
	test('a row per milestone, by date, undated last, with region, label and clause', async () => {
		const user = userEvent.setup();
		const timelines = allRegions();
		const onselect = vi.fn();
		const { container } = render(TimelineTable, { words: zh, timelines, onselect });
		const table = screen.getByRole('table', { name: /时间线节点一览/ });
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows).toHaveLength(timelines.reduce((n, t) => n + t.milestones.length, 0));
		const dates = rows.map((r) => r.querySelector('td')!.textContent!.trim());
		const dated = dates.filter((d) => d !== '未定日期');
		expect(dated).toEqual([...dated].sort());
		expect(dates.slice(dated.length).every((d) => d === '未定日期')).toBe(true);
		const deadline = rows.find((r) => r.getAttribute('data-kind') === 'renewalDeadline')!;
		expect(deadline.textContent).toContain('2028-02-29');
		expect(deadline.textContent).toContain('衢州');
		await user.click(within(deadline).getByRole('button', { name: 'sec-16-p2' }));
		expect(onselect).toHaveBeenCalledWith(expect.objectContaining({ kind: 'renewalDeadline' }));
		expect(screen.getByRole('table', { name: /期间/ })).toBeTruthy();
		expect(container.querySelectorAll('tr[data-kind="term"]')).toHaveLength(timelines.length);
	});

	test('each table heads its columns in its own order', () => {
		render(TimelineTable, { words: zh, timelines: allRegions() });
		const heads = (name: RegExp) =>
			within(screen.getByRole('table', { name }))
				.getAllByRole('columnheader')
				.map((th) => th.textContent);
		expect(heads(/时间线节点一览/)).toEqual([zh.date, zh.region, zh.item, zh.clauses, zh.note]);
		expect(heads(/期间/)).toEqual([zh.start, zh.end, zh.region, zh.period, zh.clauses, zh.note]);
	});
});
