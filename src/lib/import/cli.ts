// The `npm run import -- <file> [--json] [--scheme articles|sections]` command: the outline the browser
// would build from a file, as text for a reader or one JSON object. Node only: the script
// (scripts/import.mjs) reads the file and writes what this returns.

import { countsSummary, LEVELS, outline, type ImportOutline } from './outline';
import { readCMap } from './node-cmaps';
import { readImport } from './read';
import { ImportError, LIMITS, type ImportedText } from './types';

/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export const USAGE = 'usage: npm run import -- <file.txt|.docx|.pdf> [--json] [--scheme articles|sections]';

export interface CliArgs {
	file: string;
	json: boolean;
	scheme: 'articles' | 'sections' | 'auto';
}

/** Parse the command line; a string is the usage error to print. */
export function parseArgs(argv: readonly string[]): CliArgs | string {
	const args = argv.filter((a) => a !== '--');
	let json = false;
	let scheme: CliArgs['scheme'] = 'auto';
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--json') json = true;
		else if (a === '--scheme' || a.startsWith('--scheme=')) {
			const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
			if (v !== 'articles' && v !== 'sections' && v !== 'auto')
				return `${USAGE}\n--scheme: ${v ?? '(none)'}?`;
			scheme = v;
		} else if (a.startsWith('--')) return `${USAGE}\nunknown option ${a}`;
		else files.push(a);
	}
	if (files.length !== 1) return USAGE;
	return { file: files[0]!, json, scheme };
}

/** The JSON object of `--json`: the file read, then the outline's contract fields. */
export function outlineJson(imported: ImportedText, o: ImportOutline) {
	return {
		file: {
			name: imported.name,
			format: imported.format,
			...(imported.encoding ? { encoding: imported.encoding, bom: imported.bom } : {}),
			notes: imported.notes
		},
		scheme: o.scheme,
		detected: o.detected,
		counts: o.counts,
		units: o.units.map(({ id, label, level, text }) => ({ id, label, level, text })),
		unplaced: o.unplaced,
		problems: o.problems,
		blocking: o.blocking
	};
}

const clip = (s: string, n: number) => {
	const one = s.replace(/\s+/gu, ' ');
	return [...one].length > n ? [...one].slice(0, n).join('') + '…' : one;
};

/** The report as a reader sees it: file, scheme, counts, notes, problems, unplaced lines, then the outline. */
export function outlineText(imported: ImportedText, o: ImportOutline): string {
	const out: string[] = [];
	const encoding = imported.encoding ? `, ${imported.encoding}${imported.bom ? ' with BOM' : ''}` : '';
	out.push(`${imported.name}: ${imported.format}${encoding}`);
	const how =
		o.detected === o.scheme
			? 'as the text numbers itself'
			: `chosen; the text looks like ${o.detected ?? 'neither'}`;
	out.push(`scheme: ${o.scheme} (${how})`);
	out.push(`counts: ${countsSummary(o).en || 'no numbered units'}   ${countsSummary(o).zh}`);
	for (const n of imported.notes) {
		out.push(`${n.severity === 'warning' ? 'warning' : 'note'}: ${n.message.en}`);
		for (const ex of n.examples ?? []) out.push(`  e.g. ${ex}`);
	}
	for (const p of o.problems)
		out.push(`${p.blocking ? 'problem' : 'check'}: ${p.line ? `line ${p.line}: ` : ''}${p.message.en}`);
	if (o.unplaced.length) {
		out.push(`unplaced lines (${o.unplaced.length}):`);
		for (const u of o.unplaced) out.push(`  line ${u.line}: ${clip(u.text, 60)}`);
	}
	out.push('outline:');
	for (const u of o.units) {
		const indent = '  '.repeat(u.depth + 1);
		out.push(
			`${indent}${u.id.padEnd(14 - 2 * u.depth)} ${LEVELS[u.level].en.padEnd(11)} ${clip(u.text, 40)}`
		);
	}
	return out.join('\n') + '\n';
}

/** Run the command on a file's bytes. Exit 1 when the file cannot be read or the text cannot be applied. */
export async function runImport(args: CliArgs, bytes: Uint8Array): Promise<CliResult> {
	const name = args.file.split(/[\\/]/u).pop() ?? args.file;
	let imported: ImportedText;
	try {
		imported = await readImport(bytes, name, { loadCMap: readCMap });
	} catch (e) {
		if (e instanceof ImportError) return { code: 1, stdout: '', stderr: `${args.file}: ${e.localized.en}\n` };
		throw e;
	}
	const o = outline(imported.text, { scheme: args.scheme });
	const stdout = args.json
		? JSON.stringify(outlineJson(imported, o), null, 2) + '\n'
		: outlineText(imported, o);
	if (!o.blocking) return { code: 0, stdout, stderr: '' };
	const why = o.problems.filter((p) => p.blocking).map((p) => `  ${p.message.en}`);
	return {
		code: 1,
		stdout,
		stderr: `${args.file}: the text cannot be applied as it stands:\n${why.join('\n')}\n`
	};
}
