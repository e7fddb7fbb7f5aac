import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { pageBytes } from '../bench/bytes.mjs';

// The bench's first view: what a prerendered page fetches at start, and nothing it does not.
const dir = mkdtempSync(join(tmpdir(), 'bench-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};

test('the links, the bootstrap imports and their static imports; not a disabled stylesheet, icons or the manifest', () => {
	write(
		'index.html',
		`<!doctype html><html><head>
<link rel="icon" href="./favicon.svg">
<link rel="manifest" href="./manifest.webmanifest">
<link href="./_app/a.css" rel="stylesheet">
<link href="./_app/inlined.css" rel="stylesheet" disabled media="(max-width: 0)">
<link href="./_app/start.js" rel="modulepreload">
<style>main{display:block}</style>
</head><body><script>import("./_app/app.js")</script></body></html>`
	);
	write('_app/a.css', 'a{color:red}');
	write('_app/inlined.css', 'main{display:block}');
	write('_app/start.js', 'export const s = 1;');
	write('_app/app.js', 'import { d } from "./dep.js"; export const a = d;');
	write('_app/dep.js', 'export const d = 1; const later = () => import("./later.js");');
	write('_app/later.js', 'export const l = 1;');
	const r = pageBytes(dir, '/');
	expect(r.paths.sort()).toEqual([
		'/_app/a.css',
		'/_app/app.js',
		'/_app/dep.js',
		'/_app/start.js',
		'/index.html'
	]);
	expect(r.files).toBe(5);
});
