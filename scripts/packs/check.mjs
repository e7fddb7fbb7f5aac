#!/usr/bin/env node
// Validate every region pack now, without a build: `npm run packs:check`. The same checks as the build's
// plugin (scripts/packs/plugin.ts); prints each problem with its file, field and id, exit code 1 on any.
import { join } from 'node:path';
import { repoRoot, withModules } from './tree.mjs';

const problems = await withModules(repoRoot, async (load) => {
	const { createPackValidator } = await load('/scripts/packs/plugin.ts');
	const validator = createPackValidator(join(repoRoot, 'src/lib/regions'));
	return { list: validator.checkAll(), folders: validator.folders() };
});
if (problems.list.length) {
	console.error(problems.list.join('\n'));
	process.exit(1);
}
console.log(
	`region packs valid: ${problems.folders.join(', ')}; national/duties.yaml and the cross-region walkthroughs valid`
);
