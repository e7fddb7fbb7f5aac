import { region } from '$lib/regions/fixture-ids';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { classifyStorageError } from './health';
import { isDamaged, type SavedItem } from './model';
import { createDexieRepository } from './repository';
import { createDatabase } from './schema';
import { BACKENDS, sampleItem, snapshot, steppingClock, uniqueName, type Harness } from './testing';
import {
	MAX_IMPORT_BYTES,
	applyImport,
	exportFileName,
	exportItems,
	parseImport,
	planImport,
	serializeExport,
	utf8Length,
	type ExportDocument
} from './transfer';
import { wordsIn } from '$lib/rules/words';

const T = '2025-03-01T10:00:00.000Z';
const validItem = (n: number, overrides: Record<string, unknown> = {}) => ({
	id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
	kind: 'simulation',
	name: `Item ${n}`,
	tags: ['a'],
	regions: ['taian'],
	createdAt: T,
	updatedAt: T,
	revision: 1,
	schemaVersion: 1,
	payload: { n },
	...overrides
});
const doc = (items: unknown[], overrides: Record<string, unknown> = {}) =>
	JSON.stringify({ format: 'pdao-library', version: 1, exported: T, items, ...overrides });

describe.each(BACKENDS)('transfer ($name)', (backend) => {
	let harnesses: Harness[] = [];
	const open = async (options: Parameters<typeof backend.make>[0] = {}) => {
		const h = await backend.make({ now: steppingClock(), ...options });
		harnesses.push(h);
		return h.repo;
	};
	afterEach(() => {
		harnesses.forEach((h) => h.close());
		harnesses = [];
	});

	test('export → import round-trips every field unchanged, markup included', async () => {
		const source = await open();
		const script = await source.createItem({
			kind: 'draft',
			name: '<script>alert("pwned")</script> & <b>bold</b>',
			tags: ['<i>tag</i>', '标签'],
			regions: [region('taian'), region('quzhou')],
			payload: { html: '<img src=x onerror=alert(1)>', nested: [[{ deep: null }]], n: -1.25e-7 }
		});
		const other = await source.createItem(sampleItem(3));
		const trashed = await source.createItem(sampleItem(4));
		await source.deleteItem(trashed.id);

		const all = await exportItems(source, undefined, new Date(T));
		expect(all.document.items.map((i) => i.id)).toEqual([script.id, other.id]); // the trash stays out
		expect(all.skipped).toEqual([]);

		const chosen = (await exportItems(source, [script.id, other.id, trashed.id], new Date(T))).document;
		expect(chosen).toMatchObject({ format: 'pdao-library', version: 1, exported: T });
		const text = serializeExport(chosen);
		const parsed = parseImport(text);
		expect(parsed).toEqual({ ok: true, items: chosen.items });

		const target = await open();
		await applyImport(target, parsed.ok ? parsed.items : [], 'keepBoth');
		expect(await target.getItems([script.id, other.id, trashed.id])).toEqual(
			await source.getItems([script.id, other.id, trashed.id])
		);
		expect(((await target.getItem(script.id)) as SavedItem).name).toBe(script.name);
		expect(exportFileName(chosen)).toBe('pdao-library-2025-03-01.json');
	});

	test('damaged records are skipped by export and named', async () => {
		const repo = await open({
			seed: {
				rows: [{ id: 'broken', kind: 'draft' }, validItem(1, { payload: undefined })],
				payloads: [{ id: validItem(1).id, payload: 1 }]
			}
		});
		const { document, skipped } = await exportItems(repo);
		expect(document.items.map((i) => i.id)).toEqual([validItem(1).id]);
		expect(skipped).toMatchObject([{ damaged: true, id: 'broken' }]);
	});

	describe('hostile or broken files are refused with a clear problem and change nothing', () => {
		const deep = (depth: number): unknown => (depth === 0 ? 1 : [deep(depth - 1)]);
		const cases: [string, () => string, { item?: number; field?: string; en: RegExp }][] = [
			['over 5 MB', () => ' '.repeat(MAX_IMPORT_BYTES + 1), { en: /too large/ }],
			[
				'over 5 MB in UTF-8 though not in characters',
				() => doc([validItem(1, { payload: '数'.repeat(1_800_000) })]),
				{ en: /too large/ }
			],
			['malformed JSON', () => doc([validItem(1)]).slice(0, -5), { en: /not valid JSON/ }],
			['an empty file', () => '', { en: /not valid JSON/ }],
			['a top-level array', () => '[]', { en: /expected an object/ }],
			[
				'another format',
				() => doc([], { format: 'other-app' }),
				{ field: 'format', en: /not a library file/ }
			],
			['a newer version', () => doc([], { version: 2 }), { field: 'version', en: /newer version/ }],
			['a version as text', () => doc([], { version: '1' }), { field: 'version', en: /unsupported/ }],
			['a bad export date', () => doc([], { exported: 'yesterday' }), { field: 'exported', en: /UTC/ }],
			['items not a list', () => doc([], { items: {} }), { field: 'items', en: /list/ }],
			['an unknown top-level field', () => doc([], { extra: 1 }), { field: 'extra', en: /unknown field/ }],
			[
				'__proto__ at the top',
				() => doc([]).replace('{', '{"__proto__":{"polluted":true},'),
				{ field: '__proto__', en: /forbidden key "__proto__"/ }
			],
			[
				'__proto__ deep in a payload',
				() => doc([validItem(1), validItem(2)]).replace('{"n":2}', '{"a":{"b":{"__proto__":{"x":1}}}}'),
				{ item: 1, field: 'payload.a.b.__proto__', en: /forbidden key/ }
			],
			[
				'constructor as an item field',
				() => doc([validItem(1, { constructor: { prototype: 1 } })]),
				{ item: 0, field: 'constructor', en: /forbidden key "constructor"/ }
			],
			[
				'prototype inside arrays',
				() => doc([validItem(1, { payload: [[{ prototype: 1 }]] })]),
				{ item: 0, field: 'payload[0][0].prototype', en: /forbidden key "prototype"/ }
			],
			[
				'nesting deeper than 100',
				() => doc([validItem(1, { payload: deep(150) })]),
				{ item: 0, field: 'payload' + '[0]'.repeat(97), en: /nested more than 100/ }
			],
			[
				'a control character in a name',
				() => doc([validItem(1, { name: 'a\u0007b' })]),
				{ item: 0, field: 'name', en: /control/ }
			],
			[
				'a bidi override in a name',
				() => doc([validItem(1, { name: 'abc\u202Etxt.exe' })]),
				{ item: 0, field: 'name', en: /control/ }
			],
			[
				'a newline in a tag',
				() => doc([validItem(1, { tags: ['ok', 'two\nlines'] })]),
				{ item: 0, field: 'tags[1]', en: /control/ }
			],
			[
				'a 201-character name',
				() => doc([validItem(1, { name: 'n'.repeat(201) })]),
				{ item: 0, field: 'name', en: /at most 200/ }
			],
			[
				'a 201-character tag',
				() => doc([validItem(1, { tags: ['t'.repeat(201)] })]),
				{ item: 0, field: 'tags[0]', en: /at most 200/ }
			],
			['an empty name', () => doc([validItem(1, { name: ' ' })]), { item: 0, field: 'name', en: /empty/ }],
			[
				'a missing payload',
				() => doc([validItem(1, { payload: undefined })]),
				{ item: 0, field: 'payload', en: /missing/ }
			],
			[
				'a revision as text',
				() => doc([validItem(1, { revision: '1' })]),
				{ item: 0, field: 'revision', en: /number/ }
			],
			[
				'a fractional revision',
				() => doc([validItem(1, { revision: 1.5 })]),
				{ item: 0, field: 'revision', en: /whole number/ }
			],
			[
				'an unknown kind',
				() => doc([validItem(1, { kind: 'spreadsheet' })]),
				{ item: 0, field: 'kind', en: /one of/ }
			],
			[
				'an unknown item field',
				() => doc([validItem(1, { owner: 'x' })]),
				{ item: 0, field: 'owner', en: /unknown field/ }
			],
			[
				'an impossible date',
				() => doc([validItem(1, { createdAt: '2024-02-30T00:00:00.000Z' })]),
				{ item: 0, field: 'createdAt', en: /UTC/ }
			],
			[
				'a date with an offset',
				() => doc([validItem(1, { updatedAt: '2024-02-03T08:00:00+08:00' })]),
				{ item: 0, field: 'updatedAt', en: /UTC/ }
			],
			[
				'a bad region id',
				() => doc([validItem(1, { regions: ['../etc'] })]),
				{ item: 0, field: 'regions[0]', en: /region id/ }
			],
			[
				'a bad item id',
				() => doc([validItem(1, { id: 'a b' })]),
				{ item: 0, field: 'id', en: /letters, digits/ }
			],
			['an item that is not an object', () => doc([validItem(1), 'x']), { item: 1, en: /object/ }],
			[
				'a duplicate id',
				() => doc([validItem(1), validItem(1, { name: 'twin' })]),
				{ item: 1, field: 'id', en: /same id as item 1/ }
			]
		];

		test.each(cases)('%s', async (_label, build, expected) => {
			const repo = await open();
			await repo.createItem(sampleItem(1));
			const before = await snapshot(repo);
			const result = parseImport(build());
			expect(result.ok).toBe(false);
			const problems = result.ok ? [] : result.problems;
			const match = problems.find(
				(p) =>
					p.item === expected.item && p.field === expected.field && expected.en.test(wordsIn(p.message, 'en'))
			);
			expect(match, JSON.stringify(problems, null, 1)).toBeDefined();
			expect(wordsIn(match!.message, 'zh-CN')).not.toBe('');
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			expect(await snapshot(repo)).toEqual(before);
		});
	});

	test('a file with thousands of problems reports the first 50 and a count', () => {
		const result = parseImport(doc(Array.from({ length: 300 }, (_, n) => validItem(n, { name: '' }))));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(51);
		expect(wordsIn(result.problems.at(-1)!.message, 'en')).toBe('and 250 more problems');
	});

	test('a byte-order mark is tolerated', () => {
		expect(parseImport('\uFEFF' + doc([validItem(1)])).ok).toBe(true);
	});

	test('utf8Length counts bytes', () => {
		expect([
			utf8Length('a'),
			utf8Length('é'),
			utf8Length('数'),
			utf8Length('😀'),
			utf8Length('\uD800')
		]).toEqual([1, 2, 3, 4, 3]);
	});

	describe('clashes', () => {
		async function clashing() {
			const repo = await open();
			const stored = await repo.createItem(sampleItem(1));
			await repo.renameItem(stored.id, 'stored copy'); // revision 2
			const incoming = { ...validItem(9), id: stored.id, name: 'incoming', revision: 1 };
			const fresh = validItem(10);
			const parsed = parseImport(doc([incoming, fresh]));
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
			return { repo, stored, items: parsed.items, incoming, fresh };
		}

		test('planImport names the clashing ids', async () => {
			const { repo, stored, items } = await clashing();
			const plan = await planImport(repo, items);
			expect(plan.fresh).toBe(1);
			expect(plan.clashes).toMatchObject([
				{ index: 0, id: stored.id, name: 'incoming', stored: { id: stored.id, name: 'stored copy' } }
			]);
		});

		test('keepBoth stores the import under a new id and leaves the stored item alone', async () => {
			const { repo, stored, items, fresh } = await clashing();
			const before = await repo.getItem(stored.id);
			const result = await applyImport(repo, items, 'keepBoth');
			expect(result.added).toEqual([fresh.id]);
			expect(result.replaced).toEqual([]);
			expect(result.renamed).toHaveLength(1);
			const { to } = result.renamed[0]!;
			expect(await repo.getItem(stored.id)).toEqual(before);
			expect(await repo.getItem(to)).toEqual({ ...items[0], id: to });
			expect((await repo.listItems()).length).toBe(3);
		});

		test('replace overwrites, above both revisions, so a stale editor is refused', async () => {
			const { repo, stored, items } = await clashing();
			const editor = (await repo.getItem(stored.id)) as SavedItem; // revision 2
			const result = await applyImport(repo, items, 'replace');
			expect(result.replaced).toEqual([stored.id]);
			expect(await repo.getItem(stored.id)).toEqual({ ...items[0], revision: 3 });
			await expect(repo.saveItem(editor, editor.revision)).rejects.toMatchObject({ name: 'StaleWriteError' });
		});
	});

	test('all or nothing: a failure on the sixth item writes none of the ten', async () => {
		const repo = await open();
		const kept = await repo.createItem(sampleItem(1));
		const parsed = parseImport(
			doc([{ ...validItem(0), id: kept.id }, ...Array.from({ length: 9 }, (_, n) => validItem(n + 1))])
		);
		if (!parsed.ok) throw new Error('fixture');
		const items = parsed.items.map((item, i) =>
			i === 5 ? { ...item, payload: () => 'not cloneable' } : item
		);
		const before = await snapshot(repo);
		await expect(applyImport(repo, items, 'replace')).rejects.toBeDefined();
		expect(await snapshot(repo)).toEqual(before);
		expect(await repo.getItem(validItem(1).id)).toBeUndefined();
	});
});

