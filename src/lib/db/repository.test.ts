import { region } from '$lib/regions/fixture-ids';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import {
	DamagedItemError,
	InvalidItemError,
	ItemNotFoundError,
	StaleWriteError,
	isDamaged,
	type ItemSummary,
	type ListEntry,
	type SavedItem
} from './model';
import { copyName, createDexieRepository } from './repository';
import { createDatabase } from './schema';
import { BACKENDS, sampleItem, steppingClock, uniqueName, type Harness } from './testing';

const ids = (entries: ListEntry[]) => entries.map((e) => e.id);
const names = (entries: ListEntry[]) => entries.map((e) => (isDamaged(e) ? `!${e.id}` : e.name));

describe.each(BACKENDS)('repository ($name)', (backend) => {
	let h: Harness;
	const open = async (options: Parameters<typeof backend.make>[0] = {}) =>
		(h = await backend.make({ now: steppingClock(), ...options }));
	afterEach(() => h?.close());

	test('reports its backend', async () => {
		const { repo } = await open();
		expect(repo.backend).toBe(backend.name);
	});

	describe('create and get', () => {
		test('creates an item at revision 1 and reads it back exactly', async () => {
			const { repo } = await open();
			const created = await repo.createItem({
				kind: 'simulation',
				name: '  泰安 模拟  ',
				tags: [' a ', 'b', 'a', ''],
				regions: [region('taian'), region('taian')],
				payload: { snapshot: { value: 'review' }, events: [{ type: 'SUBMIT', n: 1.5 }] }
			});
			expect(created).toMatchObject({
				kind: 'simulation',
				name: '泰安 模拟',
				tags: ['a', 'b'],
				regions: ['taian'],
				revision: 1,
				schemaVersion: 1,
				createdAt: created.updatedAt
			});
			expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
			expect(await repo.getItem(created.id)).toEqual(created);
		});

		test('the stored copy is isolated from later mutation of the caller’s objects', async () => {
			const { repo } = await open();
			const payload = { list: [1, 2] };
			const created = await repo.createItem({ kind: 'draft', name: 'x', payload });
			payload.list.push(3);
			expect(((await repo.getItem(created.id)) as SavedItem).payload).toEqual({ list: [1, 2] });
		});

		test('lists hand out copies: mutating one does not change the next', async () => {
			const { repo } = await open();
			await repo.createItem({ kind: 'draft', name: 'x', tags: ['a'], payload: 1 });
			const [first] = (await repo.listItems()) as ItemSummary[];
			first!.tags.push('mutated');
			first!.name = 'mutated';
			expect(await repo.listItems()).toMatchObject([{ name: 'x', tags: ['a'] }]);
		});

		test('getItem of an unknown id is undefined', async () => {
			const { repo } = await open();
			expect(await repo.getItem('nope')).toBeUndefined();
		});

		test.each([
			[{ name: '   ' }, 'name'],
			[{ name: 'a\u0000b' }, 'name'],
			[{ name: 'x'.repeat(201) }, 'name'],
			[{ tags: ['ok', 'bad\nline'] }, 'tags[1]'],
			[{ regions: [region('Tai An')] }, 'regions[0]'],
			[{ payload: { when: new Date(0) } }, 'payload.when'],
			[{ payload: { f: () => 1 } }, 'payload.f'],
			[{ payload: { n: NaN } }, 'payload.n'],
			[{ payload: { a: [undefined] } }, 'payload.a[0]'],
			[{ payload: JSON.parse('{"x":{"__proto__":{"polluted":1}}}') }, 'payload.x.__proto__'],
			[{ payload: { constructor: 1 } }, 'payload.constructor']
		])('refuses %o (problem at %s) and writes nothing', async (overrides, field) => {
			const { repo } = await open();
			const error = await repo
				.createItem({ kind: 'draft', name: 'n', payload: {}, ...overrides })
				.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(InvalidItemError);
			expect((error as InvalidItemError).problems.map((p) => p.field)).toContain(field);
			expect(await repo.listItems({ includeDeleted: true })).toEqual([]);
		});

		test('markup in a name is stored as text, unchanged', async () => {
			const { repo } = await open();
			const name = '<script>alert("x")</script> & <img src=x onerror=1>';
			const created = await repo.createItem({ kind: 'draft', name, payload: null });
			expect(((await repo.getItem(created.id)) as SavedItem).name).toBe(name);
		});
	});

	describe('list: filters and sorts', () => {
		async function seeded() {
			const { repo } = await open();
			const made: SavedItem[] = [];
			for (let n = 0; n < 12; n++) made.push(await repo.createItem(sampleItem(n)));
			return { repo, made };
		}

		test('default: everything outside the trash, most recently updated first', async () => {
			const { repo, made } = await seeded();
			expect(ids(await repo.listItems())).toEqual(ids(made).reverse());
		});

		test('by kind, region, tag and their combination', async () => {
			const { repo, made } = await seeded();
			const expected = (pred: (i: SavedItem) => boolean) => ids(made.filter(pred)).reverse();
			expect(ids(await repo.listItems({ kind: 'applicant' }))).toEqual(
				expected((i) => i.kind === 'applicant')
			);
			expect(ids(await repo.listItems({ region: 'quzhou' }))).toEqual(
				expected((i) => i.regions.includes(region('quzhou')))
			);
			expect(ids(await repo.listItems({ tag: '草稿' }))).toEqual(expected((i) => i.tags.includes('草稿')));
			expect(ids(await repo.listItems({ tag: '草稿', kind: 'simulation', region: 'taian' }))).toEqual(
				expected(
					(i) => i.tags.includes('草稿') && i.kind === 'simulation' && i.regions.includes(region('taian'))
				)
			);
			expect(await repo.listItems({ tag: 'no-such-tag' })).toEqual([]);
		});

		test('text: every word, in name or tags, ignoring case and full/half width', async () => {
			const { repo } = await open();
			await repo.createItem({ kind: 'draft', name: 'Alpha 泰安', tags: ['Review'], payload: 1 });
			await repo.createItem({ kind: 'draft', name: 'Beta 衢州', tags: [], payload: 1 });
			expect(names(await repo.listItems({ text: 'ＡＬＰＨＡ' }))).toEqual(['Alpha 泰安']);
			expect(names(await repo.listItems({ text: 'alpha review' }))).toEqual(['Alpha 泰安']);
			expect(names(await repo.listItems({ text: 'alpha 衢州' }))).toEqual([]);
			expect(names(await repo.listItems({ text: '  ' }))).toHaveLength(2);
		});

		test('sort by name (Chinese by pinyin, numbers numerically), created and updated', async () => {
			const { repo } = await open();
			for (const name of ['泰安', '北京', 'item 10', '衢州', 'item 9'])
				await repo.createItem({ kind: 'draft', name, payload: 1 });
			// The zh collation puts Han (in pinyin order) before Latin.
			expect(names(await repo.listItems({ sort: 'name' }))).toEqual([
				'北京',
				'衢州',
				'泰安',
				'item 9',
				'item 10'
			]);
			expect(names(await repo.listItems({ sort: 'created' }))).toEqual([
				'item 9',
				'衢州',
				'item 10',
				'北京',
				'泰安'
			]);
			const [oldest] = (await repo.listItems({ sort: 'created' })).slice(-1) as ItemSummary[];
			await repo.renameItem(oldest!.id, '泰安 (renamed)');
			expect(names(await repo.listItems({ sort: 'updated' }))[0]).toBe('泰安 (renamed)');
			expect(names(await repo.listItems({ sort: 'created' })).at(-1)).toBe('泰安 (renamed)');
		});
	});

	describe('rename, tags, duplicate', () => {
		test('rename bumps the revision and refuses a stale one', async () => {
			const { repo } = await open();
			const item = await repo.createItem(sampleItem(1));
			const renamed = await repo.renameItem(item.id, ' New name ', 1);
			expect(renamed).toMatchObject({ name: 'New name', revision: 2 });
			expect(renamed.updatedAt > item.updatedAt).toBe(true);
			await expect(repo.renameItem(item.id, 'again', 1)).rejects.toBeInstanceOf(StaleWriteError);
			await expect(repo.renameItem(item.id, '')).rejects.toBeInstanceOf(InvalidItemError);
			await expect(repo.renameItem('missing', 'x')).rejects.toBeInstanceOf(ItemNotFoundError);
		});

		test('setTags normalises and is searchable by the new tag', async () => {
			const { repo } = await open();
			const item = await repo.createItem(sampleItem(1));
			expect((await repo.setTags(item.id, [' x ', 'y', 'x'])).tags).toEqual(['x', 'y']);
			expect(ids(await repo.listItems({ tag: 'y' }))).toEqual([item.id]);
			expect(await repo.listItems({ tag: sampleItem(1).tags![0] })).toEqual([]);
			await expect(repo.setTags(item.id, ['ok', 'x'.repeat(201)])).rejects.toBeInstanceOf(InvalidItemError);
		});

		test('duplicate: new id, suffixed name, same content, fresh revision and dates', async () => {
			const { repo } = await open();
			const item = await repo.createItem(sampleItem(4));
			await repo.renameItem(item.id, '方案');
			const zh = await repo.duplicateItem(item.id);
			const en = await repo.duplicateItem(item.id, { locale: 'en' });
			expect(zh.name).toBe('方案（副本）');
			expect(en.name).toBe('方案 (copy)');
			expect(zh.id).not.toBe(item.id);
			expect(zh).toMatchObject({ revision: 1, kind: item.kind, tags: item.tags, payload: item.payload });
			expect(zh.createdAt > item.createdAt).toBe(true);
			expect(await repo.getItem(zh.id)).toEqual(zh);
		});

		test('copyName keeps within 200 characters and never splits a surrogate pair', () => {
			expect(copyName('x'.repeat(200))).toHaveLength(200);
			expect(copyName('x'.repeat(195) + '😀😀', 'en')).toBe('x'.repeat(193) + ' (copy)');
		});

		test('a deleted item duplicates into a live one', async () => {
			const { repo } = await open();
			const item = await repo.createItem(sampleItem(2));
			await repo.deleteItem(item.id);
			const copy = await repo.duplicateItem(item.id);
			expect(copy.deletedAt).toBeUndefined();
			expect(ids(await repo.listItems())).toEqual([copy.id]);
		});
	});

	describe('soft delete, undo, purge', () => {
		test('delete hides, restore brings back, both bump the revision', async () => {
			const { repo } = await open();
			const a = await repo.createItem(sampleItem(1));
			const b = await repo.createItem(sampleItem(2));
			await repo.deleteItem(a.id);
			expect(ids(await repo.listItems())).toEqual([b.id]);
			const trashed = (await repo.listItems({ includeDeleted: true })).find((e) => e.id === a.id);
			expect(trashed).toMatchObject({ revision: 2, deletedAt: expect.any(String) });
			await repo.restoreItem(a.id);
			const back = (await repo.getItem(a.id)) as SavedItem;
			expect(back).toEqual({ ...a, revision: 3 });
			expect(ids(await repo.listItems())).toEqual([b.id, a.id]);
		});

		test('deleting twice or restoring a live item changes nothing', async () => {
			const { repo } = await open();
			const a = await repo.createItem(sampleItem(1));
			await repo.restoreItem(a.id);
			expect(await repo.getItem(a.id)).toEqual(a);
			await repo.deleteItem(a.id);
			const once = await repo.getItem(a.id);
			await repo.deleteItem(a.id);
			expect(await repo.getItem(a.id)).toEqual(once);
		});

		test('a stale editor cannot resurrect or overwrite a deleted item silently', async () => {
			const { repo } = await open();
			const a = await repo.createItem(sampleItem(1));
			await repo.deleteItem(a.id);
			await expect(repo.saveItem({ ...a, name: 'edit' }, a.revision)).rejects.toBeInstanceOf(StaleWriteError);
		});

		test('purgeDeleted removes only what went to the trash before the cut-off', async () => {
			const clock = steppingClock();
			const { repo } = await open({ now: clock });
			const a = await repo.createItem(sampleItem(1));
			const b = await repo.createItem(sampleItem(2));
			const c = await repo.createItem(sampleItem(3));
			await repo.deleteItem(a.id);
			const between = clock();
			await repo.deleteItem(b.id);
			expect(await repo.purgeDeleted(between)).toBe(1);
			expect(await repo.getItem(a.id)).toBeUndefined();
			expect(ids(await repo.listItems({ includeDeleted: true })).sort()).toEqual([b.id, c.id].sort());
			expect(await repo.purgeDeleted(new Date('2100-01-01'))).toBe(1);
			expect(ids(await repo.listItems({ includeDeleted: true }))).toEqual([c.id]);
		});
	});

	describe('optimistic concurrency', () => {
		test('of two editors starting from the same revision, the second is refused with the stored version', async () => {
			const { repo } = await open();
			const item = await repo.createItem(sampleItem(1));
			const editorA = (await repo.getItem(item.id)) as SavedItem;
			const editorB = (await repo.getItem(item.id)) as SavedItem;
			const savedA = await repo.saveItem({ ...editorA, payload: { by: 'A' } }, editorA.revision);
			expect(savedA.revision).toBe(2);
			const error = await repo
				.saveItem({ ...editorB, payload: { by: 'B' } }, editorB.revision)
				.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(StaleWriteError);
			expect((error as StaleWriteError).stored).toEqual(savedA);
			expect((await repo.getItem(item.id)) as SavedItem).toEqual(savedA);
			// B merges onto the stored revision and succeeds.
			const merged = await repo.saveItem({ ...savedA, payload: { by: 'A+B' } }, savedA.revision);
			expect(merged).toMatchObject({ revision: 3, payload: { by: 'A+B' }, createdAt: item.createdAt });
		});

		test('simultaneous saves of one revision: exactly one wins', async () => {
			const { repo } = await open();
			const item = await repo.createItem(sampleItem(1));
			const results = await Promise.allSettled(
				['A', 'B', 'C'].map((by) => repo.saveItem({ ...item, payload: { by } }, 1))
			);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			for (const r of results.filter((r) => r.status === 'rejected'))
				expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StaleWriteError);
			expect(((await repo.getItem(item.id)) as SavedItem).revision).toBe(2);
		});

		test('saving an item that no longer exists says so', async () => {
			const { repo } = await open();
			const item = await repo.createItem(sampleItem(1));
			await repo.deleteItem(item.id);
			await repo.purgeDeleted(new Date('2100-01-01'));
			await expect(repo.saveItem(item, 2)).rejects.toBeInstanceOf(ItemNotFoundError);
		});
	});

	describe('damaged records', () => {
		const good = {
			id: 'good-1',
			kind: 'draft',
			name: 'Sound',
			tags: ['t'],
			regions: [region('taian')],
			createdAt: '2025-01-01T00:00:00.000Z',
			updatedAt: '2025-01-02T00:00:00.000Z',
			revision: 1,
			schemaVersion: 1
		};
		const seed = {
			rows: [
				good,
				{ ...good, id: 'bad-kind', kind: 'spreadsheet' },
				{ ...good, id: 'bad-name', name: 5 },
				{ ...good, id: 'bad-tags', tags: 't' },
				{ ...good, id: 'bad-revision', revision: '2' },
				{ id: 'bad-empty' },
				{ ...good, id: 'no-payload' }
			],
			payloads: [
				{ id: 'good-1', payload: { ok: true } },
				{ id: 'bad-kind', payload: 1 },
				{ id: 'bad-name', payload: 1 },
				{ id: 'bad-tags', payload: 1 },
				{ id: 'bad-revision', payload: 1 }
			]
		};

		test('are listed as damaged, after the sound ones, never throwing', async () => {
			const { repo } = await open({ seed });
			const list = await repo.listItems();
			expect(names(list)).toEqual([
				'Sound',
				'Sound',
				'!bad-empty',
				'!bad-kind',
				'!bad-name',
				'!bad-revision',
				'!bad-tags'
			]);
			expect(list.find((e) => e.id === 'bad-kind')).toEqual({
				damaged: true,
				id: 'bad-kind',
				reason: 'kind: unknown (spreadsheet)'
			});
			// Filters still work for the sound ones; damaged rows the index returns stay visible.
			expect(names(await repo.listItems({ tag: 't' }))).toEqual([
				'Sound',
				'Sound',
				'!bad-kind',
				'!bad-name',
				'!bad-revision',
				'!bad-tags'
			]);
			expect(names(await repo.listItems({ kind: 'draft', text: 'nothing matches' }))).toEqual([
				'!bad-name',
				'!bad-revision',
				'!bad-tags'
			]);
		});

		test('getItem reports damage, including a missing payload', async () => {
			const { repo } = await open({ seed });
			expect(await repo.getItem('good-1')).toEqual({ ...good, payload: { ok: true } });
			expect(await repo.getItem('no-payload')).toEqual({
				damaged: true,
				id: 'no-payload',
				reason: 'payload: missing'
			});
			expect(await repo.getItem('bad-empty')).toMatchObject({ damaged: true, id: 'bad-empty' });
		});

		test('cannot be edited or duplicated, but can be deleted, restored and purged', async () => {
			const { repo } = await open({ seed });
			await expect(repo.renameItem('bad-name', 'fixed')).rejects.toBeInstanceOf(DamagedItemError);
			await expect(repo.duplicateItem('bad-name')).rejects.toBeInstanceOf(DamagedItemError);
			await repo.deleteItem('bad-name');
			expect(ids(await repo.listItems())).not.toContain('bad-name');
			await repo.restoreItem('bad-name');
			expect(ids(await repo.listItems())).toContain('bad-name');
			await repo.deleteItem('bad-name');
			expect(await repo.purgeDeleted(new Date('2100-01-01'))).toBe(1);
			expect(await repo.getItem('bad-name')).toBeUndefined();
		});

		test('can be repaired by a save naming its revision', async () => {
			const { repo } = await open({ seed });
			const repaired = await repo.saveItem(
				{ ...good, id: 'no-payload', name: 'Repaired', kind: 'draft', payload: { again: 1 } },
				1
			);
			expect(await repo.getItem('no-payload')).toEqual(repaired);
		});
	});

	test('observe: lists now and after every change, until unsubscribed', async () => {
		const { repo } = await open();
		const seen: string[][] = [];
		let wake: () => void = () => undefined;
		const next = () => new Promise<void>((resolve) => (wake = resolve));
		let arrival = next();
		const stop = repo.observe({ sort: 'name' }, (entries) => {
			seen.push(names(entries));
			wake();
		});
		await arrival;
		arrival = next();
		await repo.createItem({ kind: 'draft', name: 'b', payload: 1 });
		await arrival;
		arrival = next();
		await repo.createItem({ kind: 'draft', name: 'a', payload: 1 });
		await arrival;
		stop();
		// a second observer is told of the next change; by then the stopped one would have been told too
		let stopLater = () => {};
		const later = new Promise<void>((done) => {
			stopLater = repo.observe({ sort: 'name' }, (entries) => {
				if (names(entries).includes('c')) done();
			});
		});
		await repo.createItem({ kind: 'draft', name: 'c', payload: 1 });
		await later;
		stopLater();
		expect(seen).toEqual([[], ['b'], ['a', 'b']]);
	});
});

