import { afterEach, describe, expect, test } from 'vitest';
import { formatTimestamp, i18n } from './locale.svelte';

describe('formatTimestamp', () => {
	afterEach(() => i18n.set('zh-CN', false));

	// Noon UTC: the same calendar day in every zone the unit tests run in.
	const iso = '2026-12-05T12:00:00.000Z';

	test('says the date in the interface language', () => {
		i18n.set('zh-CN', false);
		expect(formatTimestamp(iso, { dateStyle: 'medium' })).toBe('2026年12月5日');
		i18n.set('en', false);
		expect(formatTimestamp(iso, { dateStyle: 'medium' })).toBe('Dec 5, 2026');
	});

	test('gives the date and the time unless told otherwise', () => {
		i18n.set('en', false);
		expect(formatTimestamp(iso)).toMatch(/^Dec 5, 2026, \d{1,2}:00\s?[AP]M$/);
	});
});
