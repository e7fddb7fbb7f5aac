import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import TimelineExports from './TimelineExports.svelte';

// The chart is drawn a moment after the export buttons (Results.svelte draws its parts one per task): until it is,
// the picture exports are disabled rather than doing nothing when pressed; the CSV and calendar need no picture.
const props = (svg: SVGSVGElement | null) => ({
	svg,
	timelines: [],
	statuses: new Map(),
	clauseLabel: () => undefined,
	heading: () => []
});

test('without the chart, SVG and PNG are disabled; CSV and the calendar are not', () => {
	render(TimelineExports, props(null));
	expect(screen.getByRole('button', { name: '导出 SVG' })).toBeDisabled();
	expect(screen.getByRole('button', { name: '导出 PNG' })).toBeDisabled();
	expect(screen.getByRole('button', { name: '导出 CSV' })).toBeEnabled();
	expect(screen.getByRole('button', { name: /导出日历/ })).toBeEnabled();
});

test('with the chart drawn, every export is enabled', () => {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	render(TimelineExports, props(svg));
	for (const name of ['导出 SVG', '导出 PNG', '导出 CSV'])
		expect(screen.getByRole('button', { name })).toBeEnabled();
});
