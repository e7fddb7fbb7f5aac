import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { parseCorpus } from '$lib/corpus/parse';
import { ASPECTS } from '$lib/eligibility/aspects';
import { getEligibilityRules } from '$lib/eligibility/regions';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { parsePack, type Pack } from '$lib/rules/pack';
import { checkPack } from '$lib/rules/pack/check';
import { wordsIn } from '$lib/rules/words';
import { loadProfile, loadRegionDetails, loadSource, regionIds } from '$lib/regions/registry';
import { blankDraft, cloneRegion } from './create';
import {
	draftFromFile,
	draftToOpenData,
	loadDraftBase,
	MAX_DRAFT_FILE_BYTES,
	type DraftFile
} from './transfer';
import type { Draft } from './types';
import { clause, region } from '$lib/regions/fixture-ids';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../../static/data/rules.schema.json'), 'utf8'));

function validator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
	return ajv.compile(schema);
}

const GENERATED = '2026-11-23T00:00:00.000Z';
const REGION = region('draft-0b7c4a9e-1f2d-4e5a-9c3b-7d8e6f5a4b3c');

async function clone(id: string) {
	const meta = await loadRegionDetails(region(id));
	const profile = await loadProfile(region(id));
	return {
		...(await loadDraftBase({ meta, profile })),
		draft: cloneRegion(meta, profile, await loadSource(region(id)))
	};
}

const exported = (d: Draft) => JSON.stringify(draftToOpenData(d, REGION, GENERATED));

function refused(text: string) {
	const r = draftFromFile(text);
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.problems;
}

describe('round trip', () => {
	const validate = validator();
	const cases: [string, () => Promise<Draft>][] = [
		['a blank draft', async () => blankDraft('某市公共数据授权运营管理办法（草案）', '某市')],
		[
			'a blank draft started from the national framework',
			async () =>
				blankDraft(
					'某市公共数据授权运营管理办法（草案）',
					'某市',
					null,
					(await import('$lib/regions/national/profile')).profile
				)
		],
		...regionIds.map((id): [string, () => Promise<Draft>] => [
			`a clone of ${id}`,
			async () => (await clone(id)).draft
		])
	];
	test.each(cases)('%s: imports back deep-equal, and its open data meets the schema', async (_, make) => {
		const d = await make();
		const file = draftToOpenData(d, REGION, GENERATED);
		expect(draftFromFile(JSON.stringify(file))).toEqual({ ok: true, draft: d });
		expect(draftFromFile(JSON.stringify(file, null, '\t'))).toEqual({ ok: true, draft: d });
		// rules.schema.json 1.1 allows the optional `draft` beside the open data: the whole file validates
		expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(file.values).toHaveLength(DIMENSIONS.length);
		expect(new Set(file.values.map((v) => v.region))).toEqual(new Set([REGION]));
	});

	test('the region entry: the draft as one region, with its validity window', async () => {
		const c = await clone('jiangsu');
		const file = draftToOpenData(c.draft, REGION, GENERATED, c);
		expect(file.regions).toEqual([
			{
				id: REGION,
				title: { zh: c.meta.title.zh, en: c.meta.title.zh },
				level: 'province',
				// a draft, with its own dates still to be set
				status: ['draft', 'interim'],
				validFrom: null,
				validUntil: null
			}
		]);
		expect(file.version).toMatch(/^1\./);
		expect(file.dimensions.map((d) => d.id)).toEqual(DIMENSIONS.map((d) => d.id));
		expect(file.values.find((v) => v.dimension === 'term.maxMonths')).toMatchObject({
			value: { kind: 'number', value: 36, bound: 'atMost' },
			citations: ['art-8']
		});
	});

	test('a draft in progress with blank texts still exports valid open data and imports losslessly', () => {
		const d = blankDraft('', '');
		d.values['term.maxMonths'] = [
			{
				from: null,
				value: { kind: 'number', value: 24, bound: 'atMost' },
				summary: { zh: '', en: '' },
				citations: []
			}
		];
		d.values['scope.activities'] = [
			{
				from: null,
				value: { kind: 'text', value: { zh: '数据加工', en: '' } },
				summary: { zh: '', en: 'x' },
				citations: [],
				note: { zh: '', en: '' }
			}
		];
		const file = draftToOpenData(d, REGION, GENERATED);
		const validate = validator();
		expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(file.regions[0]!.title).toEqual({ zh: REGION, en: REGION });
		expect(file.values.find((v) => v.dimension === 'term.maxMonths')!.summary).toEqual({
			zh: '不超过24个月',
			en: 'at most 24 months'
		});
		expect(draftFromFile(JSON.stringify(file))).toEqual({ ok: true, draft: d });
	});

	test('a byte-order mark (as some editors save) is accepted', () => {
		const d = blankDraft('t', 'n');
		expect(draftFromFile('\uFEFF' + exported(d))).toEqual({ ok: true, draft: d });
	});
});

