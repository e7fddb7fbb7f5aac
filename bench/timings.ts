// Timings of the pure engines, in Node: medians over repeated runs. Printed by `npm run bench`, never
// asserted (the machines are shared and noisy). A section whose module is missing reports why.

import { loadCorpus, regionIds } from '$lib/regions/registry';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}
function pct(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
function time(fn: () => void, runs: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return out;
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;

type Section = Record<string, number | string>;

async function search(): Promise<Section> {
	const { loadSearchIndex } = await import('$lib/search/search');
	const t = performance.now();
	const index = await loadSearchIndex(loadCorpus, [...regionIds]);
	const buildMs = performance.now() - t;
	const queries = [
		'日志',
		'岗前培训',
		'不少于6个月',
		'原始数据不出域',
		'一场景一审核',
		'7个工作日',
		'数据安全事件',
		'续约',
		'评估',
		'退出',
		'授权运营协议',
		'失信',
		'等级保护',
		'商用密码',
		'脱敏',
		'交易场所',
		'收益分配',
		'知识产权',
		'整改',
		'暂停'
	];
	const times: number[] = [];
	for (let rep = 0; rep < 20; rep++) for (const q of queries) times.push(...time(() => index.search(q), 1));
	return {
		indexBuildMs: r3(buildMs),
		queryP50Ms: r3(pct(times, 50)),
		queryP95Ms: r3(pct(times, 95)),
		queries: times.length
	};
}

async function eligibility(): Promise<Section> {
	const { evaluateAll } = await import('$lib/eligibility');
	const { IDEAL: facts } = await import('$lib/eligibility/fixtures');
	evaluateAll(facts, { asOf: '2026-11-23' });
	return { allRegionsMedianMs: r3(median(time(() => evaluateAll(facts, { asOf: '2026-11-23' }), 2000))) };
}

export async function run(): Promise<Record<string, Section>> {
	const out: Record<string, Section> = {};
	for (const [name, fn] of [
		['search', search],
		['eligibility', eligibility]
	] as const) {
		try {
			out[name] = await fn();
		} catch (e) {
			out[name] = { skipped: String(e) };
		}
	}
	return out;
}
