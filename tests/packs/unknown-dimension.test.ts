// A dimension id in YAML data is checked at build: the pack plugin fails on an id the catalogue
// (src/lib/regions/dimensions.ts) lacks, naming the file, the field and the id — in a profile's keys and in a
// journey's `{ dimension: … }` sources. (In TypeScript the same ids are a union type: a typo fails svelte-check.)
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createPackValidator } from '../../scripts/packs/plugin';

const REGIONS = join(process.cwd(), 'src/lib/regions');
const REGION = 'taian';
const tmp = mkdtempSync(join(tmpdir(), 'pdao-dimension-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The message the build gives for `file` of a copy of the region whose `file` is altered, or null. */
function buildMessage(file: string, alter: (yaml: string) => string): string | null {
	const dir = mkdtempSync(join(tmp, 'r-'));
	for (const e of readdirSync(REGIONS, { withFileTypes: true }))
		if (e.isDirectory() && e.name !== REGION) symlinkSync(join(REGIONS, e.name), join(dir, e.name));
	const own = join(dir, REGION);
	mkdirSync(own);
	for (const f of readdirSync(join(REGIONS, REGION))) copyFileSync(join(REGIONS, REGION, f), join(own, f));
	const original = readFileSync(join(own, file), 'utf8');
	const altered = alter(original);
	expect(altered, 'the alteration applies').not.toBe(original);
	writeFileSync(join(own, file), altered);
	try {
		createPackValidator(dir).load(join(own, file));
		return null;
	} catch (e) {
		return (e as Error).message;
	}
}

describe('an unknown dimension id in a pack fails the build', () => {
	test('as shipped: the files load', () => {
		expect(buildMessage('profile.yaml', (y) => `${y}\n`)).toBeNull();
		expect(buildMessage('journey.yaml', (y) => `${y}\n`)).toBeNull();
	});

	test('profile.yaml: a misspelt key is named, and the dimension it should have been is missing', () => {
		const message = buildMessage('profile.yaml', (y) =>
			y.replace(/^( {2})term\.maxMonths:/m, '$1term.maxMonth:')
		);
		expect(message).toMatch(
			/taian\/profile\.yaml: values\.term\.maxMonth: dimension "term\.maxMonth" is not in the catalogue/
		);
		expect(message).toMatch(
			/profile\.yaml: values\.term\.maxMonths: no value for dimension "term\.maxMonths"/
		);
	});

	test('journey.yaml: a source reading an unknown dimension is named with its field', () => {
		const message = buildMessage('journey.yaml', (y) =>
			y.replace('{ dimension: term.maxMonths }', '{ dimension: term.maximumMonths }')
		);
		expect(message).toMatch(
			/taian\/journey\.yaml: roles\[\d+\]\.[\w.[\]]+\.dimension: dimension "term\.maximumMonths" is not in the catalogue/
		);
	});

	test('an id that is not even shaped like one is named the same way', () => {
		const message = buildMessage('journey.yaml', (y) =>
			y.replace('{ dimension: term.maxMonths }', '{ dimension: "Term max months" }')
		);
		expect(message).toMatch(
			/journey\.yaml: roles\[\d+\]\.[\w.[\]]+\.dimension: dimension "Term max months" is not in the catalogue/
		);
	});
});
