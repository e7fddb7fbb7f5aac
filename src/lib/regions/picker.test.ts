import { describe, expect, test } from 'vitest';
import { documents, regions } from './registry';
import { matchesQuery, pickerGroups, pushRecent, readIdList, togglePin } from './picker';
import type { DocumentMeta } from './types';

const synthetic = (i: number, province: [string, string], level: 'city' | 'province' = 'city') =>
	({
		...regions[0]!,
		id: `syn-${i}`,
		order: 1000 + i,
		level,
		name: { zh: `合成${i}`, en: `Synthetic ${i}` },
		province: { zh: province[0], en: province[1] }
	}) as DocumentMeta;

describe('picker groups', () => {
	test('national first, then each province with its own text before its cities', () => {
		const docs = [
			...documents,
			synthetic(1, ['河南省', 'Henan']),
			synthetic(2, ['广东省', 'Guangdong']),
			synthetic(3, ['广东省', 'Guangdong'], 'province')
		];
		const groups = pickerGroups(docs);
		expect(groups[0]!.key).toBe('national');
		expect(groups[0]!.items.every((d) => d.level === 'national')).toBe(true);
		expect(groups[0]!.items.length).toBe(documents.filter((d) => d.level === 'national').length);
		const henan = groups.find((g) => g.province?.zh === '河南省')!;
		expect(henan.items.map((d) => d.id)).toEqual(['henan', 'syn-1']);
		const guangdong = groups.find((g) => g.province?.zh === '广东省')!;
		expect(guangdong.items.map((d) => d.id)).toEqual(['syn-3', 'syn-2']);
		// every document once
		expect(groups.flatMap((g) => g.items).length).toBe(docs.length);
		// no national group when there is no national document
		expect(pickerGroups(regions)[0]!.level).toBe('province');
	});

	test('a query finds by short name, province or id, in either language', () => {
		expect(
			matchesQuery(
				regions.find((r) => r.id === 'taian')!,
				'泰安'
			)
		).toBe(true);
		expect(
			matchesQuery(
				regions.find((r) => r.id === 'taian')!,
				'shandong'
			)
		).toBe(true);
		expect(
			matchesQuery(
				regions.find((r) => r.id === 'taian')!,
				'河南'
			)
		).toBe(false);
		const groups = pickerGroups(documents, '山东');
		expect(groups.flatMap((g) => g.items.map((d) => d.id))).toEqual(['taian']);
		expect(pickerGroups(documents, 'zzzz')).toEqual([]);
	});
});

describe('pinned and recent', () => {
	test('recent: newest first, no repeats, at most six', () => {
		let r: string[] = [];
		for (const id of ['a', 'b', 'c', 'a', 'd', 'e', 'f', 'g']) r = pushRecent(r, id);
		expect(r).toEqual(['g', 'f', 'e', 'd', 'a', 'c']);
	});
	test('pin toggles', () => {
		expect(togglePin(['a'], 'b')).toEqual(['a', 'b']);
		expect(togglePin(['a', 'b'], 'a')).toEqual(['b']);
	});
	test('a stored list keeps known ids only and survives garbage', () => {
		const known = (id: string) => id === 'taian' || id === 'henan';
		expect(readIdList('["taian","nowhere",3,"taian","henan"]', known)).toEqual(['taian', 'henan']);
		expect(readIdList('{', known)).toEqual([]);
		expect(readIdList('{"a":1}', known)).toEqual([]);
		expect(readIdList(null, known)).toEqual([]);
	});
});
