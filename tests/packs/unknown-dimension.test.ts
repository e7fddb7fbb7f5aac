// A dimension id in YAML data is checked at build: the pack plugin fails on an id the catalogue
// (src/lib/regions/dimensions.ts) lacks, naming the file, the field and the id — in a profile's keys and in a
// journey's `{ dimension: … }` sources. (In TypeScript the same ids are a union type: a typo fails svelte-check.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packMessage, regionsCopies } from './regions-copy';

const REGION = 'taian';
const copyWithOwn = regionsCopies('dimension');

/** The message the build gives for `file` of a copy of the region whose `file` is altered, or null. */
function buildMessage(file: string, alter: (yaml: string) => string): string | null {
	const dir = copyWithOwn(REGION);
	const path = join(dir, REGION, file);
	const original = readFileSync(path, 'utf8');
	const altered = alter(original);
	expect(altered, 'the alteration applies').not.toBe(original);
	writeFileSync(path, altered);
	return packMessage(dir, join(REGION, file));
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
