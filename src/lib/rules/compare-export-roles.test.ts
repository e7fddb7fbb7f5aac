// The compare exports say which tier a value binds (issue 22, item 1), as the grid does.
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { loadProfile, regionIds } from '$lib/regions/registry';
import { buildComparison, type CompareSelection } from './compare';
import { comparisonToJson } from './compare-export';
import { compareBriefing, type CompareWords, type Lang } from './briefing';

const profiles = await Promise.all(regionIds.map((id) => loadProfile(id)));
const rows = buildComparison(DIMENSIONS, profiles, { topics: ['eligibility'] });
const at = (r: string) => regionIds.indexOf(regionNamed(r));

const kinds = new Proxy({}, { get: (_, k) => String(k) });
const words = {
	dimension: 'dimension',
	topic: 'topic',
	status: 'status',
	difference: 'difference',
	national: 'national',
	clauses: (n: string) => n,
	mark: (n: string) => n,
	documentStatus: 'status',
	rowStatus: kinds,
	diff: kinds,
	marks: kinds
} as CompareWords;

/** The briefing table's (CSV and Word) value cell of one region on one row. */
function valueCell(dimension: string, region: string, lang: Lang): string {
	const table = compareBriefing(rows, {
		lang,
		title: '',
		head: [],
		words,
		columns: regionIds.map((r) => ({ region: r, name: r })),
		clauseLabel: (r, c) => `${r} ${c}`,
		topicLabel: (t) => t
	});
	const row = table.rows.find((r) => r[0] === DIMENSIONS.find((d) => d.id === dimension)!.label[lang])!;
	return row[4 + 2 * at(region)]!;
}

describe('compare exports keep the tiers apart', () => {
	test('CSV and Word: a tier-bound value begins with the role in the text’s words; a single-tier one does not', () => {
		expect(valueCell('eligibility.creditRequirements', 'jiangsu', 'zh').startsWith('〔开发主体〕')).toBe(
			true
		);
		expect(
			valueCell('eligibility.creditRequirements', 'jiangsu', 'en').startsWith('[development entity] ')
		).toBe(true);
		expect(valueCell('eligibility.creditRequirements', 'henan', 'zh').startsWith('〔一级开发主体〕')).toBe(
			true
		);
		expect(valueCell('eligibility.creditRequirements', 'quzhou', 'zh').startsWith('〔')).toBe(false);
	});

	test('JSON: each cell carries its roles (null where none)', () => {
		const sel: CompareSelection = {
			regions: [...regionIds],
			topics: ['eligibility'],
			differences: [],
			picked: [],
			onlyPicked: false,
			asOf: null,
			draft: null,
			national: false
		};
		const json = JSON.parse(comparisonToJson(rows, sel, '2026-12-05T02:00:00Z'));
		const row = json.rows.find(
			(r: { dimension: string }) => r.dimension === 'eligibility.incidentLookbackYears'
		);
		const cell = (r: string) => row.cells.find((c: { region: string }) => c.region === r);
		expect(cell('jiangsu').roles).toEqual(['developmentEntity']);
		expect(cell('henan').roles).toEqual(['primaryDeveloper', 'secondaryDeveloper']);
		expect(cell('taian').roles).toBeNull();
	});
});
