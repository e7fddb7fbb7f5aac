import { describe, expect, test } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { getRegion, regions } from '$lib/regions/registry';
import type { DocumentVersion, RegionMeta } from '$lib/regions/types';
import {
	KIND_LABELS,
	agreementWarnings,
	documentStatus,
	journeyWarnings,
	regionStatus,
	statusCaveat,
	versionStatuses,
	versionsOf
} from './status';
import { clause, region } from '$lib/regions/fixture-ids';
import { wordsIn } from './words';
import { possibleStatuses } from './possible-statuses';

const jiangsu = getRegion(region('jiangsu'))!;

describe('Jiangsu (苏政办规〔2024〕5号, 第二十九条: 2024-12-01 to 2026-11-30), both sides of each date', () => {
	test.each([
		['2024-11-30', 'notYetInForce', '尚未施行（自 2024-12-01 起）', 'not yet in force (from 2024-12-01)'],
		['2024-12-01', 'inForce', '现行有效（至 2026-11-30）', 'in force until 2026-11-30'],
		['2026-11-30', 'inForce', '现行有效（至 2026-11-30）', 'in force until 2026-11-30'],
		['2026-12-01', 'lapsed', '已失效（2026-11-30）', 'lapsed on 2026-11-30'],
		['2026-12-05', 'lapsed', '已失效（2026-11-30）', 'lapsed on 2026-11-30']
	])('on %s: %s', (on, state, zh, en) => {
		const s = regionStatus(jiangsu, on);
		expect(s).toMatchObject({ on, state, interim: true, draft: false, trial: false, supersededBy: null });
		expect(s.citations).toEqual(['art-29']);
		expect(wordsIn(s.label, 'zh-CN')).toBe(`暂行 · ${zh}`);
		expect(wordsIn(s.label, 'en')).toBe(`interim · ${en}`);
		expect(s.lapsedOn).toBe(state === 'lapsed' ? '2026-11-30' : null);
		expect(statusCaveat(s)).toBe(state === 'inForce' ? null : state);
	});
});

describe('texts whose dates are blank are never "in force"', () => {
	test.each([
		['quzhou', 'effectiveDateUnset', ['draft', 'trial'], '2023年*月*日', ['sec-30-p1']],
		['taian', 'effectiveDateUnset', ['draft', 'trial'], '2024年 月 日', ['art-31']],
		['henan', 'issueDateUnknown', ['trial'], '印发日期', ['art-25']],
		['yingkou', 'noDates', ['draft'], '未规定', []]
	])('%s: %s', (id, reason, kinds, words, citations) => {
		for (const on of ['2020-01-01', '2026-11-30', '2026-12-05', '2040-01-01']) {
			const s = regionStatus(getRegion(region(id))!, on);
			expect(s.state).toBe('unknown');
			expect(s.unknown?.reason).toBe(reason);
			expect(s.kinds).toEqual(kinds);
			expect(wordsIn(s.label, 'zh-CN')).toContain('效力未定');
			expect(wordsIn(s.label, 'zh-CN')).toContain(words);
			expect(wordsIn(s.label, 'en')).toContain('validity unknown');
			expect(s.citations).toEqual(citations);
			expect(statusCaveat(s)).toBe(kinds.includes('draft') ? 'draft' : 'unknown');
		}
	});
	test('every region has one version, its corpus text, with no successor', () => {
		for (const r of regions) {
			expect(versionsOf(r).map((v) => v.id)).toEqual(['text']);
			expect(regionStatus(r, '2026-12-05').supersededBy).toBeNull();
		}
	});
});

