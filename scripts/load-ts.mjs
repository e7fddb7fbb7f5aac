// Run the app's TypeScript modules from Node scripts (benchmarks, the scenario runner): through Vite, so
// `$lib`, `import.meta.glob`, `?raw` and the region packs' YAML work as in the app, without the
// SvelteKit/Paraglide plugins (scripts/load-ts.config.ts).
import { repoRoot, withModules } from './packs/tree.mjs';

/** Load a module by its path from the repo root ("/src/lib/..."), call `use`, then shut Vite down. */
export async function withModule(path, use) {
	return withModules(repoRoot, async (load) => use(await load(path)));
}
