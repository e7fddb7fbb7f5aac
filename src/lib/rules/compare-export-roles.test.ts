// The compare exports say which tier a value binds (issue 22, item 1), as the grid does.
import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadProfile, regionIds } from '$lib/regions/registry';
import { buildComparison } from './compare';
import { comparisonToCsv, comparisonToJson } from './compare-export';

const profiles = await Promise.all(regionIds.map((id) => loadProfile(id)));
const rows = buildComparison(DIMENSIONS, profiles, { topic: 'eligibility' });
const at = (r: string) => regionIds.indexOf(r);

/** One CSV line's cells (quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
	return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
		m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!
	);
}

describe('compare exports keep the tiers apart', () => {
	test('CSV: a tier-bound value begins with the role in the text’s words; a single-tier one does not', () => {
		const lines = comparisonToCsv(rows, [...regionIds])
			.slice(1)
			.trimEnd()
			.split('\r\n');
		const line = lines.find((l) => l.startsWith('eligibility.creditRequirements,'))!;
		const row = cells(line);
		const cell = (r: string) => row[5 + 3 * at(r)]!;
		expect(cell('jiangsu').startsWith('〔开发主体〕')).toBe(true);
		expect(row[6 + 3 * at('jiangsu')]!.startsWith('[development entity] ')).toBe(true);
		expect(cell('henan').startsWith('〔一级开发主体〕')).toBe(true);
		expect(cell('quzhou').startsWith('〔')).toBe(false);
	});

	test('JSON: each cell carries its roles (null where none)', () => {
		const sel = {
			regions: [...regionIds],
			topic: 'eligibility',
			onlyDifferences: false,
			asOf: null,
			draft: null,
			national: false
		} as const;
		const json = JSON.parse(
			comparisonToJson(rows, { ...sel, regions: [...regionIds] }, '2026-12-05T02:00:00Z')
		);
		const row = json.rows.find(
			(r: { dimension: string }) => r.dimension === 'eligibility.incidentLookbackYears'
		);
		const cell = (r: string) => row.cells.find((c: { region: string }) => c.region === r);
		expect(cell('jiangsu').roles).toEqual(['developmentEntity']);
		expect(cell('henan').roles).toEqual(['primaryDeveloper', 'secondaryDeveloper']);
		expect(cell('taian').roles).toBeNull();
	});
});
