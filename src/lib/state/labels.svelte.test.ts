import { describe, expect, test, vi } from 'vitest';
import { clause, region } from '$lib/regions/fixture-ids';
import type { Corpus } from '$lib/regions/types';

// records each ask for a document's text or labels (the real modules answer)
const loads = vi.hoisted(() => ({ texts: [] as string[], labels: [] as string[], failLabels: 0 }));
vi.mock('$lib/corpus/load', async (orig) => {
	const real = await orig<typeof import('$lib/corpus/load')>();
	return {
		loadCorpus: (id: Parameters<typeof real.loadCorpus>[0]) => (loads.texts.push(id), real.loadCorpus(id))
	};
});
vi.mock('$lib/corpus/label-load', async (orig) => {
	const real = await orig<typeof import('$lib/corpus/label-load')>();
	return {
		loadLabelMap: (id: Parameters<typeof real.loadLabelMap>[0]) => {
			loads.labels.push(id);
			if (loads.failLabels > 0) {
				loads.failLabels--;
				return Promise.reject(new Error('Failed to fetch dynamically imported module'));
			}
			return real.loadLabelMap(id);
		}
	};
});

const { clauseLabel, loadLabelMaps } = await import('./labels.svelte');
const { replaceCorpus } = await import('./corpora.svelte');

describe('clauseLabel', () => {
	test("a document's label comes from its label map, loaded on the first ask, without its text", async () => {
		expect(clauseLabel(region('taian'), clause('art-27'))).toBeUndefined();
		await vi.waitFor(() =>
			expect(clauseLabel(region('taian'), clause('art-27'))).toEqual({ zh: '第二十七条', en: 'Art. 27' })
		);
		expect(clauseLabel(region('taian'), clause('art-999'))).toBeUndefined();
		expect(loads.texts).toEqual([]);
	});

	test('a failed load is not kept: the next ask loads again', async () => {
		loads.failLabels = 1;
		expect(clauseLabel(region('henan'), clause('art-25'))).toBeUndefined();
		await vi.waitFor(() => expect(loads.labels.filter((id) => id === 'henan')).toHaveLength(1));
		await new Promise((r) => setTimeout(r));
		expect(clauseLabel(region('henan'), clause('art-25'))).toBeUndefined();
		await vi.waitFor(() => expect(clauseLabel(region('henan'), clause('art-25'))?.zh).toBe('第二十五条'));
	});

	test("a text that is in (a draft's) labels its own clauses; a draft has no label map", async () => {
		const draft: Corpus = {
			region: region('draft-q'),
			roots: [clause('art-1')],
			clauses: [
				{
					id: clause('art-1'),
					kind: 'article',
					label: { zh: '第一条', en: 'Art. 1' },
					text: '第一条 草案。',
					lines: [1],
					children: [],
					depth: 0
				}
			]
		};
		expect(clauseLabel(region('draft-q'), clause('art-1'))).toBeUndefined();
		replaceCorpus(draft);
		expect(clauseLabel(region('draft-q'), clause('art-1'))).toEqual({ zh: '第一条', en: 'Art. 1' });
		expect(loads.labels).not.toContain('draft-q');
	});

	test('loadLabelMaps: every document asked for, at once (prerendering loads them all)', async () => {
		await loadLabelMaps([region('quzhou'), region('nationalSpec')]);
		expect(clauseLabel(region('quzhou'), clause('sec-30-p1'))?.zh).toBe('三十第一段');
		expect(clauseLabel(region('nationalSpec'), clause('art-27'))?.en).toBe('Art. 27');
	});
});
