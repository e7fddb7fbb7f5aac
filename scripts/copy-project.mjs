// A copy of the project to build or test in without touching the working tree: its tracked and new files
// (not node_modules, builds or anything git ignores), with node_modules linked. Used by the region-copy check
// (scripts/packs/copy-region.mjs) and the synthetic-region builds (scripts/synthetic.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './packs/tree.mjs';

/** Copy the project's tracked and new files into `dir`, and link its node_modules. */
export function copyProject(dir) {
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
}