describe('a region with a draft for comments and its final text (synthetic: no second version is in the corpus)', () => {
	const draft: DocumentVersion = {
		id: 'draft-2023',
		title: { zh: '某市公共数据授权运营管理办法（征求意见稿）', en: 'Draft' },
		status: ['draft'],
		issued: null,
		validity: {
			kind: 'yearsFromEffective',
			years: 2,
			effective: null,
			asWritten: '2024年 月 日',
			citations: [clause('art-30')]
		},
		supersededBy: { version: 'final', citations: [] }
	};
	const final: RegionMeta = {
		...jiangsu,
		id: region('somecity'),
		title: { zh: '某市公共数据授权运营管理办法', en: 'Final' },
		status: [],
		issued: '2024-06-01',
		validity: {
			kind: 'yearsFromEffective',
			years: 2,
			effective: '2024-07-01',
			asWritten: '2024年7月1日',
			citations: [clause('art-31')]
		},
		version: 'final',
		versions: [draft]
	};

	test('both versions are listed, the corpus text first', () => {
		expect(versionsOf(final).map((v) => v.id)).toEqual(['final', 'draft-2023']);
	});
	test.each([
		// date, final's state, draft superseded?
		['2024-05-31', 'notYetInForce', false],
		['2024-06-01', 'notYetInForce', true],
		['2024-06-30', 'notYetInForce', true],
		['2024-07-01', 'inForce', true],
		['2026-06-30', 'inForce', true],
		['2026-07-01', 'lapsed', true]
	])('on %s the final text is %s; the draft superseded: %s', (on, state, superseded) => {
		const [f, d] = versionStatuses(final, on);
		expect(f).toMatchObject({
			version: 'final',
			state,
			draft: false,
			citations: ['art-31'],
			supersededBy: null
		});
		expect(d).toMatchObject({ version: 'draft-2023', state: 'unknown', draft: true, citations: ['art-30'] });
		if (superseded) {
			expect(d!.supersededBy).toEqual({
				version: 'final',
				title: final.title,
				on: '2024-06-01',
				citations: []
			});
			expect(wordsIn(d!.label, 'zh-CN')).toContain('已被《某市公共数据授权运营管理办法》取代（2024-06-01）');
			expect(statusCaveat(d!)).toBe('superseded');
		} else {
			expect(d!.supersededBy).toBeNull();
			expect(statusCaveat(d!)).toBe('draft');
		}
		expect(regionStatus(final, on)).toEqual(f);
	});
	test('a successor with no known date supersedes on a date that cannot be told', () => {
		const undated = {
			...final,
			issued: null,
			validity: { ...final.validity, effective: null }
		} as RegionMeta;
		const d = versionStatuses(undated, '2024-01-01')[1]!;
		expect(d.supersededBy).toMatchObject({ version: 'final', on: null });
		expect(wordsIn(d.label, 'en')).toContain('superseded by “Final”');
	});
	test('an unknown successor is a data error', () => {
		const broken: DocumentVersion = { ...draft, supersededBy: { version: 'nope', citations: [] } };
		expect(() => documentStatus(broken, '2024-01-01')).toThrow(/unknown version "nope"/);
	});
	test('a draft with proposed dates is never "in force", even inside them', () => {
		const { supersededBy: _next, ...alone } = draft;
		const dated: DocumentVersion = {
			...alone,
			validity: { kind: 'fixed', from: '2027-01-01', until: '2028-12-31', citations: [] }
		};
		const s = documentStatus(dated, '2027-06-01');
		expect(s.state).toBe('inForce');
		expect(wordsIn(s.label, 'zh-CN')).toContain('所拟施行期内（2027-01-01 – 2028-12-31），未正式施行');
		expect(wordsIn(s.label, 'zh-CN')).not.toContain('现行有效');
		expect(statusCaveat(s)).toBe('draft');
	});
});

test('the kinds use the glossary words the interface uses', () => {
	const ui = { draft: m.status_draft, trial: m.status_trial, interim: m.status_interim };
	for (const [k, l] of Object.entries(KIND_LABELS)) {
		const f = ui[k as keyof typeof ui];
		expect(f({}, { locale: 'zh-CN' })).toBe(l.zh);
		expect(f({}, { locale: 'en' }).toLowerCase()).toBe(l.en);
	}
});

