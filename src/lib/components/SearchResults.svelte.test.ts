import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import SearchResults from './SearchResults.svelte';
import { getDocument } from '$lib/regions/registry';
import type { SearchResult } from '$lib/search/search';
import { clause, region as regionNamed } from '$lib/regions/fixture-ids';

const hostile: SearchResult = {
	id: 'taian:art-30',
	region: regionNamed('taian'),
	clauseId: clause('art-30'),
	label: '第三十条<img src=x onerror=alert(1)>',
	kind: 'article',
	score: 1,
	exact: true,
	snippet: [
		{ text: '前文<b>', match: false },
		{ text: '岗前培训', match: true },
		{ text: '</b>后文', match: false }
	]
};

test('results link to the clause, mark matches, and render text as text', () => {
	const { container } = render(SearchResults, {
		groups: [{ region: 'taian', results: [hostile] }],
		nameOf: (id: string) => getDocument(regionNamed(id))?.name
	});
	expect(screen.getByRole('region', { name: '泰安' })).toBeInTheDocument();
	const link = screen.getByRole('link');
	expect(link.getAttribute('href')).toMatch(/regions\/taian\/?#art-30$/);
	expect(container.querySelector('mark')?.textContent).toBe('岗前培训');
	expect(container.querySelector('img, b')).toBeNull();
	expect(link.textContent).toContain('<img src=x onerror=alert(1)>');
});

test('results shown again under a related term are groups, not landmarks (one landmark per region)', () => {
	render(SearchResults, {
		groups: [{ region: 'taian', results: [hostile] }],
		landmarks: false,
		nameOf: (id: string) => getDocument(regionNamed(id))?.name
	});
	expect(screen.queryByRole('region')).toBeNull();
	expect(screen.getByRole('group', { name: '泰安' })).toBeInTheDocument();
});
