// Run the app's TypeScript modules from Node scripts (benchmarks, the scenario runner): through Vite, so
// `$lib`, `import.meta.glob` and `?raw` imports work as in the app, without the SvelteKit/Paraglide plugins.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Load a module by its path from the repo root ("/src/lib/..."), call `use`, then shut Vite down. */
export async function withModule(path, use) {
	const server = await createServer({
		root,
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: `${root}src/lib` } },
		server: { middlewareMode: true, hmr: false, watch: null },
		appType: 'custom',
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	try {
		return await use(await server.ssrLoadModule(path));
	} finally {
		await server.close();
	}
}
