// The content rules for a saved item, shared by create/save and by import (valibot), with bilingual problems.
import * as v from 'valibot';
import type { Localized } from '$lib/regions/types';
import { ITEM_KINDS, type Problem, type SavedItem } from './model';

export const LIMITS = {
	/** Characters (UTF-16 code units) in a name or a tag. */
	text: 200,
	tagsPerItem: 50,
	regionsPerItem: 50,
	/** Nesting depth of any JSON value we store or import. */
	depth: 100,
	/** Values visited when checking one JSON value; bounds the work on shared or hostile structures. */
	nodes: 2_000_000,
	/** Problems reported for one import, so a file with 10,000 bad items still gets a readable answer. */
	problems: 50
} as const;

/** Keys that could reach an object's prototype if a later consumer merged the value carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const REGION = /^[a-z][a-z0-9-]{0,63}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** C0/C1 controls, line/paragraph separators and bidi overrides (which can disguise a name). */
export function hasControlChars(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
		if (c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
			return true;
	}
	return false;
}

export function isTimestamp(s: string): boolean {
	if (!TIMESTAMP.test(s)) return false;
	const t = Date.parse(s);
	return !Number.isNaN(t) && new Date(t).toISOString() === s;
}

const MESSAGES = {
	'text.empty': { zh: '不能为空', en: 'must not be empty' },
	'text.long': { zh: `不能超过 ${LIMITS.text} 个字符`, en: `must be at most ${LIMITS.text} characters` },
	'text.control': { zh: '含有控制字符', en: 'contains control characters' },
	'id.format': {
		zh: '标识应为 1–64 个字母、数字、“-”或“_”',
		en: 'must be 1–64 letters, digits, "-" or "_"'
	},
	'region.format': {
		zh: '地区标识应为小写字母开头的字母、数字或“-”',
		en: 'must be a region id: lower-case letters, digits or "-", starting with a letter'
	},
	'time.format': {
		zh: '应为 UTC 时间，如 2025-01-31T08:00:00.000Z',
		en: 'must be a UTC timestamp such as 2025-01-31T08:00:00.000Z'
	},
	count: { zh: '应为正整数', en: 'must be a positive whole number' },
	'tags.many': {
		zh: `标签不能超过 ${LIMITS.tagsPerItem} 个`,
		en: `must have at most ${LIMITS.tagsPerItem} tags`
	},
	'regions.many': {
		zh: `地区不能超过 ${LIMITS.regionsPerItem} 个`,
		en: `must have at most ${LIMITS.regionsPerItem} regions`
	},
	'kind.unknown': {
		zh: `类型无效，应为 ${ITEM_KINDS.join('、')} 之一`,
		en: `must be one of ${ITEM_KINDS.join(', ')}`
	}
} satisfies Record<string, Localized>;
type MessageKey = keyof typeof MESSAGES;

const text = v.pipe(
	v.string(),
	v.check((s) => s.trim() !== '', 'text.empty' satisfies MessageKey),
	v.maxLength(LIMITS.text, 'text.long' satisfies MessageKey),
	v.check((s) => !hasControlChars(s), 'text.control' satisfies MessageKey)
);
const timestamp = v.pipe(v.string(), v.check(isTimestamp, 'time.format' satisfies MessageKey));
const count = v.pipe(
	v.number(),
	v.safeInteger('count' satisfies MessageKey),
	v.minValue(1, 'count' satisfies MessageKey)
);

/** One saved item as stored and as exported. The payload is checked by `jsonFaults`, not here. */
export const itemSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(ID, 'id.format' satisfies MessageKey)),
	kind: v.picklist(ITEM_KINDS, 'kind.unknown' satisfies MessageKey),
	name: text,
	tags: v.pipe(v.array(text), v.maxLength(LIMITS.tagsPerItem, 'tags.many' satisfies MessageKey)),
	regions: v.pipe(
		v.array(v.pipe(v.string(), v.regex(REGION, 'region.format' satisfies MessageKey))),
		v.maxLength(LIMITS.regionsPerItem, 'regions.many' satisfies MessageKey)
	),
	createdAt: timestamp,
	updatedAt: timestamp,
	revision: count,
	deletedAt: v.optional(timestamp),
	schemaVersion: count,
	payload: v.unknown()
});

// ——— Problems ———

type Path = (string | number)[];

export function formatPath(path: Path): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

