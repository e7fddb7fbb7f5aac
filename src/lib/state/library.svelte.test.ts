import { describe, expect, test } from 'vitest';
import { notOpened } from './library.svelte';

describe('notOpened', () => {
	test('an item that is gone, and one whose payload does not read, each said in words', () => {
		const gone = notOpened({ ok: false, reason: 'notFound' });
		const bad = notOpened({
			ok: false,
			reason: 'invalid',
			name: '我的比较',
			detail: 'regions: expected a list',
			problems: []
		});
		expect(bad).toContain('我的比较');
		expect(bad).toContain('regions: expected a list');
		expect(gone).not.toContain('我的比较');
		expect(gone).toBe('资料库中没有这一项（可能已被删除）。');
	});
});
