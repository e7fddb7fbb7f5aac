// Types of bench/bytes.mjs (a plain ES module the bench and scripts run in Node), for the TypeScript tests that
// import it (tests/e2e/regions-at-scale.spec.ts).

export interface Bytes {
	raw: number;
	gzip: number;
	files: number;
}

/** Bytes of one prerendered page's first view: pagePath like "/" or "/regions/taian/". */
export function pageBytes(buildDir: string, pagePath: string): Bytes & { paths: string[] };

/** Every file under a directory but those in `skip` (absolute paths), gzip-summed. */
export function dirBytes(dir: string, skip?: Set<string>): Bytes;

/** Bytes of the offline shell the service worker installs, in a build ($lib/offline/shell's functions). */
export function shellBytes(
	buildDir: string,
	shell: {
		SHELL_LIST: string;
		SHELL_PAGES: readonly string[];
		isShellFile: (path: string) => boolean;
		pageAssets: (html: string, page: string) => string[];
	}
): Bytes & { paths: string[] };

/** Bytes of the given files of a build (paths from the build's root), each counted once. */
export function filesBytes(buildDir: string, paths: Iterable<string>): Bytes;