const TYPE_NAMES: Record<string, Localized> = {
	string: { zh: '文本', en: 'text' },
	number: { zh: '数字', en: 'a number' },
	array: { zh: '列表', en: 'a list' },
	object: { zh: '对象', en: 'an object' },
	strict_object: { zh: '对象', en: 'an object' }
};

function localize(issue: v.BaseIssue<unknown>): Localized {
	if (issue.message in MESSAGES) return MESSAGES[issue.message as MessageKey];
	if (issue.type === 'strict_object' && issue.expected === 'never')
		return { zh: '未知字段', en: 'unknown field' };
	if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.length)
		return { zh: '缺少此字段', en: 'this field is missing' };
	const type = TYPE_NAMES[issue.type];
	if (type) return { zh: `应为${type.zh}`, en: `must be ${type.en}` };
	return { zh: `无效：${issue.message}`, en: issue.message };
}

function issuePath(issue: v.BaseIssue<unknown>): Path {
	return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
}

export function issuesToProblems(
	issues: readonly v.BaseIssue<unknown>[],
	item?: number,
	prefix: Path = []
): Problem[] {
	return issues.map((issue) => {
		const field = formatPath([...prefix, ...issuePath(issue)]);
		return {
			...(item !== undefined && { item }),
			...(field !== '' && { field }),
			message: localize(issue)
		};
	});
}

// ——— JSON values: forbidden keys, depth, non-JSON values ———

export interface JsonFault {
	path: Path;
	kind: 'key' | 'depth' | 'type' | 'size';
}

const isPlainObject = (x: object) => {
	const proto: unknown = Object.getPrototypeOf(x);
	return proto === Object.prototype || proto === null;
};

/**
 * Walks a value iteratively (deep files cannot overflow the stack) and reports forbidden keys,
 * excessive nesting and anything JSON cannot carry (undefined, functions, Dates, NaN…).
 */
export function jsonFaults(value: unknown, limit: number = LIMITS.problems): JsonFault[] {
	const faults: JsonFault[] = [];
	const stack: [unknown, Path][] = [[value, []]];
	let visited = 0;
	while (stack.length > 0 && faults.length < limit) {
		const [x, path] = stack.pop()!;
		if (++visited > LIMITS.nodes) {
			faults.push({ path: [], kind: 'size' });
			break;
		}
		if (x === null || typeof x === 'string' || typeof x === 'boolean') continue;
		if (typeof x === 'number') {
			if (!Number.isFinite(x)) faults.push({ path, kind: 'type' });
			continue;
		}
		if (typeof x !== 'object') {
			faults.push({ path, kind: 'type' });
			continue;
		}
		if (path.length >= LIMITS.depth) {
			faults.push({ path, kind: 'depth' });
			continue;
		}
		if (Array.isArray(x)) {
			for (let i = x.length - 1; i >= 0; i--) stack.push([x[i], [...path, i]]);
			continue;
		}
		if (!isPlainObject(x)) {
			faults.push({ path, kind: 'type' });
			continue;
		}
		const keys = Object.keys(x);
		for (let i = keys.length - 1; i >= 0; i--) {
			const key = keys[i]!;
			if (FORBIDDEN_KEYS.has(key)) faults.push({ path: [...path, key], kind: 'key' });
			else stack.push([(x as Record<string, unknown>)[key], [...path, key]]);
		}
	}
	return faults.slice(0, limit);
}

export function faultMessage(fault: JsonFault): Localized {
	switch (fault.kind) {
		case 'key': {
			const key = String(fault.path[fault.path.length - 1]);
			return { zh: `不允许的键名“${key}”`, en: `forbidden key "${key}"` };
		}
		case 'depth':
			return { zh: `嵌套超过 ${LIMITS.depth} 层`, en: `nested more than ${LIMITS.depth} levels deep` };
		case 'size':
			return { zh: '内容过多', en: 'too many values' };
		case 'type':
			return {
				zh: '不是 JSON 值（如 undefined、函数、日期、NaN）',
				en: 'not a JSON value (undefined, a function, a Date, NaN…)'
			};
	}
}

/** Every problem with an item about to be written: the schema and a JSON-only payload. */
export function checkItem(item: SavedItem): Problem[] {
	const result = v.safeParse(itemSchema, item, { abortEarly: false });
	const problems = result.success ? [] : issuesToProblems(result.issues);
	for (const fault of jsonFaults(item.payload))
		problems.push({ field: formatPath(['payload', ...fault.path]), message: faultMessage(fault) });
	return problems;
}
