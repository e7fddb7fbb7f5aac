import { afterEach, describe, expect, test, vi } from 'vitest';
import { cloneRegion } from '$lib/drafts/create';
import type { Draft } from '$lib/drafts/types';
import { loadProfile, loadRegionDetails, loadSource } from '$lib/regions/registry';
import { getClause } from './corpora.svelte';
import { draftEditor as editor } from './draft-editor.svelte';
import { library } from './library.svelte';
import { clause, region } from '$lib/regions/fixture-ids';

// jsdom has no IndexedDB: the library runs on its memory store, which keeps the same rules (revisions).

async function taianDraft(): Promise<Draft> {
	return cloneRegion(
		await loadRegionDetails(region('taian')),
		await loadProfile(region('taian')),
		await loadSource(region('taian')),
		{
			title: '试点市办法',
			name: '试点市'
		}
	);
}

async function saved(payload: unknown = null) {
	const { repo } = await library.open();
	return repo.createItem({
		kind: 'draft',
		name: '试点市办法',
		regions: [region('taian')],
		payload: payload ?? (await taianDraft())
	});
}

const termOf = (d: unknown) => (d as Draft).values['term.maxMonths']![0]!.value;

afterEach(async () => {
	await editor.open(null);
	vi.restoreAllMocks();
});

describe('the draft editor', () => {
	test('opens a saved draft, edits it and writes it back with the next revision', async () => {
		const item = await saved();
		await editor.open(item.id);
		expect(editor.phase).toBe('ready');
		expect(editor.issues).toEqual([]);
		expect(editor.changed.size).toBe(0);
		const first = editor.draft!.values['term.maxMonths']![0]!;
		editor.setValues('term.maxMonths', [{ ...first, value: { kind: 'number', value: 24, bound: 'atMost' } }]);
		expect(editor.saveState).toBe('pending');
		expect(editor.changed.has('term.maxMonths')).toBe(true);
		await editor.save();
		expect(editor.saveState).toBe('saved');
		const stored = await library.getSaved(item.id);
		expect(stored!.revision).toBe(2);
		expect(termOf(stored!.payload)).toEqual({ kind: 'number', value: 24, bound: 'atMost' });
	});

	test('saves by itself after a pause', async () => {
		vi.useFakeTimers();
		try {
			const item = await saved();
			await editor.open(item.id);
			editor.edit((d) => {
				d.notes = '备注';
			});
			await vi.advanceTimersByTimeAsync(700);
		} finally {
			vi.useRealTimers();
		}
		await vi.waitFor(() => expect(editor.saveState).toBe('saved'));
		expect(((await library.getSaved(editor.itemId!))!.payload as Draft).notes).toBe('备注');
	});

	test('the library name follows the title once the title is edited', async () => {
		const item = await saved();
		await editor.open(item.id);
		editor.setTitle('新标题');
		await editor.save();
		expect((await library.getSaved(item.id))!.name).toBe('新标题');
	});

	test('an impossible value is flagged at once', async () => {
		const item = await saved();
		await editor.open(item.id);
		const first = editor.draft!.values['term.maxMonths']![0]!;
		editor.setValues('term.maxMonths', [{ ...first, value: { kind: 'number', value: -3, bound: 'atMost' } }]);
		expect(editor.errors.map((i) => i.code)).toContain('negativeNumber');
	});

	test('applying a text re-splits it, and citation previews follow after the save', async () => {
		const item = await saved();
		await editor.open(item.id);
		editor.prepareText({ source: '某市办法\n第一条 授权期限不超过2年。', parse: { scheme: 'articles' } });
		expect(editor.dirty).toBe(true);
		await editor.applyText();
		expect(editor.corpus.clauses.map((c) => c.id)).toEqual(['title', 'art-1']);
		expect(editor.pendingText).toBeNull();
		expect(getClause(editor.region, clause('art-1'))?.text).toBe('第一条 授权期限不超过2年。');
		// Tai'an's citations no longer resolve in the new text
		expect(editor.issues.some((i) => i.code === 'unresolvedCitation')).toBe(true);
		expect(((await library.getSaved(item.id))!.payload as Draft).source).toContain('第一条 授权期限');
	});

	test('an edit saved elsewhere meanwhile is not overwritten: load theirs', async () => {
		const item = await saved();
		await editor.open(item.id);
		const { repo } = await library.open();
		const current = (await library.getSaved(item.id))!;
		await repo.saveItem(
			{ ...current, payload: { ...(current.payload as Draft), notes: '他们的' } },
			current.revision
		);
		editor.edit((d) => {
			d.notes = '我的';
		});
		await editor.save();
		expect(editor.conflict).not.toBeNull();
		expect(editor.draft!.notes).toBe('我的');
		// no further write goes out while the conflict stands
		editor.edit((d) => {
			d.notes = '我的，再改';
		});
		await editor.save();
		expect(((await library.getSaved(item.id))!.payload as Draft).notes).toBe('他们的');
		await editor.resolveConflict('theirs');
		expect(editor.conflict).toBeNull();
		expect(editor.draft!.notes).toBe('他们的');
		expect(editor.saveState).toBe('saved');
	});

	test('… or keep mine as a copy', async () => {
		const item = await saved();
		await editor.open(item.id);
		const { repo } = await library.open();
		const current = (await library.getSaved(item.id))!;
		await repo.saveItem(
			{ ...current, payload: { ...(current.payload as Draft), notes: '他们的' } },
			current.revision
		);
		editor.edit((d) => {
			d.notes = '我的';
		});
		await editor.save();
		const copy = await editor.resolveConflict('copy');
		expect(copy).not.toBe(item.id);
		expect(editor.itemId).toBe(copy);
		const stored = (await library.getSaved(copy!))!;
		expect(stored.name).toBe('试点市办法（副本）');
		expect((stored.payload as Draft).notes).toBe('我的');
		expect(((await library.getSaved(item.id))!.payload as Draft).notes).toBe('他们的');
	});

	test('a failed write is reported and the draft stays in memory; the retry saves it', async () => {
		const item = await saved();
		await editor.open(item.id);
		const { repo } = await library.open();
		const spy = vi
			.spyOn(repo, 'saveItem')
			.mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		editor.edit((d) => {
			d.notes = '不能丢';
		});
		await editor.save();
		expect(editor.saveState).toBe('failed');
		expect(editor.saveError).toMatch(/quota/i);
		expect(library.lastError).toBe('full');
		expect(editor.draft!.notes).toBe('不能丢');
		expect(editor.dirty).toBe(true);
		await editor.save();
		expect(spy).toHaveBeenCalledTimes(2);
		expect(editor.saveState).toBe('saved');
		expect(((await library.getSaved(item.id))!.payload as Draft).notes).toBe('不能丢');
	});

	test('missing, damaged and impossible ids say so', async () => {
		await editor.open('no-such-item');
		expect(editor.phase).toBe('notFound');
		const broken = await saved({ format: 'nope' });
		await editor.open(broken.id);
		expect(editor.phase).toBe('invalid');
		expect(editor.detail).toBeTruthy();
		await editor.open('<script>');
		expect(editor.phase).toBe('badId');
		await editor.open(null);
		expect(editor.phase).toBe('badId');
	});
});
