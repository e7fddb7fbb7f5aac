import { describe, expect, test } from 'vitest';
import type { Manifest } from './precache';
import { ERROR_NODE, isShellFile, pageAssets, SHELL_PAGES, staticFiles } from './shell';

// The head SvelteKit writes for a prerendered page (paths.relative: links relative to the page).
const HOME = `<!doctype html><html><head>
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<link rel="manifest" href="./manifest.webmanifest" />
<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
<link href="./_app/immutable/assets/0.C.css" rel="stylesheet">
</head><body><script>
	Promise.all([import("./_app/immutable/entry/start.A.js"), import("./_app/immutable/entry/app.D.js")])
</script></body></html>`;

describe('pageAssets', () => {
	test('the modulepreloads, stylesheets and bootstrap imports, resolved from the page; not icons or the manifest', () => {
		expect(pageAssets(HOME, '/')).toEqual([
			'/_app/immutable/assets/0.C.css',
			'/_app/immutable/chunks/B.js',
			'/_app/immutable/entry/app.D.js',
			'/_app/immutable/entry/start.A.js'
		]);
	});

	test('under a sub-path, and from a page deeper in the tree', () => {
		expect(pageAssets(HOME, '/pdao/')).toContain('/pdao/_app/immutable/chunks/B.js');
		const deep = HOME.replaceAll('./_app', '../../_app');
		expect(pageAssets(deep, '/pdao/regions/taian/')).toContain('/pdao/_app/immutable/entry/app.D.js');
	});

	test('a stylesheet inlined in the page (listed disabled) is kept: a navigation from another page loads it', () => {
		const inlined = HOME.replace('rel="stylesheet">', 'rel="stylesheet" disabled media="(max-width: 0)">');
		expect(pageAssets(inlined, '/')).toContain('/_app/immutable/assets/0.C.css');
	});

	test('absolute links are kept as they are', () => {
		expect(pageAssets('<link rel="stylesheet" href="/pdao/_app/x.css">', '/pdao/404.html')).toEqual([
			'/pdao/_app/x.css'
		]);
	});
});

describe('the shell', () => {
	test('the home page and the 404 page', () => {
		expect(SHELL_PAGES).toEqual(['/', '/404.html']);
	});

	test('static files: the manifest, favicon and icons; not the open-data downloads', () => {
		for (const f of ['/manifest.webmanifest', '/favicon.svg', '/icon-192.png', '/icon-512-maskable.png'])
			expect(isShellFile(f), f).toBe(true);
		for (const f of ['/data/rules.json', '/data/rules.csv', '/data/rules.schema.json', '/service-worker.js'])
			expect(isShellFile(f), f).toBe(false);
	});
});

test('staticFiles: the error page, what it imports and their stylesheets — not what it loads on demand', () => {
	const manifest: Manifest = {
		[ERROR_NODE]: {
			file: '_app/immutable/nodes/1.A.js',
			imports: ['_shared.js'],
			dynamicImports: ['src/lib/search/search.ts'],
			css: ['_app/immutable/assets/1.A.css']
		},
		'_shared.js': { file: '_app/immutable/chunks/S.js', imports: ['_deeper.js'] },
		'_deeper.js': { file: '_app/immutable/chunks/D.js', css: ['_app/immutable/assets/D.css'] },
		'src/lib/search/search.ts': { file: '_app/immutable/chunks/search.js' }
	};
	expect(staticFiles(manifest, [ERROR_NODE])).toEqual([
		'/_app/immutable/assets/1.A.css',
		'/_app/immutable/assets/D.css',
		'/_app/immutable/chunks/D.js',
		'/_app/immutable/chunks/S.js',
		'/_app/immutable/nodes/1.A.js'
	]);
	expect(staticFiles(manifest, ['missing'])).toEqual([]);
});
