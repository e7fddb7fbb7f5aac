// The interface language as a rune. Paraglide's message functions read getLocale(); we point that at this
// state so a switch re-renders without a reload. The first render always uses the base locale, matching the
// prerendered HTML; a stored choice is applied right after hydration.

import {
	baseLocale,
	isLocale,
	localStorageKey,
	overwriteGetLocale,
	type Locale
} from '$lib/paraglide/runtime';
import { wordsIn, type Words } from '$lib/rules/words';
import { loadEnglish } from './english.svelte';

let current = $state<Locale>(baseLocale);

overwriteGetLocale(() => current);

export const i18n = {
	get locale(): Locale {
		return current;
	},
	get isEnglish(): boolean {
		return current === 'en';
	},
	/** Apply the language saved on this device, if any (call once after hydration). */
	restore() {
		try {
			const saved = localStorage.getItem(localStorageKey);
			if (saved && isLocale(saved)) this.set(saved, false);
		} catch {
			// storage blocked: stay on the base locale
		}
	},
	set(locale: Locale, persist = true) {
		current = locale;
		// the English strings load now (the first view carries the Chinese only); the words re-render when they
		// are here — and if they cannot be loaded (offline, never fetched), the interface stays Chinese
		if (locale === 'en' && typeof window !== 'undefined')
			loadEnglish().catch(() => {
				if (current === 'en') this.set(baseLocale, false);
			});
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
		if (!persist) return;
		try {
			localStorage.setItem(localStorageKey, locale);
		} catch {
			// storage blocked: the choice lasts for this page only
		}
	}
};

/** Words in the interface language: a {zh, en} pair's half, or the app's own message said now (../rules/words). */
export function loc(s: Words): string {
	return wordsIn(s, current);
}

/** A stored timestamp (ISO) in the interface language: date and time by default ("2026年12月5日 17:20"). */
export function formatTimestamp(
	iso: string,
	style: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }
): string {
	return new Intl.DateTimeFormat(current === 'en' ? 'en' : 'zh-CN', style).format(Date.parse(iso));
}
