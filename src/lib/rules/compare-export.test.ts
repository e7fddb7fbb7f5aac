import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { getRegion, loadProfile, regionIds } from '$lib/regions/registry';
import { buildComparison } from './compare';
import { comparisonToCsv, comparisonToJson, exportStatus, STATUS_ROW } from './compare-export';
import { regionStatus } from './status';

const profiles = await Promise.all(regionIds.map((id) => loadProfile(id)));
const rows = buildComparison(DIMENSIONS, profiles, { topic: 'agreement' });
const statusesOn = (on: string) => regionIds.map((id) => regionStatus(getRegion(id)!, on));
const jiangsu = regionIds.indexOf('jiangsu');

describe('every export says each document’s status on the date in view', () => {
	test.each([
		['2026-12-05', '已失效（2026-11-30）', 'lapsed on 2026-11-30'],
		['2026-11-30', '现行有效（至 2026-11-30）', 'in force until 2026-11-30']
	])('CSV on %s: a first row document.status, cited', (on, zh, en) => {
		const [header, first, ...rest] = comparisonToCsv(rows, [...regionIds], { statuses: statusesOn(on) })
			.slice(1)
			.trimEnd()
			.split('\r\n');
		expect(rest).toHaveLength(rows.length);
		expect(header!.split(',').slice(5 + 3 * jiangsu, 8 + 3 * jiangsu)).toEqual([
			'jiangsu_value_zh',
			'jiangsu_value_en',
			'jiangsu_citations'
		]);
		expect(first).toContain(`${STATUS_ROW},document,文件状态（按 ${on}）,Document status on ${on}`);
		expect(first).toContain(`暂行 · ${zh},interim · ${en},jiangsu:art-29`);
		expect(first).toContain('征求意见稿、试行 · 效力未定');
		if (on === '2026-11-30') expect(first).not.toContain('已失效');
	});

	test('JSON: statusOn and each column’s document, with the clause', () => {
		const on = '2026-12-05';
		const sel = {
			regions: [...regionIds],
			topic: null,
			onlyDifferences: false,
			asOf: null,
			draft: null,
			national: false
		};
		const columns = regionIds.map((id, i) => ({
			region: id,
			name: getRegion(id)!.name,
			draft: false,
			document: exportStatus(id, statusesOn(on)[i]!)
		}));
		const json = JSON.parse(comparisonToJson(rows, sel, '2026-12-05T02:00:00Z', columns, { statusOn: on }));
		expect(json.statusOn).toBe(on);
		expect(json.columns[jiangsu].document).toMatchObject({
			state: 'lapsed',
			lapsedOn: '2026-11-30',
			kinds: ['interim'],
			label: { zh: '暂行 · 已失效（2026-11-30）', en: 'interim · lapsed on 2026-11-30' },
			citations: ['jiangsu:art-29']
		});
		expect(json.columns[regionIds.indexOf('yingkou')].document).toMatchObject({
			state: 'unknown',
			kinds: ['draft'],
			citations: []
		});
	});
});
