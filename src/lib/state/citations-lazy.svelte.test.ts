import { describe, expect, test } from 'vitest';
import { lazyCitations, loadCitations } from './citations-lazy.svelte';
import { appCitations } from './citations';
import { clause, region } from '$lib/regions/fixture-ids';

describe('the lazy citation source', () => {
	test('before the app source is in: no clause, no text, not loaded, the region as given, no meta', () => {
		expect(lazyCitations.clause(region('taian'), clause('art-1'))).toBeUndefined();
		expect(lazyCitations.fullText(region('taian'), clause('art-1'))).toBe('');
		expect(lazyCitations.loaded(region('taian'))).toBe(false);
		expect(lazyCitations.citedRegion(region('taian'), clause('art-1'))).toBe('taian');
		expect(lazyCitations.meta(region('taian'))).toBeUndefined();
	});

	test('once loaded (once, however often asked) it answers as the app source does', async () => {
		const [a, b] = await Promise.all([loadCitations(), loadCitations()]);
		expect(a).toBe(appCitations);
		expect(b).toBe(appCitations);
		expect(lazyCitations.meta(region('taian'))).toEqual(appCitations.meta(region('taian')));
		expect(lazyCitations.meta(region('taian'))?.name.zh).toBe('泰安');
	});
});
