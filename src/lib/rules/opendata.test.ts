import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadAllProfiles } from '$lib/regions/profiles';
import { regions } from '$lib/regions/registry';
import { nationalOpenData } from './national-open-data';
import { buildOpenData, openDataToCsv, OPEN_DATA_CSV_HEADER, OPEN_DATA_VERSION } from './opendata';
import { csvCell } from './csv';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../../static/data/rules.schema.json'), 'utf8'));

function validator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
	return ajv.compile(schema);
}

describe('open data', async () => {
	const profiles = await loadAllProfiles();
	const data = buildOpenData(
		regions,
		DIMENSIONS,
		profiles,
		'2026-11-23T00:00:00.000Z',
		nationalOpenData(DIMENSIONS, regions, profiles)
	);

	test('validates against the JSON Schema that ships beside it', () => {
		const validate = validator();
		expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	});

	test('the schema rejects a malformed file', () => {
		const validate = validator();
		const bad = structuredClone(data);
		(bad.values[0] as { citations: unknown }).citations = ['<script>'];
		expect(validate(bad)).toBe(false);
		expect(validate({ ...data, version: '2.0.0' })).toBe(false);
	});

	test('has every region × dimension, and the contract’s regions fields', () => {
		expect(data.values).toHaveLength(regions.length * DIMENSIONS.length);
		expect(data.regions.find((r) => r.id === 'jiangsu')).toMatchObject({
			level: 'province',
			status: ['interim'],
			validFrom: '2024-12-01',
			validUntil: '2026-11-30'
		});
		expect(data.regions.find((r) => r.id === 'taian')).toMatchObject({ validFrom: null, validUntil: null });
	});

	test('1.3 keeps the tiers apart: each region’s roles, per-role dimensions, the role(s) a value binds', () => {
		expect(OPEN_DATA_VERSION).toBe('1.4.0');
		expect(data.version).toBe('1.4.0');
		expect(data.regions.find((r) => r.id === 'henan')!.roles!.map((r) => [r.id, r.term.zh])).toEqual([
			['primaryDeveloper', '一级开发主体'],
			['secondaryDeveloper', '二级开发主体']
		]);
		expect(data.regions.find((r) => r.id === 'quzhou')!.roles!.map((r) => r.id)).toEqual(['operator']);
		expect(data.dimensions.find((d) => d.id === 'selection.method')!.perRole).toBe(true);
		expect(data.dimensions.find((d) => d.id === 'scope.activities')!.perRole).toBe(false);
		const value = (region: string, dimension: string) =>
			data.values.find((v) => v.region === region && v.dimension === dimension)!;
		expect(value('jiangsu', 'eligibility.incidentLookbackYears').roles).toEqual(['developmentEntity']);
		expect(value('henan', 'eligibility.creditRequirements').roles).toEqual(['primaryDeveloper']);
		expect(value('henan', 'selection.method').roles).toEqual(['secondaryDeveloper']);
		expect(value('quzhou', 'selection.method').roles).toBeNull();
		const csv = openDataToCsv(data, DIMENSIONS);
		const row = csv.split('\r\n').find((l) => l.startsWith('jiangsu,eligibility.creditRequirements,'))!;
		expect(row).toContain(',developmentEntity,');
		const validate = validator();
		const bad = structuredClone(data);
		bad.values.find((v) => v.roles)!.roles = [];
		expect(validate(bad)).toBe(false);
		const older = structuredClone(data);
		older.version = '1.2.0';
		older.regions.forEach((r) => delete r.roles);
		older.dimensions.forEach((d) => delete d.perRole);
		older.values.forEach((v) => delete v.roles);
		expect(validate(older), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	});

	test('1.2 adds the national framework and the conformity marks; a 1.1-shaped file still validates', () => {
		expect(data.national!.values).toHaveLength(DIMENSIONS.length);
		expect(data.national!.documents.map((d) => d.id)).toEqual([
			'nationalSpec',
			'nationalRegistration',
			'nationalPricing',
			'nationalCirculation'
		]);
		expect(data.conformity).toHaveLength(regions.length * DIMENSIONS.length);
		expect(
			data.conformity!.find((c) => c.region === 'taian' && c.dimension === 'term.maxMonths')
		).toMatchObject({
			mark: 'stricter',
			regionalCitations: ['taian:art-14-4'],
			nationalCitations: ['nationalSpec:art-14-2']
		});
		expect(data.dimensions.find((d) => d.id === 'term.maxMonths')).toMatchObject({ strictness: 'lower' });
		const validate = validator();
		const older = {
			...structuredClone(data),
			version: '1.1.0',
			regions: data.regions.map(({ roles: _r, ...r }) => r),
			dimensions: data.dimensions.map(({ strictness: _s, comparedAs: _c, perRole: _p, ...d }) => d),
			values: data.values.map(({ roles: _r, ...v }) => v)
		};
		delete older.national;
		delete older.conformity;
		expect(validate(older), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		const bad = structuredClone(data);
		bad.conformity![0]!.mark = 'fine' as never;
		expect(validate(bad)).toBe(false);
		const unqualified = structuredClone(data);
		unqualified.national!.values[0]!.citations = ['art-14-2'];
		expect(validate(unqualified)).toBe(false);
	});

	test('CSV 1.4: each row carries its region × dimension’s conformity mark and the national clauses', () => {
		const csv = openDataToCsv(data, DIMENSIONS);
		const rows = csv.trimEnd().split('\r\n');
		const header = rows[0]!.replace('\uFEFF', '').split(',');
		expect(header.slice(-2)).toEqual(['conformity', 'national_citations']);
		const taian = rows.find((l) => l.startsWith('taian,term.maxMonths,'))!;
		expect(taian.endsWith(',stricter,nationalSpec:art-14-2')).toBe(true);
		// every row of a file with the framework has a mark; without it (a draft's export) the columns are empty
		const marked = new Set(data.conformity!.map((c) => c.mark));
		for (const line of rows.slice(1)) {
			const cells = line.split(',');
			// a quoted cell can hold commas: only rows without quotes are read cell by cell here
			if (!line.includes('"')) expect(marked.has(cells.at(-2) as never), line).toBe(true);
		}
		const { national: _n, conformity: _c, ...bare } = data;
		const plain = openDataToCsv(bare, DIMENSIONS).trimEnd().split('\r\n');
		expect(plain.slice(1).every((l) => l.endsWith(',,'))).toBe(true);
	});

	test('CSV: header, one row per value, quoting, BOM', () => {
		const csv = openDataToCsv(data, DIMENSIONS);
		expect(csv.startsWith('\uFEFF' + OPEN_DATA_CSV_HEADER.join(','))).toBe(true);
		expect(csv.trimEnd().split('\r\n')).toHaveLength(data.values.length + 1);
		expect(csv).toContain('taian,term.maxMonths,agreement,,number,36,atMost,generally');
		expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
	});
});
