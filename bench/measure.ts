// What the benches share: the search queries they time, and the arithmetic of a timing (runs, median,
// percentile, rounding). Figures only, never asserted.

/** The search queries every bench times: terms a drafter looks for, across every document. */
export const QUERIES = [
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

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

export function pct(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Each run's milliseconds. */
export function time(fn: () => void, runs: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return out;
}

/** Every query's milliseconds, `reps` rounds of QUERIES (after one untimed round when `warm`). */
export function queryTimes(search: (q: string) => unknown, reps: number, warm = false): number[] {
	if (warm) for (const q of QUERIES) search(q);
	const times: number[] = [];
	for (let rep = 0; rep < reps; rep++) for (const q of QUERIES) times.push(...time(() => search(q), 1));
	return times;
}

export const r1 = (x: number) => Math.round(x * 10) / 10;
export const r3 = (x: number) => Math.round(x * 1000) / 1000;
