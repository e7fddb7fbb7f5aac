#!/usr/bin/env node
// Run scenario files headless: `npm run scenario -- tests/scenarios/taian/renewal-window-open.yaml [more…]`.
// Prints the result as JSON (one object, or an array for several files). Exit code 1 when a file is invalid
// or its expectations fail. TypeScript runs through Vite (the registry uses import.meta.glob and ?raw), with
// a minimal config: the $lib alias only, no SvelteKit or Paraglide plugins.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { withModule } from './load-ts.mjs';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (!files.length) {
	console.error('usage: npm run scenario -- <file.yaml> [more.yaml …]');
	process.exit(2);
}

let failed = false;
const results = [];
await withModule('/src/lib/scenario/run.ts', async ({ runScenario, ScenarioError }) => {
	for (const file of files) {
		const text = await readFile(resolve(process.cwd(), file), 'utf8');
		try {
			const { saved: _saved, ...result } = await runScenario(text);
			results.push({ file, ...result });
			if (!result.expectations.passed) failed = true;
		} catch (e) {
			failed = true;
			if (e instanceof ScenarioError) results.push({ file, error: 'invalid scenario', issues: e.issues });
			else results.push({ file, error: e instanceof Error ? e.message : String(e) });
		}
	}
});
// exitCode, not exit(): a piped stdout is written asynchronously and exit() would cut it short
process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
process.exitCode = failed ? 1 : 0;
