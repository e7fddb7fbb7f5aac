// CJK fonts draw a radical and the ideograph it looks like with one glyph. A PDF writer that rebuilds the
// text's character map from the font (Chromium's, for one) may then record the radical's code point: the
// page shows 第八条, the text layer says 第⼋条 (U+2F0B KANGXI RADICAL EIGHT), and the parser finds no
// article. Reading a PDF maps them back to the ideographs printed. Kangxi radicals (U+2F00–U+2FD5) by their
// Unicode compatibility mapping (NFKC); the CJK Radicals Supplement (U+2E80–U+2EF3) has none, so by the
// table below: each radical's ideograph with the same glyph in Noto Sans CJK SC (radicals.test.ts rebuilds it
// from the font). Pure.

const SUPPLEMENT =
	'⺂乛⺃乚⺅亻⺉刂⺋㔾⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺭礻⺯糹⺰纟⺱罓⺳㓁⺹耂⺺肀⺾艹⻂衤' +
	'⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

/** Radical → ideograph, for the CJK Radicals Supplement. */
export const SUPPLEMENT_MAP: ReadonlyMap<string, string> = new Map(
	[...SUPPLEMENT].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!] as const] : []))
);

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/gu;

/** The ideograph a radical code point stands for in running text (the radical itself when there is none). */
export function ideographOf(radical: string): string {
	const cp = radical.codePointAt(0)!;
	if (cp >= 0x2f00) return radical.normalize('NFKC');
	return SUPPLEMENT_MAP.get(radical) ?? radical;
}

/** Replace radical code points by the ideographs they print as; how many were replaced. */
export function unifyRadicals(text: string): { text: string; count: number } {
	let count = 0;
	const out = text.replace(RADICAL, (r) => {
		const u = ideographOf(r);
		if (u !== r) count++;
		return u;
	});
	return { text: out, count };
}

/** How many radical code points a text holds (a regulation's own text has none). */
export const countRadicals = (text: string) => text.match(RADICAL)?.length ?? 0;
