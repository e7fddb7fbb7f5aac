import { describe, expect, test } from 'vitest';
import { loadProfile, loadRegionDetails, loadSource, regionIds } from '$lib/regions/registry';
import { deepEqual } from '$lib/rules/equal';
import { regionStatus } from '$lib/rules/status';
import { validityWindow } from '$lib/rules/validity';
import {
	draftItemId,
	draftMeta,
	draftProfile,
	draftRegionId,
	draftValidity,
	isDraftRegion,
	parseDraft
} from './bundle';
import { blankDraft, cloneRegion } from './create';
import { DRAFT_PREFIX } from './types';
import { DIMENSIONS } from '$lib/regions/dimensions';
import { clause, clauses, region } from '$lib/regions/fixture-ids';

async function clone(id: string) {
	const meta = await loadRegionDetails(region(id));
	const profile = await loadProfile(region(id));
	return { meta, profile, draft: cloneRegion(meta, profile, await loadSource(region(id))) };
}

describe('draft region ids', () => {
	test('round-trip and never collide with a region folder', () => {
		const id = draftRegionId('abc-123');
		expect(isDraftRegion(id)).toBe(true);
		expect(draftItemId(id)).toBe('abc-123');
		for (const r of regionIds) expect(r.startsWith(DRAFT_PREFIX), r).toBe(false);
	});
});

/** What a fresh clone changes: it is a draft (Henan, Jiangsu were not), and its dates start blank (Jiangsu's). */
const CLONE_CHANGES: Record<string, string[]> = {
	henan: ['regulation.status'],
	jiangsu: ['regulation.status', 'regulation.validFrom', 'regulation.validUntil']
};

describe.each(regionIds)('a clone of %s', (id) => {
	test('parses into the same clauses as the region', async () => {
		const { draft } = await clone(id);
		const parsed = parseDraft(draft, region('draft-x'));
		expect(parsed.ok).toBe(true);
		const { loadCorpus } = await import('$lib/corpus/load');
		const corpus = await loadCorpus(id);
		expect(parsed.corpus.clauses.map((c) => [c.id, c.text])).toEqual(
			corpus.clauses.map((c) => [c.id, c.text])
		);
	});
	test('is a draft with its own dates: the region’s values but its kinds and dates, never lapsed', async () => {
		const c = await clone(id);
		const meta = draftMeta(c.draft, region('draft-x'), c);
		const values = draftProfile(c.draft, region('draft-x')).values;
		const changed = DIMENSIONS.map((d) => d.id).filter((d) => !deepEqual(values[d], c.profile.values[d]));
		expect(changed).toEqual(CLONE_CHANGES[id] ?? []);
		expect(meta.status).toContain('draft');
		// the status value gains "draft" where the region states one (a scaffold's is still "not specified")
		if (c.profile.values['regulation.status']?.[0]?.value.kind === 'list')
			expect(values['regulation.status']![0]!.value).toMatchObject({
				value: expect.arrayContaining(['draft'])
			});
		else expect(values['regulation.status']).toEqual(c.profile.values['regulation.status']);
		for (const on of ['2024-12-01', '2026-12-05']) expect(regionStatus(meta, on).state).toBe('unknown');
		// the dates were blank already: the region's own rule, with its blanks as written
		if (id !== 'jiangsu') expect(meta.validity).toEqual(c.meta.validity);
	});
});

describe('draft validity from its values', () => {
	const withDates = (from: string | null, until: string | null, years?: number) => {
		const d = blankDraft('t', 'n');
		d.values['regulation.validFrom'] = [
			{
				from: null,
				value: { kind: 'date', value: from },
				summary: { zh: '', en: '' },
				citations: [clause('art-30')]
			}
		];
		d.values['regulation.validUntil'] = [
			{
				from: null,
				value: { kind: 'date', value: until },
				summary: { zh: '', en: '' },
				citations: [clause('art-30')]
			}
		];
		if (years !== undefined)
			d.values['regulation.validityYears'] = [
				{
					from: null,
					value: { kind: 'number', value: years, bound: 'exactly' },
					summary: { zh: '', en: '' },
					citations: [clause('art-31')]
				}
			];
		return d;
	};
	test('both dates: fixed, cited', () => {
		const v = draftValidity(withDates('2027-01-01', '2028-12-31'));
		expect(v).toEqual({ kind: 'fixed', from: '2027-01-01', until: '2028-12-31', citations: ['art-30'] });
	});
	test('a start and N years: runs to the eve of the anniversary', () => {
		const v = draftValidity(withDates('2027-03-01', null, 2));
		expect(validityWindow(v)).toEqual({ from: '2027-03-01', until: '2029-02-28' });
	});
	test('years but no start: undetermined, never guessed', () => {
		expect(validityWindow(draftValidity(withDates(null, null, 3)))).toBeNull();
	});
	test('a blank draft has no dates', () => {
		expect(validityWindow(draftValidity(blankDraft('t', 'n')))).toBeNull();
	});
	test('a clone’s dates, once set, leave the base rule', async () => {
		const c = await clone('jiangsu');
		const date = (d: string) => [
			{
				from: null,
				value: { kind: 'date' as const, value: d },
				summary: { zh: '', en: '' },
				citations: clauses('art-29')
			}
		];
		c.draft.values['regulation.validFrom'] = date('2027-01-01');
		c.draft.values['regulation.validUntil'] = date('2028-12-31');
		const w = validityWindow(draftValidity(c.draft, c));
		expect(w).toEqual({ from: '2027-01-01', until: '2028-12-31' });
	});
});

describe('parseDraft', () => {
	test('an empty text is an empty corpus, not an error', () => {
		expect(parseDraft(blankDraft('t', 'n'), region('draft-x'))).toMatchObject({
			ok: true,
			corpus: { clauses: [] }
		});
	});
	test('a text that will not split says why', () => {
		const d = {
			...blankDraft('t', 'n'),
			source: '第一条 A\n第一条 B',
			parse: { scheme: 'articles' as const }
		};
		const p = parseDraft(d, region('draft-x'));
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(/duplicate clause id art-1/);
	});
	test('a pasted text splits with the same parser as the five', () => {
		const d = {
			...blankDraft('t', 'n'),
			source: '某市办法\n第一章 总则\n第一条 为了规范。\n第二条 授权期限一般不超过2年。\n（一）其一；\n'
		};
		const p = parseDraft(d, region('draft-x'));
		expect(p.ok).toBe(true);
		expect(p.corpus.clauses.map((c) => c.id)).toEqual(['title', 'ch-1', 'art-1', 'art-2', 'art-2-1']);
	});
});
