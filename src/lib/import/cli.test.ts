// The public command, spawned as a user runs it, on files made in the test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from './cli';
import { gbk, linesOf, makeDocx, makePdf, nationalSourcePath, nationalTexts, PNG } from './test-fixtures';

const ROOT = resolve(__dirname, '../../..');
const texts = nationalTexts();
let dir = '';

function run(...args: string[]) {
	const r = spawnSync(process.execPath, [join(ROOT, 'scripts/import.mjs'), ...args], {
		cwd: dir,
		encoding: 'utf8'
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pdao-import-'));
	writeFileSync(join(dir, 'spec.docx'), await makeDocx(linesOf(texts['authorized-operation-spec']!)));
	writeFileSync(join(dir, 'registration-gbk.txt'), gbk(texts['registration-measures']!));
	writeFileSync(join(dir, 'pricing.txt'), texts['pricing-notice']!);
	writeFileSync(
		join(dir, 'plan.pdf'),
		(await makePdf(linesOf(texts['circulation-security-plan']!), { pageNumbers: true, linesPerPage: 5 }))
			.bytes
	);
	writeFileSync(
		join(dir, 'wrapped.pdf'),
		(await makePdf(linesOf(texts['registration-measures']!), { wrapAt: 30, pageNumbers: true })).bytes
	);
	writeFileSync(join(dir, 'scan.png'), PNG);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
	test('a .docx: --json gives scheme, counts by English level name, units and unplaced lines', () => {
		const r = run('spec.docx', '--json');
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.scheme).toBe('articles');
		// levels only, in the scheme's order; the title is furniture
		expect(out.counts).toEqual({ chapter: 7, article: 27, paragraph: 15, item: 25 });
		expect(out.furniture).toEqual(['title']);
		expect(out.unplaced).toEqual([]);
		expect(out.ok).toBe(true);
		expect(out.file).toMatchObject({ name: 'spec.docx', format: 'docx' });
		expect(out.units.find((u: { id: string }) => u.id === 'art-14-2')).toEqual({
			id: 'art-14-2',
			label: '第十四条（二）',
			level: 'item',
			text: expect.stringMatching(/^（二）/u)
		});
		expect(Object.keys(out.units[0]).sort()).toEqual(['id', 'label', 'level', 'text']);
	}, 30_000);

	test('GBK text: read as GB18030, printed as an outline with counts first, sub-items included', () => {
		const r = run('registration-gbk.txt');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('registration-gbk.txt: txt, gb18030');
		expect(r.stdout).toContain('counts: 6 chapters, 24 articles, 8 paragraphs, 17 items, 4 sub-items');
		expect(r.stdout).toMatch(/\n {6}art-9-4 +item +（四）注销登记/u);
		expect(r.stdout).toMatch(/\n {8}art-9-4-1 +subitem +1\.公共数据资源不可复原或灭失的；/u);
	}, 30_000);

	test('the national 登记办法 as it is: --json counts every level', () => {
		const r = run(nationalSourcePath('registration-measures'), '--json');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.counts).toEqual({ chapter: 6, article: 24, paragraph: 8, item: 17, subitem: 4 });
		expect(out.units.find((u: { id: string }) => u.id === 'art-9-4-1')).toMatchObject({
			label: '第九条（四）1',
			level: 'subitem'
		});
	}, 30_000);

	test('a hard-wrapped PDF: the wraps are joined, the outline is the text’s', () => {
		const r = run('wrapped.pdf', '--json');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.counts).toEqual({ chapter: 6, article: 24, paragraph: 8, item: 17, subitem: 4 });
		expect(out.layout.joinedLines).toBeGreaterThan(60);
	}, 30_000);

	test('a PDF: page numbers dropped, sections found', () => {
		const r = run('plan.pdf', '--json');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.counts).toMatchObject({ section: 2, subsection: 7 });
		expect(out.file.notes.map((n: { code: string }) => n.code)).toContain('pageFurniture');
	}, 30_000);

	test('the wrong scheme: the outline is printed, and exit 1 says why and what to run instead', () => {
		const r = run('pricing.txt', '--scheme', 'articles');
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('scheme: articles (chosen; the text looks like sections)');
		expect(r.stderr).toContain('No article (第X条) found');
		expect(r.stderr).toContain(
			'The chosen scheme (articles) does not fit the text: the sections scheme finds 5 units.'
		);
		expect(r.stderr).toContain('Run it again with --scheme sections');
		// the right scheme, given, is accepted
		expect(run('pricing.txt', '--scheme', 'sections').code).toBe(0);
	}, 30_000);

	test('files it cannot read: exit 1 with what to do', () => {
		const png = run('scan.png');
		expect(png.code).toBe(1);
		expect(png.stderr).toContain('OCR');
		expect(png.stdout).toBe('');
		const missing = run('nowhere.docx');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('cannot read the file (ENOENT)');
	}, 30_000);

	test('usage errors exit 2', () => {
		expect(run().code).toBe(2);
		expect(run('a.txt', '--scheme', 'chapters').stderr).toContain('usage: npm run import');
	}, 30_000);
});

test('parseArgs', () => {
	expect(parseArgs(['--', 'x.pdf', '--json'])).toEqual({ file: 'x.pdf', json: true, scheme: 'auto' });
	expect(parseArgs(['x.pdf', '--scheme=sections'])).toEqual({
		file: 'x.pdf',
		json: false,
		scheme: 'sections'
	});
	expect(parseArgs(['x.pdf', '--verbose'])).toMatch(/unknown option --verbose/u);
	expect(parseArgs(['a', 'b'])).toMatch(/^usage/u);
});
