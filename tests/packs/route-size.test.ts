// Issue 21: a route reads in one sitting. No file under src/routes/ is over 400 lines; a page that grows past it
// splits into parts beside it (components, a .svelte.ts state module, a logic module).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const MAX_LINES = 400;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : /\.(svelte|ts|js)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

test(`no route file is over ${MAX_LINES} lines`, () => {
	const all = files('src/routes');
	expect(all.length).toBeGreaterThan(20);
	const long = all
		.map((f) => ({ f, lines: readFileSync(f, 'utf8').trimEnd().split('\n').length }))
		.filter((x) => x.lines > MAX_LINES);
	expect(long).toEqual([]);
});
