import { defineConfig } from '@playwright/test';

// End-to-end tests drive the BUILT app, served as plain static files (scripts/serve.mjs, like an intranet
// web server), in Debian's Chromium. Playwright cannot download browsers here: CHROME_PATH or
// /usr/bin/chromium must exist, and a missing browser fails the run rather than skipping it.
// Two builds are served: build/ at the root, and build-subpath/ under /pdao/ (BASE_PATH deployments).
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// E2E_PORT / E2E_BUILD let two checkouts' suites run side by side on one machine.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = ROOT_PORT + 1;
const ROOT_BUILD = process.env.E2E_BUILD ?? 'build';

export default defineConfig({
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	timeout: 45_000,
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		},
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'root', testDir: 'tests/e2e', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}` } },
		{
			name: 'subpath',
			testDir: 'tests/e2e-subpath',
			use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}` }
		}
	],
	webServer: [
		{
			command: `node scripts/serve.mjs ${ROOT_BUILD} ${ROOT_PORT} /`,
			url: `http://127.0.0.1:${ROOT_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		// E2E_SKIP_SUBPATH=1: a quick run of the root project alone, without building build-subpath/
		...(process.env.E2E_SKIP_SUBPATH
			? []
			: [
					{
						command: `node scripts/serve.mjs build-subpath ${SUBPATH_PORT} /pdao/`,
						url: `http://127.0.0.1:${SUBPATH_PORT}/pdao/`,
						reuseExistingServer: !process.env.CI,
						timeout: 30_000
					}
				])
	]
});
