// The English messages, loaded when the interface first switches to English (the client build moves them out of
// the message modules: scripts/english-on-demand.ts). A rune, so that every message shown re-renders in English
// once they are here; until then a message shows its Chinese. In dev and tests the message modules keep their
// English and this stays empty.

type Message = (inputs?: never) => string;

export const english: Record<string, Message> = $state({});

let loading: Promise<void> | null = null;

/** Load the English messages (once; a failed load, offline and never fetched, is retried on the next call). */
export function loadEnglish(): Promise<void> {
	loading ??= import('virtual:paraglide-english').then(
		(mod: Record<string, Message>) => void Object.assign(english, mod),
		(e: unknown) => {
			loading = null;
			throw e;
		}
	);
	return loading;
}
