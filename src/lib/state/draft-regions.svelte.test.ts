import { describe, expect, test } from 'vitest';
import { getRegion } from '$lib/regions/registry';
import { regionName, setDraftRegion } from './draft-regions.svelte';

describe('regionName', () => {
	test("a regulation's name, a loaded draft's name, an unknown id as itself", () => {
		expect(regionName('taian')).toBe('泰安');
		expect(regionName('draft-zz')).toBe('draft-zz');
		setDraftRegion({ ...getRegion('taian')!, id: 'draft-zz', name: { zh: '试点市', en: 'Pilot' } }, 'taian');
		expect(regionName('draft-zz')).toBe('试点市');
	});
});
