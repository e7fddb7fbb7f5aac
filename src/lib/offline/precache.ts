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

/**
 * The chunks reached from the manifest keys `start` through static imports (and, with `dynamic`, dynamic ones)
 * without entering `stop`: the one walk behind the import-only files here and the shell's files (shell.ts).
 */
export function reachedChunks(
	manifest: Manifest,
	start: readonly string[],
	{ dynamic = false, stop = new Set<string>() }: { dynamic?: boolean; stop?: ReadonlySet<string> } = {}
): ManifestChunk[] {
	const seen = new Set<string>();
	const queue = start.filter((k) => manifest[k]);
	while (queue.length) {
		const key = queue.pop()!;
		if (seen.has(key)) continue;
		seen.add(key);
		const c = manifest[key]!;
		for (const next of [...(c.imports ?? []), ...((dynamic && c.dynamicImports) || [])])
			if (manifest[next] && !stop.has(next)) queue.push(next);
	}
	return [...seen].map((k) => manifest[k]!);
}

/** Every file of the chunks: code, stylesheets and assets. */
const filesOf = (chunks: readonly ManifestChunk[]) =>
	new Set(chunks.flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]));

/**
 * The files only the import readers use: reached from the roots, not from any entry by another way; and every
 * PDF.js character map (*.bcmap, which nothing else reads). Paths start with "/", sorted.
 */
export function importOnlyFiles(manifest: Manifest, roots: readonly string[] = IMPORT_ONLY_ROOTS): string[] {
	const rootSet = new Set(roots);
	const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
	const shell = filesOf(reachedChunks(manifest, entries, { dynamic: true, stop: rootSet }));
	const lazy = filesOf(reachedChunks(manifest, [...rootSet], { dynamic: true }));
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