describe('the two halves must agree', () => {
	test('a file whose open-data values were edited is refused, naming the first differing dimension', async () => {
		const { draft } = await clone('taian');
		const file = draftToOpenData(draft, REGION, GENERATED);
		const row = file.values.find((v) => v.dimension === 'renewal.deadlineMonthsBeforeExpiry')!;
		row.value = { kind: 'number', value: 1, bound: 'atLeast' };
		file.values.find((v) => v.dimension === 'term.maxMonths')!.value = {
			kind: 'number',
			value: 60,
			bound: 'atMost'
		};
		const [p, ...rest] = refused(JSON.stringify(file));
		expect(rest).toEqual([]);
		expect(p!.field).toBe('values');
		expect(wordsIn(p!.message, 'en')).toMatch(/first differing dimension: "term\.maxMonths"/);
		expect(wordsIn(p!.message, 'zh-CN')).toMatch(/term\.maxMonths/);
	});
	test('so is one whose draft half was edited alone', async () => {
		const { draft } = await clone('henan');
		const file = draftToOpenData(draft, REGION, GENERATED);
		file.draft.values['term.maxMonths']![0]!.value = { kind: 'unlimited' };
		expect(wordsIn(refused(JSON.stringify(file))[0]!.message, 'en')).toMatch(/"term\.maxMonths"/);
	});
	test('a removed or added open-data row is a disagreement too', () => {
		const file = draftToOpenData(blankDraft('t', 'n'), REGION, GENERATED);
		const dropped = { ...file, values: file.values.slice(1) };
		expect(wordsIn(refused(JSON.stringify(dropped))[0]!.message, 'en')).toMatch(`"${DIMENSIONS[0]!.id}"`);
		const added = { ...file, values: [...file.values, { ...file.values[0]!, dimension: 'made.up' }] };
		expect(wordsIn(refused(JSON.stringify(added))[0]!.message, 'en')).toMatch(/"made\.up"/);
	});
	test('reordered keys are not a disagreement', () => {
		const d = blankDraft('t', 'n');
		const file = draftToOpenData(d, REGION, GENERATED);
		const values = file.values.map((v) => Object.fromEntries(Object.entries(v).reverse()));
		expect(draftFromFile(JSON.stringify({ ...file, values }))).toEqual({ ok: true, draft: d });
	});
});

