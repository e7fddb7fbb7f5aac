#!/usr/bin/env node
// Synthetic regions, for measuring and testing the app at scale: copies of one region folder under new ids
// (syn-001, syn-002 …), spread over the provinces, in a TEMPORARY copy of the project — never in the working
// tree, never committed. Used by `npm run bench -- --regions N` and by the test-only build the picker's e2e
// runs against:
//
//   node scripts/synthetic.mjs --regions 60 --out build-synthetic   # a build with 60 extra regions
//
// The copies keep the folder's text, rule profile, criteria, journey and walkthroughs verbatim; only meta.yaml
// changes (name, province, order), so every copy passes the packs' build-time checks as the original does.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from './copy-project.mjs';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Provinces the synthetic regions are spread over (zh, en). */
export const PROVINCES = [
	['北京市', 'Beijing'],
	['天津市', 'Tianjin'],
	['河北省', 'Hebei'],
	['山西省', 'Shanxi'],
	['内蒙古自治区', 'Inner Mongolia'],
	['辽宁省', 'Liaoning'],
	['吉林省', 'Jilin'],
	['黑龙江省', 'Heilongjiang'],
	['上海市', 'Shanghai'],
	['江苏省', 'Jiangsu'],
	['浙江省', 'Zhejiang'],
	['安徽省', 'Anhui'],
	['福建省', 'Fujian'],
	['江西省', 'Jiangxi'],
	['山东省', 'Shandong'],
	['河南省', 'Henan'],
	['湖北省', 'Hubei'],
	['湖南省', 'Hunan'],
	['广东省', 'Guangdong'],
	['广西壮族自治区', 'Guangxi'],
	['海南省', 'Hainan'],
	['重庆市', 'Chongqing'],
	['四川省', 'Sichuan'],
	['贵州省', 'Guizhou'],
	['云南省', 'Yunnan'],
	['西藏自治区', 'Tibet'],
	['陕西省', 'Shaanxi'],
	['甘肃省', 'Gansu'],
	['青海省', 'Qinghai'],
	['宁夏回族自治区', 'Ningxia'],
	['新疆维吾尔自治区', 'Xinjiang']
];

export const syntheticId = (i) => `syn-${String(i).padStart(3, '0')}`;

/** Copy the project's tracked and new files (not node_modules, builds) to a new temporary directory. */
export function copyTree(prefix = 'pdao-synthetic-') {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	copyProject(dir);
	// the compiled messages are generated (ignored by git); the copy needs them before any build
	const paraglide = join(repoRoot, 'src/lib/paraglide');
	if (existsSync(paraglide)) cpSync(paraglide, join(dir, 'src/lib/paraglide'), { recursive: true });
	return dir;
}

/** Add `n` copies of region folder `from` to the tree at `root`; returns their ids. */
export function addSynthetic(root, n, from = 'taian') {
	const regions = join(root, 'src/lib/regions');
	const src = join(regions, from);
	if (!existsSync(join(src, 'meta.yaml'))) throw new Error(`no region folder "${from}"`);
	const meta = readFileSync(join(src, 'meta.yaml'), 'utf8');
	const ids = [];
	for (let i = 1; i <= n; i++) {
		const id = syntheticId(i);
		const dest = join(regions, id);
		mkdirSync(dest, { recursive: true });
		for (const f of readdirSync(src))
			if (!f.endsWith('.test.ts') && f !== 'meta.yaml') cpSync(join(src, f), join(dest, f));
		const [zh, en] = PROVINCES[(i - 1) % PROVINCES.length];
		const num = String(i).padStart(3, '0');
		writeFileSync(
			join(dest, 'meta.yaml'),
			meta
				.replace(/^order:.*$/m, `order: ${1000 + i}`)
				.replace(/^name:.*$/m, `name: { zh: 合成${num}市, en: Synthetic ${num} }`)
				.replace(/^province:.*$/m, `province: { zh: ${zh}, en: ${en} }`)
		);
		ids.push(id);
	}
	return ids;
}

/** Run a command in `cwd`, failing loudly. */
export function run(cmd, args, cwd, env = {}) {
	const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status} (in ${cwd})`);
}

// CLI: a test-only build with synthetic regions, copied to <out> in the working tree (ignored: /build-*).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const argv = process.argv.slice(2);
	const opt = (name, dflt) => {
		const i = argv.indexOf(name);
		return i >= 0 ? argv[i + 1] : dflt;
	};
	const n = Number(opt('--regions', '60'));
	const out = resolve(repoRoot, opt('--out', 'build-synthetic'));
	if (!/\/build-[\w-]+$/.test(out)) throw new Error('--out must be a build-* directory of the project');
	const dir = copyTree();
	try {
		addSynthetic(dir, n, opt('--from', 'taian'));
		console.log(`added ${n} synthetic regions in ${dir}; building…`);
		run(join(dir, 'node_modules/.bin/vite'), ['build'], dir);
		rmSync(out, { recursive: true, force: true });
		cpSync(join(dir, 'build'), out, { recursive: true });
		console.log(`test-only build with ${n} synthetic regions in ${out}`);
	} finally {
		if (!argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
	}
}
