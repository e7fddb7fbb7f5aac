// The cross-region walkthroughs (src/lib/regions/walkthroughs.yaml) are checked at build like a pack: their
// shape, then every quoted or cited clause names its region and is in that region's text; a failure names
// the file and the field.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CROSS_REGION_FILE } from '../../scripts/packs/plugin';
import { packChecker, REGIONS, regionsCopies } from './regions-copy';

const original = readFileSync(join(REGIONS, CROSS_REGION_FILE), 'utf8');
// One copy for the file, and one checker: the five texts the walkthroughs cite are split once.
const dir = regionsCopies('cross-region')('taian');
const check = packChecker(dir);

/** The build's message for the cross-region walkthroughs with `original` changed as `alter` says, or null. */
function message(alter: (yaml: string) => string): string | null {
	writeFileSync(join(dir, CROSS_REGION_FILE), alter(original));
	return check(CROSS_REGION_FILE);
}

// Splitting the cited texts takes seconds on a loaded machine: a generous limit, not a timed assertion.
describe('walkthroughs.yaml (cross-region)', { timeout: 60_000 }, () => {
	test('as shipped: valid', () => {
		expect(message((y) => y)).toBeNull();
	});

	test('a quote without its region fails, naming the field', () => {
		expect(message((y) => y.replace('quote: [jiangsu:art-7-p2,', 'quote: [art-7-p2,'))).toMatch(
			/walkthroughs\.yaml: \[0\]\.steps\[0\]\.quote\[0\]: "art-7-p2" needs its region/
		);
	});

	test("a clause the region's text lacks fails, naming the field", () => {
		expect(message((y) => y.replace('citations: [jiangsu:art-9-1]', 'citations: [jiangsu:art-99]'))).toMatch(
			/walkthroughs\.yaml: \[0\]\.steps\[\d+\]\.quiz\.citations\[0\]: clause "jiangsu:art-99" is not in that region's source\.txt/
		);
	});

	test('a malformed walkthrough fails on its shape first', () => {
		expect(message((y) => y.replace('  start: 2025-01-01\n', ''))).toMatch(
			/^invalid walkthroughs:\n {2}\S*walkthroughs\.yaml: \[0\]\.start: /
		);
	});
});
