import { region } from '$lib/regions/fixture-ids';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { isDamaged, type SavedItem } from './model';
import { createDexieRepository } from './repository';
import { CURRENT_VERSION, STORES_V1, convertV1Row, createDatabase, type ScenarioRowV1 } from './schema';
import { uniqueName } from './testing';

const at = (day: number) => `2024-06-${String(day).padStart(2, '0')}T08:00:00.000Z`;

/** What a version-1 release would have written: every v1 kind, odd names, nested and empty payloads. */
const FIXTURES: ScenarioRowV1[] = [
	{
		id: '0b7e1f3c-0001-4000-8000-000000000001',
		kind: 'simulation',
		name: '泰安 授权运营模拟',
		region: region('taian'),
		payload: {
			snapshot: { value: { apply: 'review' }, context: { months: 36 } },
			events: [{ type: 'SUBMIT' }]
		},
		createdAt: at(1),
		updatedAt: at(2)
	},
	{
		id: '0b7e1f3c-0001-4000-8000-000000000002',
		kind: 'applicant',
		name: '<b>Acme</b> & Co "数据"',
		region: region('quzhou'),
		payload: { profile: { name: 'Acme', capital: 1000, flags: [true, false, null] } },
		createdAt: at(3),
		updatedAt: at(3)
	},
	{
		id: '0b7e1f3c-0001-4000-8000-000000000003',
		kind: 'timeline',
		name: 'Timeline without a region',
		region: region(''),
		payload: [],
		createdAt: at(4),
		updatedAt: at(5)
	},
	{
		id: '0b7e1f3c-0001-4000-8000-000000000004',
		kind: 'comparison',
		name: '比较 江苏/河南',
		region: region('jiangsu'),
		payload: { regions: ['jiangsu', 'henan'], dims: Array.from({ length: 200 }, (_, i) => `d${i}`) },
		createdAt: at(6),
		updatedAt: at(7)
	},
	{
		id: '0b7e1f3c-0001-4000-8000-000000000005',
		kind: 'simulation',
		name: 'null payload',
		region: region('yingkou'),
		payload: null,
		createdAt: at(8),
		updatedAt: at(9)
	}
];

/** Rows a buggy v1 might have left behind: the upgrade must carry them, not choke on them. */
const CORRUPTED = [
	{
		id: 'bad-name',
		kind: 'simulation',
		name: 42,
		region: 'taian',
		payload: {},
		createdAt: at(1),
		updatedAt: at(1)
	},
	{
		id: 'bad-no-payload',
		kind: 'timeline',
		name: 'lost payload',
		region: 'henan',
		createdAt: at(1),
		updatedAt: at(1)
	},
	{
		id: 'bad-region',
		kind: 'draft',
		name: 'odd region',
		region: 7,
		payload: 1,
		createdAt: at(1),
		updatedAt: at(1)
	}
];

async function writeV1(name: string, rows: unknown[]): Promise<void> {
	const v1 = new Dexie(name);
	v1.version(1).stores(STORES_V1);
	await v1.table('scenarios').bulkAdd(rows);
	v1.close();
}

describe('upgrade from version 1', () => {
	test('every record survives with its fields converted', async () => {
		const name = uniqueName();
		await writeV1(name, [...FIXTURES, ...CORRUPTED]);

		const db = createDatabase(name);
		await db.open();
		expect(db.verno).toBe(CURRENT_VERSION);
		const repo = createDexieRepository(db);

		for (const row of FIXTURES) {
			expect(await repo.getItem(row.id)).toEqual({
				id: row.id,
				kind: row.kind,
				name: row.name,
				tags: [],
				regions: row.region ? [row.region] : [],
				createdAt: row.createdAt,
				updatedAt: row.updatedAt,
				revision: 1,
				schemaVersion: 1,
				payload: row.payload
			});
			const raw = await db.scenarios.get(row.id);
			expect(raw).not.toHaveProperty('region');
			expect(raw).not.toHaveProperty('payload');
		}
		expect(await db.scenarios.count()).toBe(FIXTURES.length + CORRUPTED.length);

		// The new indexes answer for converted rows.
		const taian = await repo.listItems({ region: 'taian' });
		expect(taian.map((e) => e.id)).toContain(FIXTURES[0]!.id);
		expect((await repo.listItems({ kind: 'comparison' })).map((e) => e.id)).toEqual([FIXTURES[3]!.id]);

		// Corrupted rows are still there, reported as damaged, and do not hide the rest.
		const all = await repo.listItems();
		expect(all.filter((e) => !isDamaged(e))).toHaveLength(FIXTURES.length + 1); // bad-no-payload lists fine
		expect(all.filter(isDamaged).map((e) => [e.id, e.reason])).toEqual([
			['bad-name', 'name: missing or not text'],
			['bad-region', 'regions: missing or not a list of text']
		]);
		expect(await repo.getItem('bad-no-payload')).toEqual({
			damaged: true,
			id: 'bad-no-payload',
			reason: 'payload: missing'
		});

		// Converted items are editable at revision 1.
		const first = (await repo.getItem(FIXTURES[0]!.id)) as SavedItem;
		const saved = await repo.saveItem({ ...first, name: 'edited' }, first.revision);
		expect(saved.revision).toBe(2);
		db.close();
	});

	test('an empty version-1 database upgrades', async () => {
		const name = uniqueName();
		await writeV1(name, []);
		const db = createDatabase(name);
		await db.open();
		expect(await createDexieRepository(db).listItems()).toEqual([]);
		db.close();
	});

	test('a fresh install opens at the current version with both tables', async () => {
		const db = createDatabase(uniqueName());
		await db.open();
		expect(db.verno).toBe(CURRENT_VERSION);
		expect(db.tables.map((t) => t.name).sort()).toEqual(['payloads', 'scenarios']);
		expect(db.scenarios.schema.indexes.map((i) => i.src).sort()).toEqual(
			['*regions', '*tags', 'deletedAt', 'kind'].sort()
		);
		db.close();
	});
});

describe('convertV1Row', () => {
	test.each([
		[
			{ id: 'a', region: 'taian', payload: 1 },
			{ id: 'a', regions: ['taian'] },
			{ id: 'a', payload: 1 }
		],
		[
			{ id: 'b', region: '', payload: null },
			{ id: 'b', regions: [] },
			{ id: 'b', payload: null }
		],
		[{ id: 'c', region: null }, { id: 'c', regions: [] }, undefined],
		[
			{ id: 'd', region: 5, payload: 'x' },
			{ id: 'd', regions: [5] },
			{ id: 'd', payload: 'x' }
		]
	])('%o', (raw, row, payload) => {
		const out = convertV1Row(raw);
		expect(out?.row).toEqual({ ...row, tags: [], revision: 1, schemaVersion: 1 });
		expect(out?.payload).toEqual(payload);
	});

	test('non-objects are left alone', () => {
		expect(convertV1Row('x')).toBeUndefined();
		expect(convertV1Row(null)).toBeUndefined();
	});
});
