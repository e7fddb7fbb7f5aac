// The one Dexie database. Every version stays here with its upgrade: a browser may hold any of them.
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { RegionId } from '$lib/regions/types';
import type { ItemSummary } from './model';

export const DB_NAME = 'pdao';

/** Version 1 (first release): one row per scenario, payload inline, a single region. */
export const STORES_V1 = { scenarios: 'id, kind, region, updatedAt' } as const;

/**
 * Version 2 (current): tags and regions as multi-entry indexes, a soft-delete index, and payloads in
 * their own table so that listing 10,000 items never reads a payload.
 */
export const STORES_V2 = { scenarios: 'id, kind, *regions, *tags, deletedAt', payloads: 'id' } as const;

export const CURRENT_VERSION = 2;

/** A row as version 1 wrote it. Kept to type the upgrade and its fixtures. */
export interface ScenarioRowV1 {
	id: string;
	kind: 'simulation' | 'applicant' | 'timeline' | 'comparison';
	name: string;
	region: RegionId;
	payload: unknown;
	createdAt: string;
	updatedAt: string;
}

/** A metadata row (version 2): the summary as is. */
export type ScenarioRow = ItemSummary;

export interface PayloadRow {
	id: string;
	payload: unknown;
}

export type PdaoDatabase = Dexie & {
	scenarios: EntityTable<ScenarioRow, 'id'>;
	payloads: EntityTable<PayloadRow, 'id'>;
};

/**
 * Converts one version-1 row. Defensive: a malformed row is carried over as it is (and later listed
 * as damaged) rather than thrown on, because a throw here would abort the upgrade and lock the user
 * out of every other record.
 */
export function convertV1Row(
	raw: unknown
): { row: Record<string, unknown>; payload?: PayloadRow } | undefined {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
	const { region, payload, ...rest } = raw as Record<string, unknown>;
	const row = {
		...rest,
		tags: [],
		regions: region === undefined || region === null || region === '' ? [] : [region],
		revision: 1,
		schemaVersion: 1
	};
	return payload === undefined ? { row } : { row, payload: { id: rest.id as string, payload } };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
	const rows: unknown[] = await tx.table('scenarios').toArray();
	const converted = rows.map(convertV1Row).filter((c) => c !== undefined);
	await tx.table('payloads').bulkPut(converted.flatMap((c) => (c.payload ? [c.payload] : [])));
	await tx.table('scenarios').bulkPut(converted.map((c) => c.row));
}

export function createDatabase(name: string = DB_NAME, options?: DexieOptions): PdaoDatabase {
	const db = new Dexie(name, options) as PdaoDatabase;
	db.version(1).stores(STORES_V1);
	db.version(2).stores(STORES_V2).upgrade(upgradeToV2);
	return db;
}
