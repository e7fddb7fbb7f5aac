// Save generated text as a file the user downloads (works offline: no server round trip).

import { errorText } from '$lib/rules/words';
import { m } from '$lib/paraglide/messages';
import { loadEnglish } from './english.svelte';

/** Why a file could not be made, as the export buttons say it. */
export const exportFailure = (e: unknown): string => m.compare_export_failed({ error: errorText(e) });

/**
 * Before writing a file in both languages (a JSON, CSV or calendar export): the English messages, which the
 * browser loads only on demand (scripts/english-on-demand.ts) — without them a message's English half would be
 * its Chinese. Throws, saying why, when they cannot be loaded (offline, never fetched).
 */
export async function readyBothLanguages(): Promise<void> {
	try {
		await loadEnglish();
	} catch (e) {
		throw new Error(m.export_needs_english({ error: String(e) }));
	}
}

export function downloadText(filename: string, text: string, mime: string) {
	downloadBlob(filename, new Blob([text], { type: mime }));
}

/** Save a generated file (a Word document) the user downloads. */
export function downloadBlob(filename: string, blob: Blob) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
