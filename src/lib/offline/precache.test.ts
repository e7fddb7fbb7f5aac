import { describe, expect, test } from 'vitest';
import { importOnlyFiles, reachedChunks, shouldPrecache, type Manifest } from './precache';

// The shape Vite writes: the app's entries, the import readers as dynamic entries, a chunk both share.
const MANIFEST: Manifest = {
	'.svelte-kit/generated/client-optimized/app.js': {
		file: '_app/immutable/entry/app.A.js',
		isEntry: true,
		imports: ['_shared.js'],
		dynamicImports: ['src/routes/drafts/+page.svelte']
	},
	'src/routes/drafts/+page.svelte': {
		file: '_app/immutable/nodes/5.B.js',
		imports: ['_shared.js'],
		dynamicImports: ['src/lib/import/read.ts'],
		css: ['_app/immutable/assets/5.B.css']
	},
	'src/lib/import/read.ts': {
		file: '_app/immutable/chunks/read.C.js',
		imports: ['_shared.js'],
		dynamicImports: ['src/lib/import/pdf.ts', 'src/lib/import/docx.ts']
	},
	'src/lib/import/pdf.ts': {
		file: '_app/immutable/chunks/pdf.D.js',
		imports: ['_shared.js'],
		dynamicImports: ['node_modules/unpdf/dist/index.mjs', 'node_modules/pdfjs-dist/cmaps/GBK-EUC-H.bcmap?url']
	},
	'node_modules/unpdf/dist/index.mjs': {
		file: '_app/immutable/chunks/E.js',
		dynamicImports: ['node_modules/unpdf/dist/pdfjs.mjs']
	},
	'node_modules/unpdf/dist/pdfjs.mjs': { file: '_app/immutable/chunks/F.js' },
	'node_modules/pdfjs-dist/cmaps/GBK-EUC-H.bcmap?url': {
		file: '_app/immutable/chunks/G.js',
		assets: ['_app/immutable/assets/GBK-EUC-H.H.bcmap']
	},
	'node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap': { file: '_app/immutable/assets/UniGB-UCS2-H.I.bcmap' },
	'src/lib/import/docx.ts': {
		file: '_app/immutable/chunks/docx.J.js',
		imports: ['_shared.js'],
		dynamicImports: ['node_modules/mammoth/lib/index.js']
	},
	'node_modules/mammoth/lib/index.js': { file: '_app/immutable/chunks/K.js' },
	'_shared.js': { file: '_app/immutable/chunks/shared.L.js' }
};

describe('what the service worker leaves to first use', () => {
	test('the PDF and Word readers, what only they load, and every character map; not what the app shares', () => {
		expect(importOnlyFiles(MANIFEST)).toEqual([
			'/_app/immutable/assets/GBK-EUC-H.H.bcmap',
			'/_app/immutable/assets/UniGB-UCS2-H.I.bcmap',
			'/_app/immutable/chunks/E.js',
			'/_app/immutable/chunks/F.js',
			'/_app/immutable/chunks/G.js',
			'/_app/immutable/chunks/K.js',
			'/_app/immutable/chunks/docx.J.js',
			'/_app/immutable/chunks/pdf.D.js'
		]);
	});

	test('a chunk the app reaches another way stays precached', () => {
		const m: Manifest = {
			...MANIFEST,
			'src/routes/+page.svelte': {
				file: '_app/immutable/nodes/0.M.js',
				isEntry: true,
				dynamicImports: ['node_modules/mammoth/lib/index.js']
			}
		};
		expect(importOnlyFiles(m)).not.toContain('/_app/immutable/chunks/K.js');
		expect(importOnlyFiles(m)).toContain('/_app/immutable/chunks/pdf.D.js');
	});

	test('shouldPrecache: the shell yes, the import-only files and character maps no', () => {
		const lazy = new Set(importOnlyFiles(MANIFEST));
		expect(shouldPrecache('/_app/immutable/chunks/read.C.js', lazy)).toBe(true);
		expect(shouldPrecache('/_app/immutable/chunks/shared.L.js', lazy)).toBe(true);
		expect(shouldPrecache('/drafts/index.html', lazy)).toBe(true);
		expect(shouldPrecache('/_app/immutable/chunks/F.js', lazy)).toBe(false);
		// a character map is never precached, even when the build's list could not be read
		expect(shouldPrecache('/_app/immutable/assets/Other.X.bcmap', new Set())).toBe(false);
	});

	test('reachedChunks: static imports only unless asked for dynamic ones; never into `stop`', () => {
		const files = (keys: string[], opts?: Parameters<typeof reachedChunks>[2]) =>
			reachedChunks(MANIFEST, keys, opts)
				.map((c) => c.file)
				.sort();
		const read = 'src/lib/import/read.ts';
		expect(files([read])).toEqual(['_app/immutable/chunks/read.C.js', MANIFEST['_shared.js']!.file].sort());
		const all = files([read], { dynamic: true });
		expect(all).toContain('_app/immutable/chunks/pdf.D.js');
		expect(all).toContain('_app/immutable/chunks/F.js');
		const stopped = files([read], { dynamic: true, stop: new Set(['src/lib/import/pdf.ts']) });
		expect(stopped).not.toContain('_app/immutable/chunks/pdf.D.js');
		expect(stopped).not.toContain('_app/immutable/chunks/F.js');
		expect(stopped).toContain('_app/immutable/chunks/docx.J.js');
		expect(files(['not-in-the-manifest'])).toEqual([]);
	});
});
