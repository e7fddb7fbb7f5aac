import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Intranet deployments often live under a sub-path: BASE_PATH=/pdao npm run build
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html: static servers (and the service worker, offline) answer unknown paths with the app's own 404 page
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		paths: { base, relative: true },
		// Issue 20: a page's stylesheets (each file under 10 kB) in its HTML, not fetched before the first paint:
		// Lighthouse counted 3-12 render-blocking requests per route, ~0.2-0.5 s each on its mobile network. Kit
		// still lists each, disabled (not fetched), so a navigation does not load them again.
		inlineStyleThreshold: 10_000,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		serviceWorker: { register: false },
		// the benchmark's skeleton app is a separate project: keep it out of type checking
		typescript: {
			config: (tsconfig) => ({ ...tsconfig, exclude: [...tsconfig.exclude, '../tests/fixtures/**'] })
		},
		// Strict CSP: scripts only from this origin, Kit's inline bootstrap by hash; nothing from anywhere else.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