describe('dates against the regulation (one check for the timeline, the simulator and the scenarios)', () => {
	const rule = jiangsu.validity;
	const codes = (ws: { code: string }[]) => ws.map((w) => w.code);
	test.each([
		// journey start, signed terms [start, end], warnings
		['2025-03-01', [], []],
		['2025-03-01', [['2025-04-10', '2028-04-09']], ['outlivesRegulation']],
		['2024-12-01', [['2024-12-01', '2026-11-30']], []],
		['2024-12-02', [['2024-12-02', '2026-12-01']], ['outlivesRegulation']],
		['2026-11-30', [], []],
		['2026-11-30', [['2026-11-30', '2029-11-29']], ['outlivesRegulation']],
		['2026-12-01', [], ['journeyAfterLapse']],
		['2026-12-05', [['2026-12-05', '2029-12-04']], ['journeyAfterLapse', 'regulationExpiredAtStart']],
		['2024-11-30', [], ['journeyBeforeInForce']],
		['2024-11-01', [['2024-11-30', '2026-11-29']], ['journeyBeforeInForce', 'startsBeforeRegulation']]
	])('Jiangsu, journey from %s, terms %j: %j', (start, terms, expected) => {
		const ws = journeyWarnings(rule, { start, terms: terms.map(([s, e]) => ({ start: s!, end: e! })) });
		expect(codes(ws)).toEqual(expected);
		for (const w of ws) expect(w.citations).toEqual(['art-29']);
	});
	test('a journey after the lapse says the simulation shows what the text said', () => {
		const [w] = journeyWarnings(rule, { start: '2026-12-05', terms: [] });
		expect(wordsIn(w!.message, 'zh-CN')).toBe(
			'模拟自2026-12-05开始，办法已于2026-11-30失效：所模拟的是文本原有的规定。'
		);
		expect(wordsIn(w!.message, 'en')).toContain('after the regulation lapsed on 2026-11-30');
	});
	test("an end that cannot be computed is said (Tai'an, Henan); no end, nothing to flag (Quzhou, Yingkou)", () => {
		expect(
			codes(agreementWarnings(getRegion(region('taian'))!.validity, '2025-06-01', '2028-05-31'))
		).toEqual(['regulationEndUnknown']);
		expect(
			agreementWarnings(getRegion(region('henan'))!.validity, '2025-06-01', '2028-05-31')[0]!.citations
		).toEqual(['art-25']);
		expect(agreementWarnings(getRegion(region('taian'))!.validity, '2025-06-01', null)).toEqual([]);
		// a renewed term whose end is as unknown says nothing new
		const renewed = journeyWarnings(getRegion(region('taian'))!.validity, {
			start: '2025-01-01',
			terms: [
				{ start: '2025-02-01', end: '2028-01-31' },
				{ start: '2028-02-01', end: '2031-01-31' }
			]
		});
		expect(codes(renewed)).toEqual(['regulationEndUnknown']);
		for (const id of ['quzhou', 'yingkou'])
			expect(
				journeyWarnings(getRegion(region(id))!.validity, {
					start: '2040-01-01',
					terms: [{ start: '2040-01-01', end: '2043-01-01' }]
				})
			).toEqual([]);
	});
});

describe('possibleStatuses: every status a text can have, for keeping its place before the date is known', () => {
	const sameBut = (s: ReturnType<typeof regionStatus>) => ({ ...s, on: null, label: wordsIn(s.label, 'en') });

	test('Jiangsu: not yet in force, in force until 2026-11-30, lapsed (第二十九条), in date order', () => {
		const all = possibleStatuses(jiangsu);
		expect(all.map((s) => s.state)).toEqual(['notYetInForce', 'inForce', 'lapsed']);
		expect(all.map((s) => wordsIn(s.label, 'zh-CN'))).toEqual([
			'暂行 · 尚未施行（自 2024-12-01 起）',
			'暂行 · 现行有效（至 2026-11-30）',
			'暂行 · 已失效（2026-11-30）'
		]);
	});

	test('a text whose dates are blank has one status, whatever the date (Quzhou: 征求意见稿, 试行, unknown)', () => {
		const all = possibleStatuses(getRegion(region('quzhou'))!);
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({ state: 'unknown', kinds: ['draft', 'trial'] });
	});

	test('a draft later superseded: before and after its successor takes over (synthetic)', () => {
		const final: DocumentVersion = {
			id: 'final',
			title: { zh: '某市公共数据授权运营管理办法', en: 'Final' },
			status: [],
			issued: '2024-06-01',
			validity: {
				kind: 'yearsFromEffective',
				years: 2,
				effective: '2024-07-01',
				asWritten: '2024年7月1日',
				citations: [clause('art-31')]
			}
		};
		const draft: RegionMeta = {
			...jiangsu,
			id: region('somecity'),
			title: { zh: '某市公共数据授权运营管理办法（征求意见稿）', en: 'Draft' },
			status: ['draft'],
			issued: null,
			validity: {
				kind: 'yearsFromEffective',
				years: 2,
				effective: null,
				asWritten: '2024年 月 日',
				citations: [clause('art-30')]
			},
			version: 'draft-2023',
			supersededBy: { version: 'final', citations: [] },
			versions: [final]
		};
		const all = possibleStatuses(draft);
		expect(all.map((s) => [s.state, s.supersededBy?.on ?? null])).toEqual([
			['unknown', null],
			['unknown', '2024-06-01']
		]);
	});

	test.each(regions.map((r) => [r.id, r] as const))(
		'%s: its status on any day from 2019 to 2031 is one of them',
		(_, r) => {
			const all = possibleStatuses(r).map(sameBut);
			for (let y = 2019; y <= 2031; y++)
				for (const md of ['01-01', '03-31', '06-30', '07-01', '11-30', '12-01', '12-31'])
					expect(all).toContainEqual(sameBut(regionStatus(r, `${y}-${md}`)));
		}
	);
});
