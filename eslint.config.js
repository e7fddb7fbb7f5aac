import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build-subpath/',
			'build-*/',
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'bench/out/',
			'bench/.lighthouse/',
			'tests/fixtures/skeleton/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names better than ESLint can.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Pure logic must not reach for the DOM, Svelte or storage (see STYLE.md: dependencies point one way).
		files: [
			'src/lib/regions/**/*.ts',
			'src/lib/corpus/**/*.ts',
			'src/lib/rules/**/*.ts',
			'src/lib/search/**/*.ts',
			'src/lib/machines/**/*.ts',
			'src/lib/eligibility/**/*.ts',
			'src/lib/scenario/**/*.ts',
			'src/lib/import/**/*.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/*',
								'$app/*',
								'dexie',
								'd3-*',
								'$lib/state/*',
								'$lib/components/*',
								'$lib/db/*'
							],
							message: 'Pure logic: no UI, Svelte, D3 or storage imports.'
						}
					]
				}
			]
		}
	}
);
