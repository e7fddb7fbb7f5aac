import { region } from '$lib/regions/fixture-ids';
import { createRawSnippet } from 'svelte';
import { describe, expect, test } from 'vitest';
import { getRegion } from '$lib/regions/registry';
import type { DocStatus } from '$lib/rules/status';
import { wordsIn } from '$lib/rules/words';
import { renderCited } from '../../../tests/render-cited';
import StatusPlace from './StatusPlace.svelte';

const jiangsu = getRegion(region('jiangsu'))!;
// what the caller renders from a status: here its Chinese label
const children = createRawSnippet((s: () => DocStatus) => ({
	render: () => `<span class="said">${wordsIn(s().label, 'zh-CN')}</span>`
}));

describe('StatusPlace', () => {
	test('before the date is known: no status shown or read, the place holds each possible one hidden', () => {
		const { container } = renderCited(StatusPlace, { meta: jiangsu, on: null, children });
		const place = container.querySelector('[data-status-place="jiangsu"]')!;
		expect(place.querySelector('.now')).toBeNull();
		const ghosts = [...place.querySelectorAll('.ghost')];
		// Jiangsu (第二十九条): not yet in force, in force until 2026-11-30, lapsed
		expect(ghosts.map((g) => g.textContent)).toEqual([
			'暂行 · 尚未施行（自 2024-12-01 起）',
			'暂行 · 现行有效（至 2026-11-30）',
			'暂行 · 已失效（2026-11-30）'
		]);
		for (const g of ghosts) {
			expect(g.getAttribute('aria-hidden')).toBe('true');
			expect(g.hasAttribute('inert')).toBe(true);
		}
	});

	test('once the date is known: its status is shown (and read) in the same place', () => {
		const { container } = renderCited(StatusPlace, { meta: jiangsu, on: '2026-12-05', children });
		const now = container.querySelectorAll('[data-status-place] .now');
		expect(now).toHaveLength(1);
		expect(now[0]!.textContent).toBe('暂行 · 已失效（2026-11-30）');
		expect(now[0]!.hasAttribute('aria-hidden')).toBe(false);
		expect(container.querySelectorAll('.ghost')).toHaveLength(3);
		// the clauses the validity rests on (Jiangsu 第二十九条), once, under the place
		expect(container.querySelectorAll('[data-status-place] > .cites a')).toHaveLength(1);
	});

	test('as a div, for blocks (a caveat)', () => {
		const { container } = renderCited(StatusPlace, { meta: jiangsu, on: '2026-11-30', as: 'div', children });
		expect(container.querySelector('div[data-status-place] > div.stack > div.now')?.textContent).toBe(
			'暂行 · 现行有效（至 2026-11-30）'
		);
	});
});
