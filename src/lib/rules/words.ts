// What the app shows in words comes in two kinds, and a problem, a warning or a note can carry either:
// - law-derived words (a clause's summary, a rule's label, a region's name) are data: a `Localized` {zh, en} pair
//   written beside the rule they describe, in src/lib/regions/ or an engine's law tables;
// - the app's own words (a file is too big, a field is missing, a value must be a number) are interface chrome:
//   a Paraglide message (messages/*.json) and what fills it, carried as `Said` and said in the language asked
//   for when shown. Only the active language's strings load in the browser (scripts/english-on-demand.ts).
// A `Said` holds its message function, so it is not stored: words kept in a saved item (a journey's context, a
// copy's name) are plain data, a pair or the text itself.
// `wordsIn` says either kind in a given language, `wordsInBoth` in both (the exports); the interface's `loc` ($lib/state/locale.svelte) says it in the
// interface language. Modules the build's pack plugin loads (rules/, the pack kit) import the messages by a relative
// path ('../paraglide/messages.js'): Vite reads its config, and so those modules, before any plugin runs, so the
// messages are compiled first — `npm install` does it (the `prepare` script), and every build script again.

import type { Localized } from '../regions/types';

/** The interface languages, as Paraglide names them. */
export type WordsLocale = 'zh-CN' | 'en';

/** What a message is filled with: text, a number, or words of either kind (said in the same language). */
export type SaidInput = string | number | Words;

/** A compiled Paraglide message: `m.some_key` from $lib/paraglide/messages. */
export type Message<I extends object> = (inputs: I, options?: { locale?: WordsLocale }) => string;

/** The app's own words: a Paraglide message and its inputs, said when shown. */
export interface Said {
	readonly say: Message<Record<string, string | number>>;
	readonly inputs: Readonly<Record<string, SaidInput>>;
}

/** Law-derived words (a {zh, en} pair) or the app's own (a Paraglide message). */
export type Words = Localized | Said;

/** The inputs a message takes, with any of them given as words to be said in the same language. */
type Fill<I> = { [K in keyof I]: I[K] | Words };

/** The app's own words: `said(m.file_too_large, { limit: '5 MB' })`. */
export function said<I extends object>(
	say: Message<I>,
	...inputs: object extends I ? [inputs?: Fill<I>] : [inputs: Fill<I>]
): Said {
	// the message takes its inputs already said (wordsIn fills them in the same language first)
	return { say: say as unknown as Said['say'], inputs: (inputs[0] ?? {}) as Said['inputs'] };
}

export const isSaid = (w: Words): w is Said => typeof (w as Partial<Said>).say === 'function';

const isLocalized = (x: SaidInput): x is Localized =>
	typeof x === 'object' && typeof (x as Partial<Localized>).zh === 'string';

/** Words in one language: a pair's half, or the message said in that language (inputs first). */
export function wordsIn(w: Words, locale: WordsLocale): string {
	if (!isSaid(w)) return locale === 'en' ? w.en : w.zh;
	const inputs: Record<string, string | number> = {};
	for (const [k, x] of Object.entries(w.inputs))
		inputs[k] = typeof x === 'object' && (isSaid(x) || isLocalized(x)) ? wordsIn(x, locale) : x;
	return w.say(inputs, { locale });
}

/**
 * Words in both languages, for what is written in both (a JSON, CSV or calendar export, the terminal's reports).
 * In the browser the English messages load on demand (scripts/english-on-demand.ts): a browser export awaits
 * `loadEnglish()` ($lib/state/english.svelte) before it says anything in English, or a message's English half is
 * its Chinese.
 */
export function wordsInBoth(w: Words): Localized {
	return { zh: wordsIn(w, 'zh-CN'), en: wordsIn(w, 'en') };
}

/** What went wrong, in words: an Error's message; anything else thrown, as a string (a failed load, an unreadable
 * file). The one way to put a caught value into a message. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
