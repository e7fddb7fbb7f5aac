import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { getRegion } from '$lib/regions/registry';
import { regionName, setDraftRegion } from './draft-regions.svelte';

describe('regionName', () => {
	test("a regulation's name, a loaded draft's name, an unknown id as itself", () => {
		expect(regionName(region('taian'))).toBe('泰安');
		expect(regionName(region('draft-zz'))).toBe('draft-zz');
		setDraftRegion(
			{ ...getRegion(region('taian'))!, id: region('draft-zz'), name: { zh: '试点市', en: 'Pilot' } },
			region('taian')
		);
		expect(regionName(region('draft-zz'))).toBe('试点市');
	});
});
