import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { getRegion, loadProfile, regionIds } from '$lib/regions/registry';
import { buildComparison } from './compare';
import { comparisonToJson, exportStatus } from './compare-export';
import { regionStatus } from './status';

const profiles = await Promise.all(regionIds.map((id) => loadProfile(id)));
const rows = buildComparison(DIMENSIONS, profiles, { topics: ['agreement'] });
const statusesOn = (on: string) => regionIds.map((id) => regionStatus(getRegion(id)!, on));
const jiangsu = regionIds.indexOf(region('jiangsu'));

describe('every export says each document’s status on the date in view', () => {
	test('JSON: statusOn and each column’s document, with the clause', () => {
		const on = '2026-12-05';
		const sel = {
			regions: [...regionIds],
			topics: [],
			differences: [],
			picked: [],
			onlyPicked: false,
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
		expect(json.columns[regionIds.indexOf(region('yingkou'))].document).toMatchObject({
			state: 'unknown',
			kinds: ['draft'],
			citations: []
		});
	});
});
