import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated } from './helpers';

/** How far the page is wider than the screen, in CSS pixels (0 or less: no sideways scrolling). */
const horizontalOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Each cell's text and the number of lines it takes (its client rects' distinct tops). */
const cellLines = (table: Locator, selector: string) =>
	table.locator(selector).evaluateAll((els) =>
		els.map((el) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			const rects = [...range.getClientRects()];
			return { text: el.textContent?.trim(), lines: new Set(rects.map((r) => Math.round(r.top))).size };
		})
	);

test('lanes follow the regions’ order; the signing date defaults to today; the SVG says what it shows', async ({
	page
}) => {
	await page.goto('/timeline/?today=2026-12-05');
	await hydrated(page);
	await expect(page.getByLabel('协议签订日')).toHaveValue('2026-12-05');
	// tick Yingkou after the defaults: it still comes in the regions' order (衢州, 营口 …), not last
	await page.getByRole('checkbox', { name: '营口' }).check();
	const laneKeys = () =>
		page.locator('g.lane[data-lane]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lane')));
	await expect.poll(laneKeys).toContain('yingkou');
	const lanes = await laneKeys();
	expect(lanes.indexOf('yingkou')).toBeLessThan(lanes.indexOf('taian'));
	expect(lanes.indexOf('quzhou')).toBeLessThan(lanes.indexOf('yingkou'));

	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 SVG' }).click()
	]);
	const svg = readFileSync((await dl.path())!, 'utf8');
	expect(svg).toContain('生命周期时间线');
	expect(svg).toContain('协议签订日：2026-12-05');
	expect(svg).toMatch(/衢州、营口/);
	expect(svg).toContain('class="legend"');
});

for (const lang of ['zh', 'en'] as const)
	test(`${lang} on a phone: no horizontal overflow; a labelled tick every year; labels a quarter of the width`, async ({
		page
	}) => {
		if (lang === 'en') await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/timeline/?today=2026-12-05');
		await hydrated(page);
		await expect(page.locator('g.lane[data-lane]')).not.toHaveCount(0);
		// scrolled to, as a reader would: the chart is laid out as it nears the viewport (content-visibility)
		const chart = page.getByRole('application');
		await chart.scrollIntoViewIfNeeded();
		// lane labels sit left of the plot, which starts at most a quarter of the way across (once measured)
		const plotPastQuarter = async () => {
			const svgW = await chart.evaluate((e) => e.getBoundingClientRect().width);
			const plotX0 = Number(await page.locator('g.axis > line').last().getAttribute('x1'));
			return plotX0 - svgW / 4;
		};
		await expect.poll(plotPastQuarter).toBeLessThanOrEqual(1);
		// once the chart has measured its box (it draws at a default width until then)
		await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
		// tick labels: no two overlap, and every year in view has one
		const boxes = await page.locator('g.axis text').evaluateAll((els) =>
			els.map((e) => {
				const b = (e as SVGTextElement).getBBox();
				return { t: e.textContent ?? '', x: b.x, width: b.width };
			})
		);
		expect(boxes.length).toBeGreaterThan(1);
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
		// "2027年", "2027" or "’27"
		const years = boxes.map((b) => {
			const y = /\d{4}|(?<=’)\d{2}/.exec(b.t)?.[0] ?? '';
			return y.length === 2 ? 2000 + Number(y) : Number(y);
		});
		for (let i = 1; i < years.length; i++) expect(years[i]! - years[i - 1]!).toBeLessThanOrEqual(1);
	});

test("the milestones table at 1280 px: each region's name and each column head on one line", async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/timeline/?today=2026-12-05');
	await hydrated(page);
	const table = page.locator('table.timeline-table').first();
	await table.scrollIntoViewIfNeeded();
	await expect(table.locator('td.region').first()).toBeVisible();
	// a cell's text on one line (with breaks anywhere, "地区" took two)
	for (const cell of [...(await cellLines(table, 'thead th')), ...(await cellLines(table, 'td.region'))])
		expect(cell, cell.text).toMatchObject({ lines: 1 });
});

// On a phone the columns were a few characters wide each (an item's label two characters a line): each row is a
// card instead, as the comparison's are (stacked-tables.spec.ts)
test('the timeline tables at 390 px: each row a card, its cells headed by their columns, nothing squeezed', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/timeline/?today=2026-12-05');
	await hydrated(page);
	const tables = page.locator('table.timeline-table');
	await expect(tables).toHaveCount(2);
	for (const [table, first] of [
		[tables.first(), '日期'],
		[tables.last(), '起']
	] as const) {
		await table.scrollIntoViewIfNeeded();
		await expect(table.locator('thead')).toBeHidden();
		const row = table.locator('tbody tr').first();
		expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
		// the item takes the card's width, and its region's name and the caption each stay on one line
		expect((await row.locator('th').boundingBox())!.width).toBeGreaterThan(300);
		expect(await cellLines(table, 'caption')).toMatchObject([{ lines: 1 }]);
		for (const cell of await cellLines(table, 'td.region'))
			expect(cell, cell.text).toMatchObject({ lines: 1 });
		const heading = (selector: string) =>
			row
				.locator(selector)
				.first()
				.evaluate((el) => getComputedStyle(el, '::before').content);
		expect(await heading('td.date')).toContain(first);
		expect(await heading('td.region')).toContain('地区');
		expect(await heading('td.clauses')).toContain('条款');
	}
	// a row without a note shows no empty "说明" heading
	const noteless = page.locator('table.timeline-table tbody td.note:empty');
	expect(await noteless.count()).toBeGreaterThan(0);
	await expect(noteless.first()).toBeHidden();
	expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
