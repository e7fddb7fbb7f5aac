import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { errorText, isSaid, said, wordsIn, wordsInBoth } from './words';

describe('words: law-derived pairs and the app’s own messages, said in one language', () => {
	it('says a {zh, en} pair’s half', () => {
		const pair = { zh: '授权运营协议', en: 'authorization agreement' };
		expect(wordsIn(pair, 'zh-CN')).toBe('授权运营协议');
		expect(wordsIn(pair, 'en')).toBe('authorization agreement');
		expect(isSaid(pair)).toBe(false);
	});

	it('says a Paraglide message in the language asked for, whatever the interface’s', () => {
		const w = said(m.search_results_count, { count: 3 });
		expect(isSaid(w)).toBe(true);
		expect(wordsIn(w, 'en')).toBe(m.search_results_count({ count: 3 }, { locale: 'en' }));
		expect(wordsIn(w, 'zh-CN')).toBe(m.search_results_count({ count: 3 }, { locale: 'zh-CN' }));
		expect(wordsIn(w, 'en')).not.toBe(wordsIn(w, 'zh-CN'));
	});

	it('fills a message with words said in the same language (a pair, or another message)', () => {
		const w = said(m.facts_outside_text, {
			facts: { zh: '事实甲', en: 'fact A' },
			source: said(m.search_results_count, { count: 2 })
		});
		expect(wordsIn(w, 'en')).toBe(`fact A: ${m.search_results_count({ count: 2 }, { locale: 'en' })}`);
		expect(wordsIn(w, 'zh-CN')).toContain('事实甲');
		expect(wordsIn(w, 'zh-CN')).not.toContain('fact A');
	});

	it('says words in both languages at once, for the exports that write both', () => {
		const w = said(m.facts_outside_text, {
			facts: { zh: '事实甲', en: 'fact A' },
			source: said(m.search_results_count, { count: 2 })
		});
		expect(wordsInBoth(w)).toEqual({ zh: wordsIn(w, 'zh-CN'), en: wordsIn(w, 'en') });
		expect(wordsInBoth(w).en).toContain('fact A');
		expect(wordsInBoth(w).zh).not.toContain('fact A');
		expect(wordsInBoth({ zh: '甲', en: 'A' })).toEqual({ zh: '甲', en: 'A' });
	});
});

describe('errorText', () => {
	it("an Error's message, a subclass's too; anything else thrown as a string", () => {
		expect(errorText(new Error('quota exceeded'))).toBe('quota exceeded');
		expect(errorText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
		expect(errorText('offline')).toBe('offline');
		expect(errorText(404)).toBe('404');
		expect(errorText(null)).toBe('null');
		expect(errorText({ toString: () => 'DOMException: blocked' })).toBe('DOMException: blocked');
	});
});
