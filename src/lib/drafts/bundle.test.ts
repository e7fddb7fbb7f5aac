import { describe, expect, test } from 'vitest';
import { getRegion, loadProfile, loadSource, regionIds } from '$lib/regions/registry';
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

async function clone(id: string) {
	const meta = getRegion(id)!;
	const profile = await loadProfile(id);
	return { meta, profile, draft: cloneRegion(meta, profile, await loadSource(id)) };
}

describe('draft region ids', () => {
	test('round-trip and never collide with a region folder', () => {
		const id = draftRegionId('abc-123');
		expect(isDraftRegion(id)).toBe(true);
		expect(draftItemId(id)).toBe('abc-123');
		for (const r of regionIds) expect(r.startsWith(DRAFT_PREFIX), r).toBe(false);
	});
});

describe.each(regionIds)('a clone of %s', (id) => {
	test('parses into the same clauses as the region', async () => {
		const { draft } = await clone(id);
		const parsed = parseDraft(draft, 'draft-x');
		expect(parsed.ok).toBe(true);
		const { loadCorpus } = await import('$lib/regions/registry');
		const corpus = await loadCorpus(id);
		expect(parsed.corpus.clauses.map((c) => [c.id, c.text])).toEqual(
			corpus.clauses.map((c) => [c.id, c.text])
		);
	});
	test('keeps the region’s validity rule while its regulation values are unchanged', async () => {
		const c = await clone(id);
		const meta = draftMeta(c.draft, 'draft-x', c);
		expect(meta.validity).toEqual(c.meta.validity);
		expect(draftProfile(c.draft, 'draft-x').values).toEqual(c.profile.values);
	});
});

describe('draft validity from its values', () => {
	const withDates = (from: string | null, until: string | null, years?: number) => {
		const d = blankDraft('t', 'n');
		d.values['regulation.validFrom'] = [
			{ from: null, value: { kind: 'date', value: from }, summary: { zh: '', en: '' }, citations: ['art-30'] }
		];
		d.values['regulation.validUntil'] = [
			{
				from: null,
				value: { kind: 'date', value: until },
				summary: { zh: '', en: '' },
				citations: ['art-30']
			}
		];
		if (years !== undefined)
			d.values['regulation.validityYears'] = [
				{
					from: null,
					value: { kind: 'number', value: years, bound: 'exactly' },
					summary: { zh: '', en: '' },
					citations: ['art-31']
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
	test('a changed regulation value leaves the base rule', async () => {
		const c = await clone('jiangsu');
		c.draft.values['regulation.validUntil'] = [
			{
				from: null,
				value: { kind: 'date', value: '2027-11-30' },
				summary: { zh: '', en: '' },
				citations: ['art-29']
			}
		];
		const w = validityWindow(draftValidity(c.draft, c));
		expect(w).toEqual({ from: '2024-12-01', until: '2027-11-30' });
	});
});

describe('parseDraft', () => {
	test('an empty text is an empty corpus, not an error', () => {
		expect(parseDraft(blankDraft('t', 'n'), 'draft-x')).toMatchObject({ ok: true, corpus: { clauses: [] } });
	});
	test('a text that will not split says why', () => {
		const d = {
			...blankDraft('t', 'n'),
			source: '第一条 A\n第一条 B',
			parse: { scheme: 'articles' as const }
		};
		const p = parseDraft(d, 'draft-x');
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(/duplicate clause id art-1/);
	});
	test('a pasted text splits with the same parser as the five', () => {
		const d = {
			...blankDraft('t', 'n'),
			source: '某市办法\n第一章 总则\n第一条 为了规范。\n第二条 授权期限一般不超过2年。\n（一）其一；\n'
		};
		const p = parseDraft(d, 'draft-x');
		expect(p.ok).toBe(true);
		expect(p.corpus.clauses.map((c) => c.id)).toEqual(['title', 'ch-1', 'art-1', 'art-2', 'art-2-1']);
	});
});
