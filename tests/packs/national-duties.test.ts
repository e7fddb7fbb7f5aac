// National law as data: src/lib/regions/national/duties.yaml is validated by the build like a region pack —
// its shape (src/lib/rules/pack/national.ts), every duty the engines implement present once, and every clause
// it cites in the text it names — and fails naming the file, the field and the id.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { NATIONAL_DUTIES_FILE } from '../../scripts/packs/plugin';
import { nationalDuties, NATIONAL_IN_FORCE } from '$lib/regions/national-duties';
import { packMessage, REGIONS, regionsCopies } from './regions-copy';

const original = readFileSync(join(REGIONS, NATIONAL_DUTIES_FILE), 'utf8');
const copyWithOwn = regionsCopies('national');

interface Data {
	inForce: { citations: string[] };
	duties: { id: string; citations: string[]; count: unknown }[];
	overlaps: { regionalCitations: string[] }[];
}

/** The problems the build reports for an altered duties.yaml (in a copy of the regions folder), or null. */
function problems(alter: (d: Data) => void): string | null {
	const dir = copyWithOwn('national');
	const data = parse(original, { schema: 'core' }) as Data;
	alter(data);
	writeFileSync(join(dir, NATIONAL_DUTIES_FILE), stringify(data));
	return packMessage(dir, NATIONAL_DUTIES_FILE);
}

describe('national/duties.yaml', () => {
	test('as shipped: valid, and what the engines read', () => {
		expect(problems(() => {})).toBeNull();
		expect(NATIONAL_IN_FORCE).toBe('2025-03-01');
		expect(nationalDuties.find((d) => d.id === 'publicity')?.count).toEqual({ kind: 'workingDays', n: 10 });
	});

	test('a clause the national text lacks fails, naming the field', () => {
		expect(problems((d) => (d.duties[0]!.citations[0] = 'nationalRegistration:art-99')) ?? '').toMatch(
			/national\/duties\.yaml: duties\[0\]\.citations\[0\]: clause "art-99" is not in nationalRegistration's source\.txt/
		);
	});

	test('a region-local clause the region lacks, and an unknown document, fail', () => {
		const message = problems((d) => {
			d.overlaps[0]!.regionalCitations[0] = 'art-999';
			d.inForce.citations[0] = 'nationalNothing:art-1';
		});
		expect(message).toMatch(
			/overlaps\[0\]\.regionalCitations\[0\]: clause "art-999" is not in \w+'s source\.txt/
		);
		expect(message).toMatch(/inForce\.citations\[0\]: unknown document "nationalNothing"/);
	});

	test('a missing or unknown duty, and a malformed count, fail', () => {
		expect(problems((d) => (d.duties = d.duties.filter((x) => x.id !== 'renewal')))).toMatch(
			/duties: no duty "renewal"/
		);
		expect(problems((d) => (d.duties[0]!.id = 'somethingElse'))).toMatch(/duties\[0\]\.id/);
		expect(problems((d) => (d.duties[0]!.count = { kind: 'workingDays', n: 0 }))).toMatch(
			/duties\[0\]\.count/
		);
	});
});
