// What the service worker precaches at install, and what it leaves to the first use: the readers that import a
// regulation's .pdf or .docx (PDF.js ~1.5 MB, its Chinese character maps ~290 KB, mammoth) are needed only when
// such a file is opened, and the Word writer of the briefing exports (the `docx` package, ~400 KB) only when a
// comparison is exported as .docx. The build lists them (IMPORT_ONLY_LIST, from the Vite manifest); the worker caches
// them when first fetched and serves them from the cache after that. Pure: used by vite.config.ts at build
// time, by the service worker and by its tests.

/** The build's list of import-only files (paths from the app's base, each starting with "/"). */
export const IMPORT_ONLY_LIST = '/_app/import-only.json';

/** The modules whose chunks (and everything only they load) are import-only. */
export const IMPORT_ONLY_ROOTS = [
	'src/lib/import/pdf.ts',
	'src/lib/import/docx.ts',
	'src/lib/rules/briefing-docx.ts'
];

/** One entry of a Vite build manifest (the fields used here). */
export interface ManifestChunk {
	file: string;
	isEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Files reached from `start` through static and dynamic imports, without entering `stop`. */
function reach(manifest: Manifest, start: string[], stop: ReadonlySet<string>): Set<string> {
	const seen = new Set<string>();
	const files = new Set<string>();
	const queue = start.filter((k) => manifest[k]);
	while (queue.length) {
		const key = queue.pop()!;
		if (seen.has(key)) continue;
		seen.add(key);
		const c = manifest[key]!;
		for (const f of [c.file, ...(c.css ?? []), ...(c.assets ?? [])]) files.add(f);
		for (const next of [...(c.imports ?? []), ...(c.dynamicImports ?? [])])
			if (manifest[next] && !stop.has(next)) queue.push(next);
	}
	return files;
}

/**
 * The files only the import readers use: reached from the roots, not from any entry by another way; and every
 * PDF.js character map (*.bcmap, which nothing else reads). Paths start with "/", sorted.
 */
export function importOnlyFiles(manifest: Manifest, roots: readonly string[] = IMPORT_ONLY_ROOTS): string[] {
	const rootSet = new Set(roots);
	const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
	const shell = reach(manifest, entries, rootSet);
	const lazy = reach(manifest, [...rootSet], new Set());
	for (const c of Object.values(manifest)) if (c.file.endsWith('.bcmap')) lazy.add(c.file);
	return [...lazy]
		.filter((f) => !shell.has(f) || f.endsWith('.bcmap'))
		.map((f) => `/${f}`)
		.sort();
}

/** Whether the worker fetches `path` (from the app's base) at install: everything but the import-only files. */
export function shouldPrecache(path: string, importOnly: ReadonlySet<string>): boolean {
	return !importOnly.has(path) && !path.endsWith('.bcmap');
}
