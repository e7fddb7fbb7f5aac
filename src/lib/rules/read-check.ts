// One check for everything read from outside (a library file, a stored item, a draft, a region pack): the
// walk that refuses prototype keys, excessive depth and what JSON cannot carry; the control and bidi
// character check; field paths; and valibot issues said as the app's own words (Paraglide messages, said in
// the language asked for when shown). Each reader sets its own limits.
// Runtime imports stay relative: the build's pack plugin loads this file outside SvelteKit.

import { errorText } from './words';
import type * as v from 'valibot';
import { m } from '../paraglide/messages.js';
import { said, type Said, type Words } from './words.ts';

/** Keys that could reach an object's prototype if a later consumer merged the value carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Bidi overrides/isolates and line/paragraph separators: they can disguise text in any string. */
const isBidiOrSeparator = (c: number) =>
	c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);

/** Any C0/C1 control or bidi character (one-line strings). */
export function hasControlChars(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (isControl(c) || isBidiOrSeparator(c)) return true;
	}
	return false;
}

/** As hasControlChars, but tab and line breaks are part of multi-line prose. */
export function hasProseControlChars(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
		if (isControl(c) || isBidiOrSeparator(c)) return true;
	}
	return false;
}

export type Path = (string | number)[];

const shortKey = (k: string) => (k.length > 64 ? `${k.slice(0, 64)}…` : k);

/** "values.term.maxMonths[0].value.kind": dotted ids stay readable, odd keys are quoted (and shortened). */
export function formatPath(path: Path): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_$][\w$.]{0,63}$/.test(key)) out += out === '' ? key : `.${key}`;
		else out += `[${JSON.stringify(shortKey(key))}]`;
	}
	return out;
}

/** What a value of each valibot schema type is called in a message. */
export const TYPE_NAMES: Record<string, Said> = {
	string: said(m.read_type_text),
	number: said(m.read_type_number),
	boolean: said(m.read_type_boolean),
	array: said(m.read_type_list),
	object: said(m.read_type_object),
	strict_object: said(m.read_type_object),
	loose_object: said(m.read_type_object),
	record: said(m.read_type_object),
	variant: said(m.read_type_object),
	union: said(m.read_type_union),
	nullable: said(m.read_type_nullable)
};

/** An issue's message as words; `messages` gives the words of the reader's own message keys. */
export function localizeIssue(issue: v.BaseIssue<unknown>, messages: Record<string, Words> = {}): Words {
	if (Object.hasOwn(messages, issue.message)) return messages[issue.message]!;
	if (issue.type === 'strict_object' && issue.expected === 'never') return said(m.read_unknown_field);
	if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.length)
		return said(m.read_field_missing);
	const expected = String(issue.expected);
	if (issue.type === 'literal') return said(m.read_must_be_exactly, { expected });
	if (issue.type === 'picklist') return said(m.read_must_be_one_of, { expected });
	const type = TYPE_NAMES[issue.type];
	if (type) return said(m.read_must_be_type, { type });
	return said(m.read_invalid, { detail: issue.message });
}

export const issuePath = (issue: v.BaseIssue<unknown>): Path =>
	(issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));

// ——— the walk ———

export interface JsonFault {
	path: Path;
	/** key: a prototype key; depth: nested too deep; number: NaN or ±Infinity; type: not JSON; size: too big. */
	kind: 'key' | 'depth' | 'number' | 'type' | 'size';
}

export interface WalkLimits {
	/** Nesting depth allowed below the start. */
	depth: number;
	/** Values visited; bounds the work on shared or hostile structures. */
	nodes: number;
	/** Faults reported at most. */
	faults: number;
	/** Leave `undefined` to the schema (which accepts it only where a field is optional). */
	undefinedOk?: boolean;
}

const isPlainObject = (x: object) => {
	const proto: unknown = Object.getPrototypeOf(x);
	return proto === Object.prototype || proto === null;
};

/**
 * Walks a value iteratively (a deep file cannot overflow the stack) before any schema sees it, and reports
 * forbidden keys, excessive nesting and anything JSON cannot carry (functions, Dates, NaN…).
 */
export function jsonFaults(value: unknown, limits: WalkLimits, prefix: Path = []): JsonFault[] {
	const faults: JsonFault[] = [];
	const stack: [unknown, Path][] = [[value, prefix]];
	let visited = 0;
	while (stack.length > 0 && faults.length < limits.faults) {
		const [x, path] = stack.pop()!;
		if (++visited > limits.nodes) {
			faults.push({ path: prefix, kind: 'size' });
			break;
		}
		if (x === null || typeof x === 'string' || typeof x === 'boolean') continue;
		if (x === undefined && limits.undefinedOk) continue;
		if (typeof x === 'number') {
			if (!Number.isFinite(x)) faults.push({ path, kind: 'number' });
			continue;
		}
		if (typeof x !== 'object') {
			faults.push({ path, kind: 'type' });
			continue;
		}
		if (path.length - prefix.length >= limits.depth) {
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
	return faults.slice(0, limits.faults);
}

/** A fault in words; `depth` is the limit that was passed. */
export function faultMessage(fault: JsonFault, depth: number): Said {
	switch (fault.kind) {
		case 'key':
			return said(m.read_forbidden_key, { key: String(fault.path[fault.path.length - 1]) });
		case 'depth':
			return said(m.read_too_deep, { depth });
		case 'size':
			return said(m.read_too_many_values);
		case 'number':
			return said(m.read_finite);
		case 'type':
			return said(m.read_not_json_value);
	}
}

/** UTF-8 length without allocating a copy of a possibly huge string. */
export function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
			const d = s.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				n += 4;
				i++;
			} else n += 3;
		} else n += 3;
	}
	return n;
}

/** "The file is too large", with its size when known and the limit: the one wording for every file the app
 * reads (a library export, a draft, a regulation's .docx/.pdf/.txt). */
export function tooLargeMessage(limit: number, bytes: number | null = null): Said {
	const mb = (n: number) => {
		const x = n / 1024 / 1024;
		return `${Number.isInteger(x) ? x : x.toFixed(1)} MB`;
	};
	return bytes === null
		? said(m.read_file_too_large, { limit: mb(limit) })
		: said(m.read_file_too_large_size, { size: mb(bytes), limit: mb(limit) });
}

/** A file's text read as JSON: its size checked first (UTF-8 bytes), a leading byte-order mark dropped. */
export type JsonText =
	| { ok: true; value: unknown }
	/** `bytes`: null when the text is over the limit before its bytes are counted. */
	| { ok: false; reason: 'tooLarge'; bytes: number | null }
	| { ok: false; reason: 'notJson'; detail: string };

export function parseJsonText(text: string, maxBytes: number): JsonText {
	// Each UTF-16 unit is at least one UTF-8 byte: a longer string is too large before its bytes are counted.
	if (text.length > maxBytes) return { ok: false, reason: 'tooLarge', bytes: null };
	const bytes = utf8Length(text);
	if (bytes > maxBytes) return { ok: false, reason: 'tooLarge', bytes };
	try {
		return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (e) {
		return { ok: false, reason: 'notJson', detail: errorText(e) };
	}
}
