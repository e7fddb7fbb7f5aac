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
	// ——— Layers: dependencies point one way (STYLE.md) ———
	// routes, components → state → engines → rules → region data. Each folder may import its own layer and the
	// layers below it, never one above; tests are exempt (they wire layers together on purpose).
	...layerRules()
);

/**
 * The layers, lowest first. A folder of src/lib/ may import folders of its own layer and of lower ones.
 * Imports are checked as written: `$lib/<folder>` or a relative path leaving the folder (`../<folder>/…`).
 */
function layerRules() {
	const LAYERS = [
		{
			// Region data: the packs (YAML, source.txt) and the TypeScript beside them (their types, the
			// dimension catalogue, the registry that globs the folders). Imports nothing but itself: law is data.
			name: 'region data',
			folders: ['regions'],
			only: './'
		},
		{
			// The interface's messages (Paraglide, compiled from messages/*.json). Rules and engines may name one —
			// `said(m.key, inputs)` (rules/words.ts) — but never say it: the language is chosen where the words are
			// shown, so no engine reads the interface language (checked below: no message call, no runtime import).
			name: 'messages',
			folders: ['paraglide']
		},
		{
			// Rules: the pack schema, dates and counting conventions, value-in-force, comparison, formatting.
			// Pure; reads region data, knows no engine.
			name: 'rules',
			folders: ['rules']
		},
		{
			// Engines: read pack data through rules and compute (statecharts, verdicts, timelines, training,
			// search, storage, chart layout, the clause parser, drafts, scenario files). They may use each other,
			// never the UI's state or components; a message they name, they do not say (see 'messages').
			name: 'engines',
			folders: [
				'machines',
				'eligibility',
				'timeline',
				'training',
				'search',
				'db',
				'charts',
				'corpus',
				'drafts',
				'scenario',
				'import',
				'offline'
			]
		},
		{
			// State: *.svelte.ts glue from engines to runes, and the words tables engines are given (chart-words).
			name: 'state',
			folders: ['state']
		},
		{
			// Components and routes compose; nothing below imports them.
			name: 'components',
			folders: ['components']
		}
	];
	/** Folders that may not touch the DOM, Svelte, D3 or storage (charts draw, db stores; the rest compute). */
	const IMPURE = ['charts', 'db', 'state', 'paraglide', 'components'];
	const escape = (x) => x.replace(/[$.]/g, '\\$&');
	/**
	 * An import of one of `folders`: "$lib/x", "$lib/x/…", or a relative path up into "x/…". The compiled messages
	 * (paraglide/messages) are the exception: rules and engines carry the app's own words as a message and its
	 * inputs (src/lib/rules/words.ts, issue 21), said when shown; the runtime (the interface's locale) stays state.
	 */
	const into = (folders) =>
		`^(?!(${escape('$lib')}/|(\\.\\./)+)paraglide/messages(\\.js)?$)(${escape('$lib')}/|(\\.\\./)+)(${folders.join('|')})(/|$)`;
	return LAYERS.flatMap((layer, i) => {
		const higher = LAYERS.slice(i + 1);
		const layerPattern = layer.only
			? {
					// Its own files only: "./…", and from a sub-folder the layer's shared types and value constructors
					// ("../types", "../profile-kit": the national framework's profile is TypeScript data, README).
					regex: '^(?!\\./|\\.\\./(types|profile-kit)$)',
					message: `${layer.name} imports nothing but its own files ("./…"): law is data, behaviour is engines.`
				}
			: higher.length
				? {
						regex: into(higher.flatMap((l) => l.folders)),
						message: `${layer.name} may not import ${higher.map((l) => l.name).join(', ')}: dependencies point one way (routes → state → engines → rules → region data).`
					}
				: null;
		const speaks = !['rules', 'engines'].includes(layer.name);
		return layer.folders.map((folder) => {
			const patterns = [
				...(speaks
					? []
					: [
							{
								regex: '(^|/)paraglide/runtime(\\.js)?$',
								message:
									'Rules and engines do not read the interface language: name a message with said(m.key, inputs) (rules/words.ts).'
							}
						]),
				...(layerPattern ? [layerPattern] : []),
				...(IMPURE.includes(folder)
					? []
					: [
							{
								group: ['svelte', 'svelte/*', '$app/*', 'dexie', 'd3', 'd3-*'],
								message: 'Pure logic: no UI, Svelte, D3 or storage imports.'
							}
						])
			];
			return {
				files: [`src/lib/${folder}/**/*.ts`, `src/lib/${folder}/**/*.svelte`],
				ignores: ['**/*.test.ts', 'src/lib/paraglide/**'],
				rules: {
					...(patterns.length ? { 'no-restricted-imports': ['error', { patterns }] } : {}),
					...(speaks
						? {}
						: {
								'no-restricted-syntax': [
									'error',
									{
										// `m.some_key(…)`: the messages' names are snake_case (a local `m.split(…)` is not one)
										selector:
											"CallExpression[callee.type='MemberExpression'][callee.object.name='m'][callee.property.name=/_/]",
										message:
											'Rules and engines name a message, they do not say it: said(m.key, inputs) (rules/words.ts); the words are said where shown.'
									}
								]
							})
				}
			};
		});
	});
}
