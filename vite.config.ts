import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// Under vitest the messages are compiled once by `npm run i18n`; the plugin's watcher would keep
		// the test process alive.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				// Chinese first; a user's explicit choice persists in localStorage. No URL prefixes:
				// deep links to clauses must stay the same whatever the interface language.
				strategy: ['localStorage', 'baseLocale']
			})
	],
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'tests/e2e/**']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./tests/setup-client.ts']
				}
			}
		]
	}
});
