// Load the app's TypeScript from Node scripts at a chosen git revision: the snapshot and the conversion read
// the region data and engines as they were at <rev> (e.g. main before the packs landed), whatever the current
// tree holds. `git archive` exports src/ and tests/scenarios/ into a temporary directory, and Vite (the $lib
// alias only, as scripts/load-ts.mjs) loads modules from there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { parse as parseYaml } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The revision named on the command line (`--rev <rev>`), or null for the working tree. */
export function revArg(argv = process.argv.slice(2)) {
	const i = argv.indexOf('--rev');
	if (i < 0) return null;
	const rev = argv[i + 1];
	if (!rev) throw new Error('--rev needs a revision (a branch, tag or commit)');
	return rev;
}

/** A directory holding src/ and tests/scenarios/ as they are at `rev`; `dispose()` removes it. */
export function exportTree(rev) {
	const commit = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {
		cwd: repoRoot,
		encoding: 'utf8'
	}).trim();
	const dir = mkdtempSync(join(tmpdir(), 'pdao-rev-'));
	const r = spawnSync(
		'sh',
		['-c', `git archive --format=tar "${commit}" src tests/scenarios | tar -x -C "${dir}"`],
		{ cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] }
	);
	if (r.status !== 0) throw new Error(`could not export ${rev}`);
	symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return { root: dir, commit, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Start a Vite server over `root` (the working tree when root is the repo, with the packs plugin so YAML packs
 * load; a bare alias-only server for an exported revision) and call `use(load)`, `load(path)` importing a module
 * by its path from the root ("/src/lib/...").
 */
export async function withModules(root, use) {
	const packsConfig = join(root, 'scripts/load-ts.config.ts');
	// A fresh clone has no .svelte-kit/ yet, and tsconfig.json extends its tsconfig.
	if (existsSync(join(root, 'svelte.config.js')) && !existsSync(join(root, '.svelte-kit/tsconfig.json')))
		spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'inherit' });
	const server = await createServer({
		root,
		configFile: existsSync(packsConfig) ? packsConfig : false,
		logLevel: 'error',
		cacheDir: join(tmpdir(), 'pdao-vite-scripts'),
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		// no WebSocket: scripts run side by side (tests, CI), and a second one would find the port taken
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
		appType: 'custom',
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	try {
		return await use((path) => server.ssrLoadModule(path));
	} finally {
		await server.close();
	}
}

/** Run `use(load, root)` against `rev` (exported to a temporary directory) or the working tree (rev null). */
export async function atRevision(rev, use) {
	if (rev === null) return withModules(repoRoot, (load) => use(load, repoRoot));
	const tree = exportTree(rev);
	try {
		return await withModules(tree.root, (load) => use(load, tree.root));
	} finally {
		tree.dispose();
	}
}

/**
 * The rule regions' folder names in the registry's order (meta.yaml `order`, then id), read from the tree
 * without Vite: the folders under src/lib/regions/ with a meta.yaml and a profile.yaml. For scripts whose
 * default is "the first region" (a region is named only through the registry's order).
 */
export function ruleRegionFolders(root = repoRoot) {
	const dir = join(root, 'src/lib/regions');
	return readdirSync(dir, { withFileTypes: true })
		.filter(
			(e) =>
				e.isDirectory() &&
				existsSync(join(dir, e.name, 'meta.yaml')) &&
				existsSync(join(dir, e.name, 'profile.yaml'))
		)
		.map((e) => ({
			id: e.name,
			order: parseYaml(readFileSync(join(dir, e.name, 'meta.yaml'), 'utf8'))?.order
		}))
		.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id))
		.map((r) => r.id);
}
