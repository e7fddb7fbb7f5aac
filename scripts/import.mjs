#!/usr/bin/env node
// Print the outline the drafting sandbox would build from a regulation's file:
// `npm run import -- <file.txt|.docx|.pdf> [--json] [--scheme articles|sections]`.
// Exit 1 when the file cannot be read (unknown format, damaged, no text) or its text cannot be applied
// (no numbered provisions, unplaced lines, numbering gaps or repeats). TypeScript runs through Vite.

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { withModule } from './load-ts.mjs';

const code = await withModule('/src/lib/import/cli.ts', async ({ MAX_FILE_BYTES, parseArgs, runImport }) => {
	const args = parseArgs(process.argv.slice(2));
	if (typeof args === 'string') {
		process.stderr.write(args + '\n');
		return 2;
	}
	const path = resolve(process.cwd(), args.file);
	let bytes;
	try {
		if ((await stat(path)).size > MAX_FILE_BYTES) {
			process.stderr.write(`${args.file}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB\n`);
			return 1;
		}
		bytes = new Uint8Array(await readFile(path));
	} catch (e) {
		process.stderr.write(`${args.file}: cannot read the file (${e.code ?? e.message})\n`);
		return 1;
	}
	const result = await runImport(args, bytes);
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	return result.code;
});
process.exitCode = code;
