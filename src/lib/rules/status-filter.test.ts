import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { documents, getDocument } from '$lib/regions/registry';
import { filterByStatus, statusCounts } from './status-filter';

const ids = (docs: { id: string }[]) => docs.map((d) => d.id).sort();

describe('home status filter', () => {
	// the shipped texts by name; any other folder (a copy under another id) only has to be counted consistently
	test('on 2026-12-05 Jiangsu has lapsed (2026-11-30) and the three drafts are drafts', () => {
		const on = '2026-12-05';
		const lapsed = ids(filterByStatus(documents, 'lapsed', on));
		const drafts = ids(filterByStatus(documents, 'draft', on));
		const inForce = ids(filterByStatus(documents, 'inForce', on));
		expect(lapsed).toContain('jiangsu');
		for (const id of ['quzhou', 'taian', 'yingkou']) expect(drafts).toContain(id);
		for (const id of ['jiangsu', 'henan']) expect(drafts).not.toContain(id);
		expect(inForce).not.toContain('jiangsu');
		expect(inForce).not.toContain('taian');
		// no document in two of the groups
		expect(lapsed.filter((id) => drafts.includes(id) || inForce.includes(id))).toEqual([]);
		expect(drafts.filter((id) => inForce.includes(id))).toEqual([]);
		const counts = statusCounts(documents, on);
		expect(counts.all).toBe(documents.length);
		expect(counts.lapsed).toBe(lapsed.length);
		expect(counts.draft).toBe(drafts.length);
		expect(counts.inForce).toBe(inForce.length);
		expect(counts.inForce + counts.draft + counts.lapsed).toBeLessThanOrEqual(counts.all);
	});

	test('on 2026-11-23 Jiangsu is still in force', () => {
		expect(ids(filterByStatus([getDocument(region('jiangsu'))!], 'inForce', '2026-11-23'))).toEqual([
			'jiangsu'
		]);
		expect(filterByStatus(documents, 'lapsed', '2026-11-23')).toEqual([]);
		expect(filterByStatus(documents, 'all', '2026-11-23').length).toBe(documents.length);
	});
});