test('all or nothing in IndexedDB: a full disk while writing payloads rolls back the metadata too', async () => {
	const db = createDatabase(uniqueName());
	db.use({
		stack: 'dbcore',
		name: 'quota-on-payloads',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return name !== 'payloads'
					? table
					: {
							...table,
							mutate: async (req) => {
								if (req.type === 'put' && req.values.length > 3)
									throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
								return table.mutate(req);
							}
						};
			}
		})
	});
	const repo = createDexieRepository(db);
	await repo.createItem(sampleItem(1));
	const before = await snapshot(repo);
	const parsed = parseImport(doc(Array.from({ length: 10 }, (_, n) => validItem(n))));
	if (!parsed.ok) throw new Error('fixture');
	const error = await applyImport(repo, parsed.items, 'keepBoth').catch((e: unknown) => e);
	expect(classifyStorageError(error)).toBe('full');
	expect(await snapshot(repo)).toEqual(before);
	expect(await db.scenarios.count()).toBe(1);
	db.close();
});

test('an exported document is plain data', async () => {
	const h = await BACKENDS[1]!.make();
	await h.repo.createItem(sampleItem(2));
	const { document } = await exportItems(h.repo);
	const copy = JSON.parse(serializeExport(document)) as ExportDocument;
	expect(copy).toEqual(document);
	expect(copy.items.every((i) => !isDamaged(i))).toBe(true);
});
