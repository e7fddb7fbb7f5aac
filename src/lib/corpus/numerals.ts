// Chinese numerals as the five texts write them (一 … 九十九), and Arabic digits ("第6条").

const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};

/** Parse "十四", "二十九", "三十一", "6", "６" → number; null when it is not a numeral below 1000. */
export function parseNumeral(s: string): number | null {
	s = s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
	if (/^\d+$/.test(s)) return Number(s);
	if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
	let total = 0;
	let current = 0;
	for (const ch of s) {
		if (ch === '百') {
			total += (current || 1) * 100;
			current = 0;
		} else if (ch === '十') {
			total += (current || 1) * 10;
			current = 0;
		} else {
			const d = DIGITS[ch];
			if (d === undefined) return null;
			current = d;
		}
	}
	return total + current;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 14 → "十四", 29 → "二十九", 100 → "一百". */
export function toChineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`numeral out of range: ${n}`);
	if (n < 10) return CN[n]!;
	if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
	if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
	const h = Math.floor(n / 100);
	const rest = n % 100;
	if (rest === 0) return CN[h] + '百';
	if (rest < 10) return CN[h] + '百零' + CN[rest];
	return CN[h] + '百' + (rest < 20 ? '一' : '') + toChineseNumeral(rest);
}
