// No logic outside the packs names a region (issue 15): the five ids — and any other rule region's folder
// name — appear outside src/lib/regions/ and the tests only where a reader, not the program, reads them.
// A default may name a region only through the registry's order.
//
// Allowed, and why (everything else fails, listed as file:line):
// 1. Comments in code (`// …`, a line of a `/* … */` or JSDoc block, `<!-- … -->`): engines cite the clause
//    that motivated a rule ("Henan 第二十二条第三款") so a legal reader can check it.
// 2. Documentation: Markdown files (README.md, src/lib/*/README.md) explain with real examples.
// 3. JSON Schema `"description"` strings (static/data/rules.schema.json): examples of a clause reference for
//    users of the open data.
// 4. Two UI texts in messages/*.json that describe the shipped corpus in prose (listed in MESSAGE_KEYS).
// 5. Test support imported by tests only (TEST_SUPPORT; a test below checks no other module imports it): the
//    repository tests' sample records carry real region ids as labels.
// 6. The synthetic-set tooling of the scale bench and its e2e (SYNTHETIC_TOOLING), which copies one named
//    region whose text the e2e reads.
// Test files (*.test.ts, tests/), region data (src/lib/regions/) and generated or installed trees
// (node_modules, builds, src/lib/paraglide compiled from messages/) are not scanned.

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { regionIds } from '$lib/regions/registry';

const ROOT = process.cwd();
const SKIP_DIRS = new Set([
	'node_modules',
	'.git',
	'.svelte-kit',
	'build',
	'build-subpath',
	'test-results',
	'playwright-report',
	'tests',
	'bench/out',
	'bench/.lighthouse',
	'src/lib/regions',
	'src/lib/paraglide',
	'project.inlang/cache'
]);
const TEXT = new Set([
	'.ts',
	'.js',
	'.mjs',
	'.cjs',
	'.svelte',
	'.json',
	'.md',
	'.yaml',
	'.yml',
	'.html',
	'.css'
]);
/** Prose about the shipped corpus, not read by any code (messages/zh.json, messages/en.json). */
const MESSAGE_KEYS = ['home_what_body', 'tr_intro'];
/** Modules only tests import: each with a test of a file's text that would import it from elsewhere. */
const TEST_SUPPORT: Record<string, (path: string, text: string) => boolean> = {
	'src/lib/db/testing.ts': (path, text) =>
		/['"]\$lib\/db\/testing(\.ts)?['"]|\/db\/testing(\.ts)?['"]/.test(text) ||
		(path.startsWith('src/lib/db/') && /['"]\.\/testing(\.ts)?['"]/.test(text))
};

function files(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
		const path = dir ? `${dir}/${e.name}` : e.name;
		if (e.isDirectory()) return SKIP_DIRS.has(path) || e.name.startsWith('build-') ? [] : files(path);
		if (!TEXT.has(extname(e.name)) || /\.test\.ts$/.test(e.name) || e.name === 'package-lock.json') return [];
		return [path];
	});
}

const names = new RegExp(regionIds.map((id) => id.replace(/[^a-z0-9]/gi, '\\$&')).join('|'), 'i');

/**
 * Test and bench tooling, not the app: the synthetic set (issue 18) copies one named region folder, whose text
 * its end-to-end test reads (Tai'an's 第十四条（六）), and spreads the copies over named provinces.
 */
const SYNTHETIC_TOOLING = new Set(['scripts/synthetic.mjs', 'scripts/bench-regions.mjs']);

/** Why a line naming a region is allowed there, or null. */
export function allowed(path: string, line: string, at: number): string | null {
	if (path.endsWith('.md')) return 'documentation';
	if (path in TEST_SUPPORT) return 'test support';
	if (SYNTHETIC_TOOLING.has(path)) return 'test tooling';
	const before = line.slice(0, at);
	const trimmed = line.trimStart();
	if (/\.(ts|js|mjs|cjs|svelte|css)$/.test(path)) {
		// a line comment ("//" not part of a URL's "://")
		if (/(^|[^:])\/\//.test(before)) return 'comment';
		if (/^(\*|\/\*)/.test(trimmed) || trimmed.startsWith('<!--')) return 'comment';
	}
	if (path.startsWith('static/') && path.endsWith('.schema.json') && /^"description":/.test(trimmed))
		return 'schema description';
	if (/^messages\/[a-z-]+\.json$/i.test(path) && MESSAGE_KEYS.some((k) => trimmed.startsWith(`"${k}":`)))
		return 'corpus prose';
	return null;
}

describe('region names outside the packs', () => {
	test('the scan covers the engine and route code, and the regions to look for are the registry’s', () => {
		const scanned = files('');
		expect(scanned).toContain('src/lib/machines/build.ts');
		expect(scanned).toContain('src/routes/simulate/+page.svelte');
		expect(scanned).not.toContain('src/lib/regions/registry.ts');
		expect(regionIds.length).toBeGreaterThan(0);
	});

	test('the allowances allow only what they say', () => {
		expect(allowed('src/lib/x.ts', "const r = 'taian'; // Tai'an", 11)).toBeNull();
		expect(allowed('src/lib/x.ts', "const r = 'taian'; // taian", 23)).toBe('comment');
		expect(allowed('src/lib/x.ts', "const u = 'http://x/taian';", 18)).toBeNull();
		expect(allowed('src/lib/x.ts', ' * Henan 第二十二条', 3)).toBe('comment');
		expect(allowed('src/routes/x.svelte', "region = 'henan';", 10)).toBeNull();
		expect(allowed('messages/en.json', '"other_key": "Henan"', 15)).toBeNull();
		expect(allowed('static/data/rules.schema.json', '"enum": ["taian"]', 10)).toBeNull();
		expect(allowed('README.md', 'taian', 0)).toBe('documentation');
	});

	test('test support is imported by tests only', () => {
		const importers = files('').filter((f) =>
			Object.entries(TEST_SUPPORT).some(
				([module, imports]) => f !== module && imports(f, readFileSync(join(ROOT, f), 'utf8'))
			)
		);
		expect(importers).toEqual([]);
	});

	test('no line of logic names a rule region', () => {
		const offending: string[] = [];
		for (const path of files('')) {
			readFileSync(join(ROOT, path), 'utf8')
				.split('\n')
				.forEach((line, i) => {
					const m = names.exec(line);
					if (m && !allowed(path, line, m.index))
						offending.push(`${relative(ROOT, join(ROOT, path))}:${i + 1}: ${line.trim()}`);
				});
		}
		expect(offending).toEqual([]);
	});
});
