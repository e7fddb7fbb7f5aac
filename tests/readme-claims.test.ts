// The READMEs' checkable claims, checked: every command they name is a script of package.json, every file and
// folder they name exists, every page they name is a route, and every count of the rule catalogue they state is
// the catalogue's. A README that drifts from the tree fails here rather than misleading a newcomer.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIMENSIONS, TOPICS } from '$lib/regions/dimensions';

const ROOT = join(__dirname, '..');
const scripts = Object.keys(
	(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
		.scripts
);

/** The project's own READMEs: the root's and each module's (not generated ones: Paraglide, inlang). */
function readmes(): string[] {
	const found = ['README.md'];
	const walk = (dir: string) => {
		for (const name of readdirSync(join(ROOT, dir))) {
			const path = join(dir, name);
			if (name === 'paraglide' || name === 'node_modules') continue;
			if (statSync(join(ROOT, path)).isDirectory()) walk(path);
			else if (name === 'README.md') found.push(path);
		}
	};
	walk('src');
	return found;
}

const FILES = readmes();
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** Every `code span` of a Markdown file (fenced blocks included: their lines are commands too). */
const spans = (md: string) => [...md.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);

test('the READMEs are found', () => {
	expect(FILES).toContain('README.md');
	expect(FILES).toContain('src/lib/machines/README.md');
});

describe.each(FILES)('%s', (file) => {
	const md = text(file);

	test('every `npm run <script>` it names is a script of package.json', () => {
		const named = [...md.matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1]!);
		const missing = [...new Set(named)].filter((s) => !scripts.includes(s));
		expect(missing).toEqual([]);
	});

	test('every file and folder it names exists', () => {
		const here = dirname(file);
		// a relative path is read from the README's folder, from src/lib (the modules) or from src/lib/regions
		const bases = [here, 'src/lib', 'src/lib/regions', '.'];
		const paths = spans(md)
			.map((s) => s.trim())
			.filter((s) => /^[\w.-]+\/[\w./-]*$/.test(s)) // a path, without placeholders, globs or arguments
			// build output is not in the tree
			.filter((s) => !/^(build|build-subpath|node_modules|bench\/out)\//.test(s))
			.filter((s) => /\.(ts|mjs|js|json|yaml|md|svelte|txt|css)$|\/$/.test(s));
		const missing = [...new Set(paths)].filter((p) => !bases.some((b) => existsSync(join(ROOT, b, p))));
		expect(missing, `paths named in ${file} that do not exist`).toEqual([]);
	});

	test('every page it names is a route', () => {
		const pages = spans(md)
			.filter((s) => /^\/[a-z]/.test(s) && !s.startsWith('/usr/') && !s.startsWith('/_app/'))
			.map((s) => s.replace(/[?#].*$/, ''))
			.filter((s) => !s.includes('<') && !s.includes('…'))
			.filter((s) => s !== '/pdao/'); // the sub-path build's base, not a route
		const route = (p: string) => {
			const dir = join(ROOT, 'src/routes', p);
			if (existsSync(join(dir, '+page.svelte'))) return true;
			// a region's page (/regions/taian/) and a generated file (/data/rules.csv) are served by their routes
			if (/^\/regions\/[a-z][\w-]*\/$/.test(p)) return existsSync(join(ROOT, 'src/routes/regions/[id]'));
			// a file the build writes: a +server.ts route, or a file under static/
			return existsSync(join(dir, '+server.ts')) || existsSync(join(ROOT, 'static', p));
		};
		const missing = [...new Set(pages)].filter((p) => !route(p));
		expect(missing, `pages named in ${relative(ROOT, join(ROOT, file))} that are not routes`).toEqual([]);
	});

	test('every count of the rule catalogue it states is the catalogue’s', () => {
		for (const m of md.matchAll(/(\d+) (?:comparison |rule )?dimensions/g))
			expect(Number(m[1]), `"${m[0]}" in ${file}`).toBe(DIMENSIONS.length);
		for (const m of md.matchAll(/(\d+) topics/g))
			expect(Number(m[1]), `"${m[0]}" in ${file}`).toBe(TOPICS.length);
	});
});
