import { describe, expect, test } from 'vitest';
import { documents, getDocument } from '$lib/regions/registry';
import { filterByStatus, statusCounts } from './status-filter';

const ids = (docs: { id: string }[]) => docs.map((d) => d.id).sort();

describe('home status filter', () => {
	test('on 2026-12-05 Jiangsu has lapsed (2026-11-30) and the three drafts are drafts', () => {
		const on = '2026-12-05';
		expect(ids(filterByStatus(documents, 'lapsed', on))).toEqual(['jiangsu']);
		expect(ids(filterByStatus(documents, 'draft', on))).toEqual(['quzhou', 'taian', 'yingkou']);
		const inForce = ids(filterByStatus(documents, 'inForce', on));
		expect(inForce).not.toContain('jiangsu');
		expect(inForce).not.toContain('taian');
		const counts = statusCounts(documents, on);
		expect(counts.all).toBe(documents.length);
		expect(counts.lapsed).toBe(1);
		expect(counts.draft).toBe(3);
		expect(counts.inForce).toBe(inForce.length);
		expect(counts.inForce + counts.draft + counts.lapsed).toBeLessThanOrEqual(counts.all);
	});

	test('on 2026-11-23 Jiangsu is still in force', () => {
		expect(ids(filterByStatus([getDocument('jiangsu')!], 'inForce', '2026-11-23'))).toEqual(['jiangsu']);
		expect(filterByStatus(documents, 'lapsed', '2026-11-23')).toEqual([]);
		expect(filterByStatus(documents, 'all', '2026-11-23').length).toBe(documents.length);
	});
});
