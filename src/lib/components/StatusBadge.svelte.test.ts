import { region } from '$lib/regions/fixture-ids';
import { render, screen } from '@testing-library/svelte';
import { citationsContext } from './citations';
import { appCitations } from '$lib/state/citations';
import { ghostContext } from './status-ghost';
import { describe, expect, test } from 'vitest';
import { renderCited } from '../../../tests/render-cited';
import { getRegion } from '$lib/regions/registry';
import type { RegionMeta } from '$lib/regions/types';
import { regionStatus, versionStatuses } from '$lib/rules/status';
import StatusBadge from './StatusBadge.svelte';

const badge = (container: HTMLElement) => container.querySelector('[data-doc-status]')!;

describe('StatusBadge', () => {
	test.each([
		['2026-11-30', 'inForce', '现行有效（至 2026-11-30）'],
		['2026-12-01', 'lapsed', '已失效（2026-11-30）']
	])('Jiangsu on %s: %s, cited to 第二十九条', (on, state, text) => {
		const { container } = renderCited(StatusBadge, {
			status: regionStatus(getRegion(region('jiangsu'))!, on),
			region: region('jiangsu')
		});
		expect(badge(container).getAttribute('data-doc-status')).toBe(state);
		expect(badge(container).getAttribute('data-lapsed-on')).toBe(state === 'lapsed' ? '2026-11-30' : null);
		expect(container.textContent).toContain(text);
		expect(container.textContent).toContain('暂行');
		expect(container.textContent).toContain(`文件状态（按 ${on}）`);
		expect(screen.getByRole('link', { name: /art-29|第二十九条/ })).toHaveAttribute(
			'href',
			expect.stringMatching(/regions\/jiangsu\/?#art-29$/)
		);
	});

	test('a draft for comments with a blank date says both, never "in force"', () => {
		const { container } = renderCited(StatusBadge, {
			status: regionStatus(getRegion(region('taian'))!, '2026-12-05'),
			region: region('taian')
		});
		expect(badge(container).getAttribute('data-kinds')).toBe('draft trial');
		expect(container.textContent).toContain('征求意见稿');
		expect(container.textContent).toContain('效力未定：施行日期未填（原文“2024年 月 日”）');
		expect(container.textContent).not.toContain('现行有效');
	});

	test('a text with no dates cites nothing; citations can be left out', () => {
		const y = renderCited(StatusBadge, {
			status: regionStatus(getRegion(region('yingkou'))!, '2026-12-05'),
			region: region('yingkou')
		});
		expect(y.container.querySelectorAll('a')).toHaveLength(0);
		expect(y.container.textContent).toContain('文本未规定施行日期和有效期');
		const j = renderCited(StatusBadge, {
			status: regionStatus(getRegion(region('jiangsu'))!, '2026-12-05'),
			region: region('jiangsu'),
			cite: false
		});
		expect(j.container.querySelectorAll('a')).toHaveLength(0);
	});

	test('a superseded version names its successor', () => {
		const meta: RegionMeta = {
			...getRegion(region('jiangsu'))!,
			version: 'v2024',
			supersededBy: { version: 'v2027', citations: [] },
			versions: [
				{
					id: 'v2027',
					title: { zh: '江苏省公共数据授权运营管理办法', en: 'Jiangsu Measures' },
					status: [],
					issued: '2027-01-10',
					validity: { kind: 'openEnded', effective: '2027-02-01', asWritten: null, citations: [] }
				}
			]
		};
		const [old] = versionStatuses(meta, '2027-01-10');
		const { container } = renderCited(StatusBadge, { status: old!, region: region('jiangsu') });
		expect(badge(container).getAttribute('data-superseded-by')).toBe('v2027');
		expect(container.textContent).toContain('已被《江苏省公共数据授权运营管理办法》取代（2027-01-10）');
	});

	test('a hidden copy (inside a StatusPlace, kept for its size) names no status: no data attributes', () => {
		const { container } = render(StatusBadge, {
			props: { status: regionStatus(getRegion(region('jiangsu'))!, '2026-12-05'), region: region('jiangsu') },
			context: new Map<symbol, unknown>([...citationsContext(appCitations), ...ghostContext()])
		});
		const b = container.querySelector('.status-badge')!;
		expect(b.hasAttribute('data-doc-status')).toBe(false);
		expect(b.hasAttribute('data-doc-on')).toBe(false);
		expect(b.hasAttribute('data-lapsed-on')).toBe(false);
		expect(container.querySelector('[data-doc-status]')).toBeNull();
		// the same words, for the same size, drawn from an attribute: no text of the page holds them
		expect(b.textContent).not.toContain('失效');
		expect(b.querySelector('.state [data-g]')?.getAttribute('data-g')).toBe('已失效（2026-11-30）');
	});
});
