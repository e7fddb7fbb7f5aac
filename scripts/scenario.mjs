#!/usr/bin/env node
// Run scenario files headless: `npm run scenario -- tests/scenarios/taian/renewal-window-open.yaml [more…]`.
// Prints the result as JSON (one object, or an array for several files). Exit code 1 when a file is invalid
// or its expectations fail. TypeScript runs through Vite (the registry uses import.meta.glob and ?raw), with
// a minimal config: the $lib alias only, no SvelteKit or Paraglide plugins.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2).filter((a) => a !== '--');
if (!files.length) {
	console.error('usage: npm run scenario -- <file.yaml> [more.yaml …]');
	process.exit(2);
}

const server = await createServer({
	configFile: false,
	root,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	resolve: { alias: { $lib: resolve(root, 'src/lib') } },
	optimizeDeps: { noDiscovery: true, include: [] }
});

let failed = false;
const results = [];
try {
	const { runScenario, ScenarioError } = await server.ssrLoadModule('/src/lib/scenario/run.ts');
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
} finally {
	await server.close();
}
console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
process.exit(failed ? 1 : 0);
