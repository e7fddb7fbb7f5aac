import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { getRegion } from '$lib/regions/registry';
import type { Clause, RegionId } from '$lib/regions/types';
import { clause as cid, region as regionNamed } from '$lib/regions/fixture-ids';
import { citationsContext, type CitationSource } from './citations';
import Cite from './Cite.svelte';

const clause = (id: string, zh: string, text: string): Clause => ({
	id: cid(id),
	kind: 'article',
	label: { zh, en: zh },
	text,
	lines: [1],
	children: [],
	depth: 0
});

/** A source that knows one clause of Tai'an and a loaded draft whose text lacks art-9 (borrowed from Tai'an). */
const source: CitationSource = {
	label: (region, id) => (region === 'taian' && id === 'art-9' ? { zh: '第九条', en: 'Art. 9' } : undefined),
	clause: (region, id) =>
		region === 'taian' && id === 'art-9' ? clause('art-9', '第九条', '运营单位应当……') : undefined,
	fullText: (region, id) => (region === 'taian' && id === 'art-9' ? '运营单位应当……' : ''),
	loaded: (region) => region === 'taian' || region === 'draft-x',
	citedRegion: (region, id) => (region === 'draft-x' && id === 'art-9' ? regionNamed('taian') : region),
	meta: (region: RegionId) =>
		region === 'draft-x'
			? {
					...getRegion(regionNamed('taian'))!,
					id: regionNamed('draft-x'),
					name: { zh: '试点市', en: 'Pilot' }
				}
			: getRegion(region)
};
const cite = (props: { region: string; id: string; showRegion?: boolean }) =>
	render(Cite, {
		props: { ...props, region: regionNamed(props.region), id: cid(props.id) },
		context: citationsContext(source)
	});

describe('Cite', () => {
	test('labels the clause from its source, links to it and previews its text on focus', async () => {
		cite({ region: 'taian', id: 'art-9' });
		const link = screen.getByRole('link', { name: '第九条' });
		expect(link).toHaveAttribute('href', '/regions/taian/#art-9');
		await fireEvent.focus(link);
		expect(screen.getByRole('tooltip')).toHaveTextContent('泰安 · 第九条');
		expect(screen.getByRole('tooltip')).toHaveTextContent('运营单位应当……');
	});

	test("a draft's citation its text lacks is the borrowed region's clause, named", () => {
		cite({ region: 'draft-x', id: 'art-9' });
		const link = screen.getByRole('link', { name: '泰安 第九条' });
		expect(link).toHaveAttribute('href', '/regions/taian/#art-9');
	});

	test('a draft clause the draft has not got, its text loaded: says so rather than "loading"', async () => {
		cite({ region: 'draft-x', id: 'art-99' });
		const link = screen.getByRole('link', { name: 'art-99' });
		expect(link).toHaveAttribute('href', '/drafts/view/?id=x#art-99');
		await fireEvent.focus(link);
		expect(screen.getByRole('tooltip')).toHaveTextContent('草案文本中没有这一条');
	});

	test('shows the label without asking for the text; the text is asked for only when the preview opens', async () => {
		const asked: string[] = [];
		render(Cite, {
			props: { region: regionNamed('taian'), id: cid('art-9') },
			context: citationsContext({
				...source,
				clause: (region, id) => (asked.push(`${region}:${id}`), source.clause(region, id))
			})
		});
		const link = screen.getByRole('link', { name: '第九条' });
		expect(asked).toEqual([]);
		await fireEvent.focus(link);
		expect(asked).toEqual(['taian:art-9']);
		expect(screen.getByRole('tooltip')).toHaveTextContent('运营单位应当……');
	});

	test('without a citation source in context it fails loudly', () => {
		expect(() => render(Cite, { region: regionNamed('taian'), id: cid('art-9') })).toThrow(/citation source/);
	});
});
