import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitMessage } from '../scripts/english-on-demand';
import en from '../messages/en.json';

// The client build moves every message's English out of its module (scripts/english-on-demand.ts): the shape
// Paraglide compiles must be the one the plugin knows, or a page would carry both languages again unnoticed.
const dir = join(import.meta.dirname, '../src/lib/paraglide/messages');
const files = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== '_index.js');

describe('splitMessage over every compiled message', () => {
	test('every message splits: its English function out, a call to the loaded one (or the Chinese) in', () => {
		expect(files.length).toBeGreaterThan(800);
		const unsplit = files.filter((f) => !splitMessage(readFileSync(join(dir, f), 'utf8')));
		expect(unsplit).toEqual([]);
	});

	test('what stays has no English string; what moves has it', () => {
		const code = readFileSync(join(dir, 'app_name.js'), 'utf8');
		expect(code).toContain(en.app_name);
		const split = splitMessage(code)!;
		expect(split.id).toBe('app_name');
		expect(split.english).toContain(en.app_name);
		// (the doc comment quotes it; the build drops comments)
		expect(split.rest.replace(/\/\*[\s\S]*?\*\//g, '')).not.toContain(en.app_name);
		expect(split.rest).toContain('公共数据授权运营规则参考');
		expect(split.rest).toContain('english.app_name ?? zh_cn2_app_name');
	});

	test('a message with inputs keeps them', () => {
		const split = splitMessage(readFileSync(join(dir, 'search_results_count.js'), 'utf8'))!;
		const fn = new Function(`return ${split.english}`)() as (i: { count: number }) => string;
		expect(fn({ count: 3 })).toBe(en.search_results_count.replace('{count}', '3'));
	});
});

test('the English module the build makes holds every message, and loadEnglish fills the registry from it', async () => {
	const { english, loadEnglish } = await import('$lib/state/english.svelte');
	expect(english.app_name).toBeUndefined();
	await loadEnglish();
	expect(Object.keys(english)).toHaveLength(files.length);
	expect(english.app_name!()).toBe(en.app_name);
	expect(english.back_home!()).toBe(en.back_home);
});
