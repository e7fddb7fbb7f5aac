import { render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { getRegion } from '$lib/regions/registry';
import type { Clause } from '$lib/regions/types';
import { clause as cid, clauses, region as regionNamed } from '$lib/regions/fixture-ids';
import { citationsContext, type CitationSource } from './citations';
import Cites from './Cites.svelte';

const clause = (id: string, zh: string): Clause => ({
	id: cid(id),
	kind: 'article',
	label: { zh, en: zh },
	text: zh,
	lines: [1],
	children: [],
	depth: 0
});
const LABELS: Record<string, string> = { 'art-3': '第三条', 'art-9': '第九条' };
const source: CitationSource = {
	label: (region, id) => (region === 'taian' && LABELS[id] ? clause(id, LABELS[id]).label : undefined),
	clause: (region, id) => (region === 'taian' && LABELS[id] ? clause(id, LABELS[id]) : undefined),
	fullText: () => '',
	loaded: () => true,
	citedRegion: (region) => region,
	meta: (region) => getRegion(region)
};
const cites = (props: { ids: string[]; showRegion?: boolean }) =>
	render(Cites, {
		props: { region: regionNamed('taian'), ...props, ids: clauses(...props.ids) },
		context: citationsContext(source)
	});

describe('Cites', () => {
	test('one link a citation, in the order given, each to its clause', () => {
		cites({ ids: ['art-9', 'art-3'] });
		const links = screen.getAllByRole('link');
		expect(links.map((a) => a.textContent)).toEqual(['第九条', '第三条']);
		expect(links.map((a) => a.getAttribute('href'))).toEqual([
			'/regions/taian/#art-9',
			'/regions/taian/#art-3'
		]);
	});

	test('names the region on every link when asked', () => {
		cites({ ids: ['art-3'], showRegion: true });
		expect(screen.getByRole('link', { name: '泰安 第三条' })).toBeInTheDocument();
	});

	test('no citations, no links', () => {
		cites({ ids: [] });
		expect(screen.queryAllByRole('link')).toHaveLength(0);
	});
});
