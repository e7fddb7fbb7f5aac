// First-view bytes of prerendered pages: the HTML plus every script and stylesheet it loads at start
// (modulepreload links, the inline bootstrap's imports, stylesheets), raw and gzip.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function refs(html) {
	const out = new Set();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		// a disabled stylesheet is not fetched (HTML: "must not fetch"): Kit writes one for each stylesheet it
		// inlined (kit.inlineStyleThreshold), so that the client knows it is already in the page
		if (!href || !/\brel="(?:modulepreload|stylesheet)"/.test(tag) || /\sdisabled\b/.test(tag)) continue;
		out.add(href);
	}
	for (const m of html.matchAll(/import\("([^"]+)"\)/g)) out.add(m[1]);
	return [...out];
}

function resolveRef(buildDir, pagePath, ref) {
	const base = ref.startsWith('/') ? buildDir : join(buildDir, pagePath);
	return join(base, ref.replace(/^\//, ''));
}

/** The modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not
 * the ones it loads with `import()`. */
function staticImports(file) {
	const out = [];
	for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
		out.push(join(dirname(file), m[1]));
	return out;
}

/**
 * Bytes of one prerendered page: pagePath like "/" or "/regions/taian/". What loads at start is the HTML, what
 * it lists (modulepreload links, stylesheets, the inline bootstrap's imports) and every module those import
 * statically: SvelteKit's list can leave out a module it first met behind a dynamic import (its find_deps), and
 * the browser then fetches it in a second round — still part of the first view.
 */
export function pageBytes(buildDir, pagePath) {
	const htmlFile = join(buildDir, pagePath, 'index.html');
	const html = readFileSync(htmlFile);
	const files = [htmlFile, ...refs(html.toString()).map((r) => resolveRef(buildDir, pagePath, r))];
	for (let i = 1; i < files.length; i++)
		if (files[i].endsWith('.js'))
			for (const f of staticImports(files[i])) if (!files.includes(f)) files.push(f);
	let raw = 0;
	let gzip = 0;
	for (const f of new Set(files)) {
		const buf = readFileSync(f);
		raw += buf.length;
		gzip += gzipSync(buf, { level: 9 }).length;
	}
	return {
		raw,
		gzip,
		files: new Set(files).size,
		paths: [...new Set(files)].map((f) => '/' + relative(buildDir, f))
	};
}

/** Every file under a directory but those in `skip` (absolute paths), gzip-summed. */
export function dirBytes(dir, skip = new Set()) {
	let raw = 0;
	let gzip = 0;
	let files = 0;
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (!skip.has(p)) {
				const buf = readFileSync(p);
				raw += buf.length;
				gzip += gzipSync(buf, { level: 9 }).length;
				files++;
			}
		}
	};
	walk(dir);
	return { raw, gzip, files };
}

/**
 * Bytes of the offline shell the service worker installs, in a build: `shell` is $lib/offline/shell (loaded
 * through scripts/load-ts.mjs), so the figure uses the worker's own rules.
 */
export function shellBytes(buildDir, { SHELL_LIST, SHELL_PAGES, isShellFile, pageAssets }) {
	const paths = new Set();
	const walk = (d, rel) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
			else if (isShellFile(`${rel}${name}`)) paths.add(`${rel}${name}`);
		}
	};
	walk(buildDir, '/');
	for (const f of JSON.parse(readFileSync(join(buildDir, SHELL_LIST), 'utf8'))) paths.add(f);
	for (const page of SHELL_PAGES) {
		const file = page.endsWith('/') ? `${page}index.html` : page;
		paths.add(file);
		for (const a of pageAssets(readFileSync(join(buildDir, file), 'utf8'), page)) paths.add(a);
	}
	return { ...filesBytes(buildDir, paths), paths: [...paths].sort() };
}

/** Bytes of the given files of a build (paths from the build's root, each starting with "/"), each counted once. */
export function filesBytes(buildDir, paths) {
	let raw = 0;
	let gzip = 0;
	const unique = new Set(paths);
	for (const p of unique) {
		const buf = readFileSync(join(buildDir, p));
		raw += buf.length;
		gzip += gzipSync(buf, { level: 9 }).length;
	}
	return { raw, gzip, files: unique.size };
}
