// How wide a line of text is, roughly, for keeping the place of one of several sentences (components/Validity):
// a Chinese character or full-width mark is one em, anything else about half. Pure: no DOM.

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The width of `text` in half-ems: 2 for each wide character, 1 for any other. */
export function halfEms(text: string): number {
	let n = 0;
	for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
	return n;
}

/** The widest of `texts` (the first of equals); '' when there are none. */
export function widest(texts: readonly string[]): string {
	return texts.reduce((a, b) => (halfEms(b) > halfEms(a) ? b : a), '');
}
