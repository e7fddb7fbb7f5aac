import { describe, expect, test } from 'vitest';
import { clause, region } from '$lib/regions/fixture-ids';
import { loadSource, loadDetails, documentIds } from '$lib/regions/registry';
import { parseCorpus } from './parse';
import { labelIn, labelMapOf } from './labels';
import { loadLabelMap } from './label-load';

describe('clause label maps', () => {
	test('every clause of every document, labelled as the parsed text labels it', async () => {
		for (const id of documentIds) {
			const corpus = parseCorpus(id, await loadSource(id), (await loadDetails(id)).parse);
			const map = labelMapOf(corpus);
			expect(Object.keys(map)).toEqual(corpus.clauses.map((c) => c.id));
			for (const c of corpus.clauses) expect(labelIn(map, c.id)).toEqual(c.label);
		}
	});

	test('an id the document has not got (or an Object property name) has no label', () => {
		const map = { 'art-1': ['第一条', 'Art. 1'] } as const;
		expect(labelIn(map, clause('art-1'))).toEqual({ zh: '第一条', en: 'Art. 1' });
		expect(labelIn(map, clause('art-2'))).toBeUndefined();
		expect(labelIn(map, clause('constructor'))).toBeUndefined();
		expect(labelIn(map, clause('__proto__'))).toBeUndefined();
	});

	test("the build's map (source.txt?labels) is the parsed text's, in the document's own numbering", async () => {
		const taian = await loadLabelMap(region('taian'));
		expect(labelIn(taian, clause('art-27'))).toEqual({ zh: '第二十七条', en: 'Art. 27' });
		const quzhou = await loadLabelMap(region('quzhou'));
		const corpus = parseCorpus(
			region('quzhou'),
			await loadSource(region('quzhou')),
			(await loadDetails(region('quzhou'))).parse
		);
		expect(quzhou).toEqual(labelMapOf(corpus));
		expect(labelIn(quzhou, clause('sec-16-p1'))?.zh).toBe('十六第一段');
	});

	test('a document without a text is refused, naming it', async () => {
		await expect(loadLabelMap(region('nowhere'))).rejects.toThrow(
			'could not load clause labels of "nowhere": no clause labels for document "nowhere"'
		);
	});
});
