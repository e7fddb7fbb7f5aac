import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { storedItem } from '$lib/db/testing';
import { parseImport } from '$lib/db/transfer';
import { draftFromFile } from '$lib/drafts/transfer';
import { i18n } from '$lib/state/locale.svelte';
import ProblemList from './ProblemList.svelte';

const T = '2025-03-01T10:00:00.000Z';
const item = storedItem({ name: 'x'.repeat(201), owner: 'me' });
const libraryFile = JSON.stringify({ format: 'pdao-library', version: 1, exported: T, items: [item] });

describe('ProblemList: a refused file’s problems in the interface language', () => {
	afterEach(() => i18n.set('zh-CN', false));

	test('a library file’s problems are said in Chinese, then in English once the interface switches', async () => {
		const r = parseImport(libraryFile);
		if (r.ok) throw new Error('the file should be refused');
		render(ProblemList, { heading: 'refused', problems: r.problems, testid: 'problems' });
		const list = screen.getByTestId('problems');
		expect(list).toHaveTextContent('第 1 项 name 不能超过 200 个字符');
		expect(list).toHaveTextContent('第 1 项 owner 未知字段');
		expect(list).not.toHaveTextContent('unknown field');

		i18n.set('en', false);
		await tick();
		expect(list).toHaveTextContent('name must be at most 200 characters');
		expect(list).toHaveTextContent('owner unknown field');
		expect(list).not.toHaveTextContent('未知字段');
	});

	test('a draft file’s problem, its inputs said in the same language', async () => {
		const r = draftFromFile('{"draft": 1,');
		if (r.ok) throw new Error('the file should be refused');
		render(ProblemList, { heading: 'refused', problems: r.problems, testid: 'problems' });
		const list = screen.getByTestId('problems');
		expect(list).toHaveTextContent(/^refused\s*不是有效的 JSON 文件：/);
		i18n.set('en', false);
		await tick();
		expect(list).toHaveTextContent(/^refused\s*Not a valid JSON file: /);
		expect(list).not.toHaveTextContent('不是有效的');
	});
});
