import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { loadProfile } from '$lib/regions/registry';
import { patchDatedValue } from './form';

describe('editing a value keeps the tier it binds', () => {
	test('a Jiangsu clone’s look-back, edited, still binds the development entity', async () => {
		const jiangsu = await loadProfile(region('jiangsu'));
		const dv = jiangsu.values['eligibility.incidentLookbackYears']![0]!;
		const next = patchDatedValue(dv, {
			value: { kind: 'number', value: 3, bound: 'atMost' },
			summary: { zh: '近3年', en: 'Last 3 years' }
		});
		expect(next.roles).toEqual(['developmentEntity']);
		expect(next.value).toEqual({ kind: 'number', value: 3, bound: 'atMost' });
	});

	test('a value that names no role gets none', async () => {
		const quzhou = await loadProfile(region('quzhou'));
		const next = patchDatedValue(quzhou.values['term.maxMonths']![0]!, { summary: { zh: 'x', en: 'x' } });
		expect('roles' in next).toBe(false);
	});
});
