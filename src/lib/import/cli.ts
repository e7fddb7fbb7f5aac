// The `npm run import -- <file> [--json] [--scheme articles|sections]` command: the outline the browser
// would build from a file, as text for a reader or one JSON object. Node only: the script
// (scripts/import.mjs) reads the file and writes what this returns. The text is English (what the reader, the
// parser's report and any refusal say, via wordsIn); the JSON gives each of those in both languages.

import { analyze, numberingMessage, type AnalysisReport } from '$lib/corpus/report';
import { wordsIn, wordsInBoth } from '$lib/rules/words';
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

/** Words said in both languages, for the JSON. */

/** The JSON object of `--json`: the file read, then the parser's report (src/lib/corpus/report.ts). */
export function reportJson(imported: ImportedText, r: AnalysisReport) {
	return {
		file: {
			name: imported.name,
			format: imported.format,
			...(imported.encoding ? { encoding: imported.encoding, bom: imported.bom } : {}),
			notes: imported.notes.map((n) => ({ ...n, message: wordsInBoth(n.message) }))
		},
		scheme: r.scheme,
		schemeSource: r.schemeSource,
		detected: r.detected,
		counts: r.counts,
		summary: wordsInBoth(r.summary),
		furniture: r.furniture,
		units: r.units.map(({ id, label, level, text }) => ({ id, label: label.zh, level, text })),
		unplaced: r.unplaced.map(({ lines, text, reason }) => ({ line: lines[0]!, text, reason })),
		numbering: r.numbering,
		layout: r.layout,
		verbatim: r.verbatim,
		warnings: r.warnings.map((w) => ({ ...w, message: wordsInBoth(w.message) })),
		ok: r.ok
	};
}

const clip = (s: string, n: number) => {
	const one = s.replace(/\s+/gu, ' ');
	return [...one].length > n ? [...one].slice(0, n).join('') + '…' : one;
};

/** The report as a reader sees it: file, scheme, counts, layout, warnings, unplaced lines, then the outline. */
export function reportText(imported: ImportedText, r: AnalysisReport): string {
	const out: string[] = [];
	const encoding = imported.encoding ? `, ${imported.encoding}${imported.bom ? ' with BOM' : ''}` : '';
	out.push(`${imported.name}: ${imported.format}${encoding}`);
	const how =
		r.schemeSource === 'detected'
			? 'as the text numbers itself'
			: r.detected === r.scheme
				? 'chosen, as the text numbers itself'
				: `chosen; the text looks like ${r.detected ?? 'neither'}`;
	out.push(`scheme: ${r.scheme} (${how})`);
	out.push(`counts: ${wordsIn(r.summary, 'en')}   ${wordsIn(r.summary, 'zh-CN')}`);
	if (r.layout.joinedLines)
		out.push(
			`layout: ${r.layout.joinedLines} hard-wrapped lines joined${r.layout.wrapWidth ? ` (wrapped at ${r.layout.wrapWidth} characters)` : ''}`
		);
	for (const n of imported.notes) {
		out.push(`${n.severity === 'warning' ? 'warning' : 'note'}: ${wordsIn(n.message, 'en')}`);
		for (const ex of n.examples ?? []) out.push(`  e.g. ${ex}`);
	}
	for (const w of r.warnings) out.push(`problem: ${wordsIn(w.message, 'en')}`);
	for (const n of r.numbering) out.push(`  line ${n.line}: ${wordsIn(numberingMessage(n), 'en')}`);
	if (r.unplaced.length) {
		out.push(`unplaced lines (${r.unplaced.length}):`);
		for (const u of r.unplaced) out.push(`  line ${u.lines[0]}: ${clip(u.text, 60)}`);
	}
	out.push('outline:');
	for (const u of r.units) {
		const indent = '  '.repeat(u.depth + 1);
		out.push(`${indent}${u.id.padEnd(14 - 2 * u.depth)} ${u.level.padEnd(11)} ${clip(u.text, 40)}`);
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
		if (e instanceof ImportError)
			return { code: 1, stdout: '', stderr: `${args.file}: ${wordsIn(e.localized, 'en')}\n` };
		throw e;
	}
	const r = analyze(imported.text, args.scheme === 'auto' ? {} : { scheme: args.scheme });
	const stdout = args.json
		? JSON.stringify(reportJson(imported, r), null, 2) + '\n'
		: reportText(imported, r);
	if (r.ok) return { code: 0, stdout, stderr: '' };
	const why = r.warnings.map((w) => `  ${wordsIn(w.message, 'en')}`);
	if (r.detected && r.detected !== r.scheme)
		why.push(
			`  Run it again with --scheme ${r.detected} (or without --scheme: the text's numbering decides).`
		);
	return {
		code: 1,
		stdout,
		stderr: `${args.file}: the text cannot be applied as it stands:\n${why.join('\n')}\n`
	};
}
