#!/usr/bin/env node
// The copy-a-region check: a region is one folder, and nothing outside it changes to add one. Copies the
// project (its tracked and new files, not node_modules or builds) to a temporary directory, copies one region
// folder there to a new id — no other change — then runs the unit tests a region can affect and a production
// build in the copy. `npm test` runs it (after the unit suite).
//
//   npm run test:region-copy [-- --from <id>] [--to <id>] [--full | --quick] [--no-build] [--keep]
//
// --from: the folder copied (default: the first rule region in the registry's order); --to: its new id
// (default "<from>-copy"); --keep: leave the directory for inspection.
// What runs: by default every unit test file but those that never read the registry or a region folder —
// the importers (src/lib/import: Word/PDF/text, read the national texts only), storage (src/lib/db),
// offline (src/lib/offline) and state glue (src/lib/state) — and the conversion check
// (tests/packs/conversion.test.ts: it pins the five regions' output). --full: the whole unit suite (the
// conversion check still left out); --quick: only the pack and contract tests. Component tests (jsdom) are
// not part of the unit suite.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../copy-project.mjs';
import { repoRoot, ruleRegionFolders } from './tree.mjs';

const argv = process.argv.slice(2).filter((a) => a !== '--');
const opt = (name) => {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1] : undefined;
};
const regionsDir = join(repoRoot, 'src/lib/regions');
const folders = ruleRegionFolders();
// by default the first rule region (a folder with a profile), not a national document
const from = opt('--from') ?? folders[0];
const to = opt('--to') ?? `${from}-copy`;
if (!from || !existsSync(join(regionsDir, from, 'meta.yaml'))) throw new Error(`no region folder "${from}"`);
if (existsSync(join(regionsDir, to))) throw new Error(`a folder "${to}" exists already`);

const dir = mkdtempSync(join(tmpdir(), 'pdao-region-copy-'));
const run = (cmd, args) => {
	console.log(`\n$ ${[cmd, ...args].join(' ')}   (in the copy)`);
	const r = spawnSync(cmd, args, { cwd: dir, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
	if (r.status !== 0) {
		console.error(
			`\nregion copy check FAILED: ${cmd} ${args.join(' ')} exited ${r.status} (copy kept in ${dir})`
		);
		process.exit(1);
	}
};

try {
	copyProject(dir);
	// The one change: a region folder copied under a new id.
	cpSync(join(regionsDir, from), join(dir, 'src/lib/regions', to), { recursive: true });
	console.log(`copied the project to ${dir} and src/lib/regions/${from}/ to src/lib/regions/${to}/`);

	run('npm', ['run', 'i18n', '--silent']);
	run('npx', ['svelte-kit', 'sync']);
	const quick = [
		'src/lib/rules',
		'src/lib/regions',
		'src/lib/eligibility/criteria.test.ts',
		'src/lib/machines/journeys.test.ts',
		'src/lib/training/walkthroughs.test.ts',
		'src/lib/corpus/fidelity.test.ts'
	];
	/** Unit test folders that never read the registry or a region folder (see the header). */
	const regionFree = ['src/lib/import/', 'src/lib/db/', 'src/lib/offline/', 'src/lib/state/'];
	const conversion = 'tests/packs/conversion.test.ts';
	/** The unit test files under `dir` (vitest's "unit" project: *.test.ts, not the jsdom *.svelte.test.ts). */
	const unitFiles = (d) =>
		readdirSync(join(dir, d), { withFileTypes: true }).flatMap((e) =>
			e.isDirectory()
				? unitFiles(`${d}/${e.name}`)
				: e.name.endsWith('.test.ts') && !e.name.endsWith('.svelte.test.ts')
					? [`${d}/${e.name}`]
					: []
		);
	const all = [...unitFiles('src'), ...unitFiles('tests/packs')].filter((f) => f !== conversion);
	const scope = argv.includes('--quick')
		? quick
		: argv.includes('--full')
			? all
			: all.filter((f) => !regionFree.some((d) => f.startsWith(d)));
	console.log(
		`\n${scope.length} test files or folders (${argv.includes('--full') ? 'full' : argv.includes('--quick') ? 'quick' : 'what a region can affect'})`
	);
	run('npx', ['vitest', 'run', '--project', 'unit', ...scope]);
	if (!argv.includes('--no-build')) {
		run('npx', ['vite', 'build']);
		const page = join(dir, 'build/regions', to, 'index.html');
		if (!existsSync(page)) {
			console.error(`region copy check FAILED: the build has no page for the copy (${page})`);
			process.exit(1);
		}
		console.log(`\nthe build has /regions/${to}/`);
	}
	console.log(
		`\nregion copy check passed: ${from} copied to ${to}, unit suite and build green with no other change`
	);
} finally {
	if (!argv.includes('--keep') && process.exitCode !== 1) rmSync(dir, { recursive: true, force: true });
}