describe('hostile and wrong files are refused with a clear message', () => {
	const good = () => JSON.parse(exported(blankDraft('t', 'n'))) as DraftFile;
	const cases: [string, () => string, string, RegExp][] = [
		['malformed JSON', () => '{"version": "1.0.0",', '', /Not a valid JSON file: /],
		['an empty file', () => '', '', /Not a valid JSON file/],
		['a JSON array', () => '[]', '', /expected a JSON object/],
		['a JSON string', () => '"draft"', '', /expected a JSON object/],
		[
			'the open data itself',
			() => JSON.stringify({ ...good(), draft: undefined }),
			'draft',
			/open-data file without a draft/
		],
		['no draft and no open data', () => '{"a":1}', 'draft', /"draft" field is missing/],
		[
			'a wrong draft format',
			() => JSON.stringify({ ...good(), draft: { ...good().draft, format: 'pdao-draft/9' } }),
			'draft.format',
			/not a draft \(format must be pdao-draft\/1\)/
		],
		[
			'a wrong open-data major version',
			() => JSON.stringify({ ...good(), version: '2.0.0' }),
			'version',
			/open-data shape/
		],
		[
			'two regions',
			() => JSON.stringify({ ...good(), regions: [good().regions[0], good().regions[0]] }),
			'regions',
			/one region/
		],
		[
			'an unknown top-level field',
			() => JSON.stringify({ ...good(), script: 'x' }),
			'script',
			/open-data shape/
		],
		[
			'a __proto__ key in the draft half',
			() => exported(blankDraft('t', 'n')).replace('"draft":{', '"draft":{"__proto__":{"admin":true},'),
			'draft.__proto__',
			/forbidden key "__proto__"/
		],
		[
			'a __proto__ key in the open-data half',
			() => exported(blankDraft('t', 'n')).replace('"values":[{', '"values":[{"__proto__":1,'),
			'values[0].__proto__',
			/forbidden key/
		],
		[
			'a constructor key at the top',
			() => exported(blankDraft('t', 'n')).replace(/^\{/, '{"constructor":{"prototype":{}},'),
			'constructor',
			/forbidden key "constructor"/
		],
		[
			'a huge title',
			() => JSON.stringify({ ...good(), draft: { ...good().draft, title: 'x'.repeat(10_000) } }),
			'draft.title',
			/at most 200 characters/
		],
		[
			'a huge source',
			() => JSON.stringify({ ...good(), draft: { ...good().draft, source: '第'.repeat(600_000) } }),
			'draft.source',
			/at most 500000 characters/
		],
		[
			'a wrong type',
			() => JSON.stringify({ ...good(), draft: { ...good().draft, values: [] as never } }),
			'draft.values',
			/must be an object/
		],
		[
			'a number as text',
			() => {
				const f = good();
				f.draft.values['term.maxMonths']![0]!.value = {
					kind: 'number',
					value: '36',
					bound: 'atMost'
				} as never;
				return JSON.stringify(f);
			},
			'draft.values.term.maxMonths[0].value.value',
			/must be a number/
		],
		[
			'an unknown value kind',
			() => {
				const f = good();
				f.draft.values['term.maxMonths']![0]!.value = { kind: 'eval' } as never;
				return JSON.stringify(f);
			},
			'draft.values.term.maxMonths[0].value.kind',
			/unknown value kind/
		],
		[
			'a number too large for a double',
			() => exported(blankDraft('t', 'n')).replace('"draft":{', '"n":1e999,"draft":{'),
			'n',
			/finite/
		]
	];
	test.each(cases)('%s', (_, make, field, message) => {
		const found = refused(make());
		const p = found.find((x) => x.field === field);
		expect(p, JSON.stringify(found.slice(0, 3))).toBeDefined();
		expect(wordsIn(p!.message, 'en')).toMatch(message);
		expect(wordsIn(p!.message, 'zh-CN').length).toBeGreaterThan(0);
	});

	test('a file over 2 MB is refused before it is parsed, and says the limit', () => {
		const big = `{"pad":"${'x'.repeat(MAX_DRAFT_FILE_BYTES)}"}`;
		const [p] = refused(big);
		expect(wordsIn(p!.message, 'en')).toMatch(/too large.*limit is 2 MB/);
		expect(wordsIn(p!.message, 'zh-CN')).toMatch(/上限 2 MB/);
		// Counted in UTF-8 bytes: 800,000 Chinese characters are 2.4 MB.
		const [q] = refused(`{"pad":"${'第'.repeat(800_000)}"}`);
		expect(wordsIn(q!.message, 'en')).toMatch(/\(2\.3 MB; the limit is 2 MB\)/);
	});

	test('nothing reaches Object.prototype', () => {
		refused(exported(blankDraft('t', 'n')).replace('"draft":{', '"draft":{"__proto__":{"admin":true},'));
		expect(({} as Record<string, unknown>).admin).toBeUndefined();
	});
});

describe('region packs', () => {
	const clausesOf = (pack: Pack) =>
		new Set(parseCorpus(region(pack.id), pack.source, pack.meta.parse).clauses.map((c) => c.id));
	const context = (pack: Pack) => ({
		region: pack.id,
		clauses: (id: string) => (id === pack.id ? clausesOf(pack) : undefined),
		dimensions: DIMENSIONS,
		aspects: new Set<string>(ASPECTS.map((a) => a.id))
	});

	test.each(regionIds)(
		'the base of a clone of %s carries that region’s criteria, loaded for it alone',
		async (id) => {
			const c = await clone(id);
			expect(c.eligibility).toEqual(getEligibilityRules(id));
			// without its criteria loaded, the base seeds none: the pack's criteria come from the values alone
			const bare = draftToOpenData(c.draft, REGION, GENERATED, { meta: c.meta, profile: c.profile }).pack;
			if (c.eligibility?.criteria.length)
				expect(bare.eligibility?.criteria.length ?? 0).toBeLessThan(c.eligibility.criteria.length);
		}
	);

	test.each(regionIds)('a clone of %s exports as a valid pack, with its eligibility rules', async (id) => {
		const c = await clone(id);
		const { pack } = draftToOpenData(c.draft, REGION, GENERATED, c);
		const parsed = parsePack(JSON.parse(JSON.stringify(pack)));
		expect(parsed.ok, JSON.stringify(parsed.ok ? null : parsed.problems.slice(0, 3))).toBe(true);
		expect(checkPack(pack, context(pack))).toEqual([]);
		expect(pack.source).toBe(c.draft.source);
		expect(pack.profile?.values).toEqual(c.draft.values);
		// a region's criteria travel with its clone (a folder just scaffolded has none yet)
		const own = getEligibilityRules(id)?.criteria.length ?? 0;
		expect(pack.eligibility?.criteria.length ?? 0).toBe(own);
	});

	test('a pack alone imports as a draft: its metadata, text and values; what stays behind is noted', async () => {
		const c = await clone('taian');
		const { pack } = draftToOpenData(c.draft, REGION, GENERATED, c);
		const r = draftFromFile(JSON.stringify(pack));
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.draft.values).toEqual(c.draft.values);
		expect(r.draft.source).toBe(c.draft.source);
		expect(r.draft.parse).toEqual(c.draft.parse);
		expect(r.draft.base).toBeNull();
		expect(r.draft.notes).toContain('eligibility.yaml');
	});

	test('a pack citing a clause its text lacks, a dimension the catalogue lacks, or an undeclared fact is refused, naming the field', async () => {
		const c = await clone('taian');
		const pack = structuredClone(draftToOpenData(c.draft, REGION, GENERATED, c).pack);
		pack.profile!.values['term.maxMonths']![0]!.citations = [clause('art-99')];
		(pack.profile!.values as Record<string, unknown>)['term.maxDays'] =
			pack.profile!.values['term.maxMonths']!;
		const when = pack.eligibility!.criteria[0]!;
		when.when = { isTrue: 'notAFact' };
		const fields = refused(JSON.stringify(pack)).map((p) => `${p.field}: ${wordsIn(p.message, 'en')}`);
		expect(fields).toContainEqual(
			expect.stringMatching(/^profile\.values\.term\.maxMonths\[0\]\.citations\[0\]: .*art-99/)
		);
		expect(fields).toContainEqual(
			expect.stringMatching(/^profile\.values\.term\.maxDays: .*not in the catalogue/)
		);
		expect(fields).toContainEqual(
			expect.stringMatching(/^eligibility\.criteria\[0\]\.when\.isTrue: .*notAFact/)
		);
	});

	test('a hostile pack is refused like a hostile draft file', () => {
		const base = { format: 'pdao-pack/1', id: 'x', source: '第一条 测试。', meta: {} };
		expect(wordsIn(refused('{"format":"pdao-pack/1","__proto__":{"x":1}}')[0]!.message, 'en')).toMatch(
			/forbidden key/
		);
		expect(refused(JSON.stringify({ ...base, id: '../etc' })).map((p) => p.field)).toContain('id');
		expect(refused(JSON.stringify({ ...base, extra: 1 })).map((p) => p.field)).toContain('extra');
		expect(
			wordsIn(
				refused(JSON.stringify({ ...base, source: 'x'.repeat(MAX_DRAFT_FILE_BYTES + 1) }))[0]!.message,
				'en'
			)
		).toMatch(/too large/);
	});

	test('a draft file whose pack disagrees with its draft is refused', async () => {
		const c = await clone('quzhou');
		const file = draftToOpenData(c.draft, REGION, GENERATED, c);
		file.pack.profile!.values['term.maxMonths']![0]!.value = { kind: 'number', value: 99, bound: 'atMost' };
		expect(refused(JSON.stringify(file)).map((p) => p.field)).toEqual(['pack']);
	});
});
