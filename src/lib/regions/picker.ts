// The region picker's logic (pure): documents grouped national → each province (the province's own text, then
// its cities), a query over names, provinces and titles, and the pinned / recent lists kept by the picker.

import type { DocumentMeta, Localized } from './types';

/**
 * Above this many regions a page does not default to "every region" (every course listed, every region's
 * criteria loaded): the user chooses in the picker, so the page stays the same size however many there are.
 */
export const MANY_REGIONS = 12;

export interface PickerGroup {
	/** "national", or "province:<zh name>". */
	key: string;
	level: 'national' | 'province';
	/** The province's name; null for the national group. */
	province: Localized | null;
	items: DocumentMeta[];
}

const LEVEL_RANK = { national: 0, province: 1, city: 2 } as const;
const byOrder = (a: DocumentMeta, b: DocumentMeta) =>
	LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
	(a.order ?? Infinity) - (b.order ?? Infinity) ||
	a.id.localeCompare(b.id);

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/** Whether a document answers a query (its id, short name, province or title, either language). */
export function matchesQuery(d: DocumentMeta, query: string): boolean {
	const q = norm(query);
	if (!q) return true;
	return [d.id, d.name.zh, d.name.en, d.province?.zh, d.province?.en, d.title.zh, d.title.en]
		.filter((s): s is string => !!s)
		.some((s) => norm(s).includes(q));
}

/**
 * The documents answering `query`, grouped: national first, then one group per province (the province's own
 * text first, then its cities, each in their order), provinces in the order of their first document.
 */
export function pickerGroups(docs: readonly DocumentMeta[], query = ''): PickerGroup[] {
	const national: DocumentMeta[] = [];
	const provinces = new Map<string, PickerGroup>();
	for (const d of [...docs].sort(byOrder)) {
		if (!matchesQuery(d, query)) continue;
		if (d.level === 'national' || !d.province) {
			national.push(d);
			continue;
		}
		const key = `province:${d.province.zh}`;
		let g = provinces.get(key);
		if (!g) {
			g = { key, level: 'province', province: d.province, items: [] };
			provinces.set(key, g);
		}
		g.items.push(d);
	}
	const groups = [...provinces.values()].sort(
		(a, b) => byOrder(a.items[0]!, b.items[0]!) || a.key.localeCompare(b.key)
	);
	for (const g of groups) g.items.sort(byOrder);
	return national.length
		? [{ key: 'national', level: 'national', province: null, items: national }, ...groups]
		: groups;
}

/** At most this many recent regions are kept. */
export const RECENT_MAX = 6;

/** `id` moved to the front of the recent list (kept at RECENT_MAX). */
export function pushRecent(recent: readonly string[], id: string, max = RECENT_MAX): string[] {
	return [id, ...recent.filter((x) => x !== id)].slice(0, max);
}

/** `id` pinned, or unpinned when it was. */
export function togglePin(pinned: readonly string[], id: string): string[] {
	return pinned.includes(id) ? pinned.filter((x) => x !== id) : [...pinned, id];
}

/** A stored list read back: only strings that are known ids, no repeats (storage may hold anything). */
export function readIdList(raw: string | null, known: (id: string) => boolean): string[] {
	try {
		const v: unknown = raw ? JSON.parse(raw) : [];
		return Array.isArray(v)
			? [...new Set(v.filter((x): x is string => typeof x === 'string' && known(x)))]
			: [];
	} catch {
		return [];
	}
}