describe('two tabs on one IndexedDB database', () => {
	test('an edit in one tab refuses the other tab’s stale save, and the other tab sees the change', async () => {
		const name = uniqueName();
		const tabA = createDatabase(name);
		const tabB = createDatabase(name);
		const repoA = createDexieRepository(tabA);
		const repoB = createDexieRepository(tabB);
		const item = await repoA.createItem(sampleItem(1));

		const seenByB: ListEntry[][] = [];
		let bSawEdit = () => {};
		const sawEdit = new Promise<void>((done) => (bSawEdit = done));
		const stop = repoB.observe({}, (entries) => {
			seenByB.push(entries);
			if (names(entries)[0] === 'edited in A') bSawEdit();
		});
		const openInB = (await repoB.getItem(item.id)) as SavedItem;
		expect(names(await repoB.listItems())).toEqual([item.name]); // B now lists from its cache

		await repoA.saveItem({ ...item, name: 'edited in A' }, 1);
		const error = await repoB.saveItem({ ...openInB, name: 'edited in B' }, openInB.revision).catch((e) => e);
		expect(error).toBeInstanceOf(StaleWriteError);
		expect((error as StaleWriteError).stored).toMatchObject({ name: 'edited in A', revision: 2 });
		expect(await repoB.getItem(item.id)).toMatchObject({ name: 'edited in A' });
		expect(names(await repoB.listItems())).toEqual(['edited in A']); // A's write dropped B's cache

		await sawEdit; // B's live list is told of A's write (a test timeout if never)
		expect(names(seenByB.at(-1)!)).toEqual(['edited in A']);
		stop();
		tabA.close();
		tabB.close();
	});
});
