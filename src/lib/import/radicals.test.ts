import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, test } from 'vitest';
import { countRadicals, ideographOf, SUPPLEMENT_MAP, unifyRadicals } from './radicals';

describe('radical code points read back as the ideographs printed', () => {
	test('Kangxi radicals and simplified supplement radicals', () => {
		expect(unifyRadicals('第⼋条 公共数据资源登记应按照申请、受理、形式审核、公⽰')).toEqual({
			text: '第八条 公共数据资源登记应按照申请、受理、形式审核、公示',
			count: 2
		});
		expect(unifyRadicals('省级数据管理部⻔，⻓期，⻅附件，第⼀⻚').text).toBe(
			'省级数据管理部门，长期，见附件，第一页'
		);
		expect(countRadicals('第⼀章')).toBe(1);
		expect(countRadicals('第一章')).toBe(0);
	});

	test('a radical with no ideograph of its own stays as it is', () => {
		expect(ideographOf('⺀')).toBe('⺀');
	});

	test('the supplement table is the glyph identity of Noto Sans CJK SC', () => {
		const font = fontkit.create(
			readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
			'NotoSansCJKsc-Regular'
		);
		const byGlyph = new Map<number, string>();
		for (const [from, to] of [
			[0x4e00, 0x9fff],
			[0x3400, 0x4dbf]
		] as const)
			for (let cp = from; cp <= to; cp++) {
				const g = font.glyphForCodePoint(cp).id;
				if (g && !byGlyph.has(g)) byGlyph.set(g, String.fromCodePoint(cp));
			}
		const derived = new Map<string, string>();
		for (let cp = 0x2e80; cp <= 0x2ef3; cp++) {
			const u = byGlyph.get(font.glyphForCodePoint(cp).id);
			if (u) derived.set(String.fromCodePoint(cp), u);
		}
		expect(SUPPLEMENT_MAP).toEqual(derived);
	});
});
