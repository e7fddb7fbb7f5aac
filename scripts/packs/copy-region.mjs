#!/usr/bin/env node
// The copy-a-region check: a region is one folder, and nothing outside it changes to add one. Copies the
// project (its tracked and new files, not node_modules or builds) to a temporary directory, copies one region
// folder there to a new id — no other change — then runs the unit suite and a production build in the copy.
//
//   npm run test:region-copy [-- --from <id>] [--to <id>] [--quick] [--no-build] [--keep]
//
// --from: the folder copied (default: the first region in the registry's order); --to: its new id (default
// "<from>-copy"); --quick: only the pack and contract tests; --keep: leave the directory for inspection.
// The conversion check (tests/packs/conversion.test.ts) is left out: it pins the five regions' output;
// component tests (jsdom) are not part of the unit suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
	const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
		cwd: repoRoot,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	})
		.split('\0')
		.filter((f) => f && existsSync(join(repoRoot, f)));
	for (const f of files) {
		mkdirSync(dirname(join(dir, f)), { recursive: true });
		cpSync(join(repoRoot, f), join(dir, f));
	}
	symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
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
	// Every unit test file (src/, tests/packs/layers) but the conversion check.
	run('npx', [
		'vitest',
		'run',
		'--project',
		'unit',
		...(argv.includes('--quick') ? quick : ['src/', 'tests/packs/layers'])
	]);
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
