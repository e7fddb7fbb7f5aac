// The structural schema of a Draft (valibot), for what is read back from storage and for imported files.
// Strict: unknown keys, unknown value kinds, forbidden keys, controls and over-long strings are refused, and
// nothing is stripped or repaired. Semantic checks (a negative term, an unresolved citation) are validate.ts's.

import * as v from 'valibot';
import { parseIsoDate } from '$lib/rules/dates';
import type { Localized } from '$lib/regions/types';
import { DRAFT_FORMAT, type Draft } from './types';

export const DRAFT_LIMITS = {
	/** Characters (UTF-16 code units) in a one-line string: title, name, codes, option strings. */
	line: 200,
	/** A summary, a value's note or a text value. */
	prose: 2_000,
	/** The draft's notes, and each clause wording. */
	long: 20_000,
	/** The draft's own text. */
	source: 500_000,
	dimensions: 500,
	valuesPerDimension: 100,
	itemsPerList: 200,
	/** Nesting depth of anything in a draft (a real one is about 6 deep). */
	depth: 32,
	/** Values visited by the key walk; bounds the work on a hostile structure. */
	nodes: 1_000_000,
	/** Problems reported for one draft, so a badly broken file still gets a readable answer. */
	problems: 50
} as const;

export const DIMENSION_ID = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;
/**
 * Clause ids as the parser makes them ("art-14-6", "sec-5-4-1"), or a national document's clause by a
 * qualified ref ("nationalSpec:art-14-2", what a draft started from the national values cites); the open-data
 * schema's patterns, bounded.
 */
export const CLAUSE_ID = /^(national[A-Z][A-Za-z]{1,30}:)?[a-z0-9-]{1,64}$/;
const REGION_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** Keys that could reach an object's prototype if a later consumer merged the value carelessly. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

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
function hasProseControlChars(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
		if (isControl(c) || isBidiOrSeparator(c)) return true;
	}
	return false;
}

const MESSAGES = {
	'line.long': {
		zh: `不能超过 ${DRAFT_LIMITS.line} 个字符`,
		en: `must be at most ${DRAFT_LIMITS.line} characters`
	},
	'prose.long': {
		zh: `不能超过 ${DRAFT_LIMITS.prose} 个字符`,
		en: `must be at most ${DRAFT_LIMITS.prose} characters`
	},
	'long.long': {
		zh: `不能超过 ${DRAFT_LIMITS.long} 个字符`,
		en: `must be at most ${DRAFT_LIMITS.long} characters`
	},
	'source.long': {
		zh: `草案文本不能超过 ${DRAFT_LIMITS.source} 个字符`,
		en: `the draft's text must be at most ${DRAFT_LIMITS.source} characters`
	},
	control: {
		zh: '含有控制字符或双向文本控制符',
		en: 'contains control or bidirectional-text characters'
	},
	'dimension.format': {
		zh: '维度标识格式无效（应如 term.maxMonths）',
		en: 'not a dimension id (such as term.maxMonths)'
	},
	'dimensions.many': {
		zh: `维度不能超过 ${DRAFT_LIMITS.dimensions} 个`,
		en: `must have at most ${DRAFT_LIMITS.dimensions} dimensions`
	},
	'values.many': {
		zh: `每个维度的取值不能超过 ${DRAFT_LIMITS.valuesPerDimension} 条`,
		en: `must have at most ${DRAFT_LIMITS.valuesPerDimension} values`
	},
	'list.many': {
		zh: `列表不能超过 ${DRAFT_LIMITS.itemsPerList} 项`,
		en: `must have at most ${DRAFT_LIMITS.itemsPerList} entries`
	},
	'clause.format': {
		zh: '条款标识格式无效（应如 art-14-6）',
		en: 'not a clause id (such as art-14-6)'
	},
	'region.format': {
		zh: '地区标识应为小写字母开头的字母、数字或“-”',
		en: 'must be a region id: lower-case letters, digits or "-", starting with a letter'
	},
	date: { zh: '应为真实日期，格式 YYYY-MM-DD', en: 'must be a real date written YYYY-MM-DD' },
	finite: { zh: '应为有限的数字', en: 'must be a finite number' },
	'status.duplicate': { zh: '文件状态重复', en: 'lists a status twice' },
	format: {
		zh: `不是草案（format 应为 ${DRAFT_FORMAT}）`,
		en: `not a draft (format must be ${DRAFT_FORMAT})`
	},
	kind: {
		zh: '取值类型无效，应为 notSpecified、unlimited、number、enum、boolean、list、text、date 之一',
		en: 'unknown value kind; must be one of notSpecified, unlimited, number, enum, boolean, list, text, date'
	},
	bound: { zh: '界限应为 atMost、atLeast 或 exactly', en: 'bound must be atMost, atLeast or exactly' },
	qualifier: {
		zh: '限定词应为 inPrinciple、generally、provisional 或 discretionary',
		en: 'qualifier must be inPrinciple, generally, provisional or discretionary'
	},
	level: { zh: '级别应为 city 或 province', en: 'level must be city or province' },
	status: { zh: '状态应为 draft、trial 或 interim', en: 'status must be draft, trial or interim' },
	scheme: { zh: '编号方式应为 articles 或 sections', en: 'scheme must be articles or sections' },
	object: { zh: '应为对象', en: 'must be an object' }
} satisfies Record<string, Localized>;
type MessageKey = keyof typeof MESSAGES;
const m = (key: MessageKey) => key;

const line = v.pipe(
	v.string(),
	v.maxLength(DRAFT_LIMITS.line, m('line.long')),
	v.check((s) => !hasControlChars(s), m('control'))
);
const prose = v.pipe(
	v.string(),
	v.maxLength(DRAFT_LIMITS.prose, m('prose.long')),
	v.check((s) => !hasProseControlChars(s), m('control'))
);
const long = v.pipe(
	v.string(),
	v.maxLength(DRAFT_LIMITS.long, m('long.long')),
	v.check((s) => !hasProseControlChars(s), m('control'))
);
const isoDate = v.pipe(
	v.string(),
	v.check((s) => parseIsoDate(s) !== null, m('date'))
);
const regionId = v.pipe(v.string(), v.regex(REGION_ID, m('region.format')));
const dimensionId = v.pipe(v.string(), v.regex(DIMENSION_ID, m('dimension.format')));
const clauseId = v.pipe(v.string(), v.regex(CLAUSE_ID, m('clause.format')));
const codes = v.pipe(v.array(line), v.maxLength(DRAFT_LIMITS.itemsPerList, m('list.many')));

// valibot's object and record schemas take an array for an object; a list where an object belongs is refused.
const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
const obj = <S extends v.GenericSchema>(schema: S) =>
	v.pipe(v.custom<unknown>(isObject, m('object')), schema);

const localized = <S extends typeof line | typeof prose>(s: S) => obj(v.strictObject({ zh: s, en: s }));
export const LocalizedSchema = localized(line);
const LocalizedProse = localized(prose);

export const RuleValueSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('notSpecified') }),
		v.strictObject({ kind: v.literal('unlimited') }),
		v.strictObject({
			kind: v.literal('number'),
			value: v.pipe(v.number(), v.finite(m('finite'))),
			bound: v.picklist(['atMost', 'atLeast', 'exactly'], m('bound'))
		}),
		v.strictObject({ kind: v.literal('enum'), value: line }),
		v.strictObject({ kind: v.literal('boolean'), value: v.boolean() }),
		v.strictObject({ kind: v.literal('list'), value: codes }),
		v.strictObject({ kind: v.literal('text'), value: LocalizedProse }),
		v.strictObject({ kind: v.literal('date'), value: v.nullable(isoDate) })
	],
	m('kind')
);

export const DatedValueSchema = obj(
	v.strictObject({
		from: v.nullable(isoDate),
		value: RuleValueSchema,
		qualifier: v.optional(
			v.picklist(['inPrinciple', 'generally', 'provisional', 'discretionary'], m('qualifier'))
		),
		summary: LocalizedProse,
		citations: v.pipe(v.array(clauseId), v.maxLength(DRAFT_LIMITS.itemsPerList, m('list.many'))),
		note: v.optional(LocalizedProse)
	})
);

export const ParseOptionsSchema = obj(
	v.strictObject({
		scheme: v.picklist(['articles', 'sections'], m('scheme')),
		noticeEndsBefore: v.optional(line),
		footerStartsWith: v.optional(line),
		joinPageBreaks: v.optional(v.boolean())
	})
);

const fewKeys = (o: unknown) => Object.keys(o as object).length <= DRAFT_LIMITS.dimensions;

export const DraftSchema = v.strictObject({
	format: v.literal(DRAFT_FORMAT, m('format')),
	title: line,
	name: line,
	level: v.picklist(['city', 'province'], m('level')),
	status: v.pipe(
		v.array(v.picklist(['draft', 'trial', 'interim'], m('status'))),
		v.check((s) => new Set(s).size === s.length, m('status.duplicate'))
	),
	base: v.nullable(regionId),
	procedure: v.nullable(regionId),
	source: v.pipe(v.string(), v.maxLength(DRAFT_LIMITS.source, m('source.long'))),
	parse: ParseOptionsSchema,
	values: v.pipe(
		v.custom<unknown>(isObject, m('object')),
		v.check(fewKeys, m('dimensions.many')),
		v.record(
			dimensionId,
			v.pipe(v.array(DatedValueSchema), v.maxLength(DRAFT_LIMITS.valuesPerDimension, m('values.many')))
		)
	),
	clauseTexts: v.pipe(
		v.custom<unknown>(isObject, m('object')),
		v.check(fewKeys, m('dimensions.many')),
		v.record(dimensionId, long)
	),
	notes: long,
	operatorTerm: LocalizedSchema
});

// The schema produces exactly the type the rest of the app reads.
const _draft: v.GenericSchema<unknown, Draft> = DraftSchema;
void _draft;

// ——— problems ———

export interface DraftProblem {
	/** Where, as a path into the draft: "values.term.maxMonths[0].value.kind"; '' for the whole. */
	field: string;
	message: Localized;
}

export type DraftPayloadResult = { ok: true; draft: Draft } | { ok: false; problems: DraftProblem[] };

type Path = (string | number)[];

const shortKey = (k: string) => (k.length > 64 ? `${k.slice(0, 64)}…` : k);

/** "values.term.maxMonths[0].value.kind": dotted dimension ids stay readable, odd keys are quoted. */
export function formatPath(path: Path): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_$][\w$.]{0,63}$/.test(key)) out += out === '' ? key : `.${key}`;
		else out += `[${JSON.stringify(shortKey(key))}]`;
	}
	return out;
}

const TYPE_NAMES: Record<string, Localized> = {
	string: { zh: '文本', en: 'text' },
	number: { zh: '数字', en: 'a number' },
	boolean: { zh: '是或否（true/false）', en: 'true or false' },
	array: { zh: '列表', en: 'a list' },
	object: { zh: '对象', en: 'an object' },
	strict_object: { zh: '对象', en: 'an object' },
	record: { zh: '对象', en: 'an object' },
	variant: { zh: '对象', en: 'an object' },
	nullable: { zh: '文本或 null', en: 'text or null' }
};

function localize(issue: v.BaseIssue<unknown>): Localized {
	if (issue.message in MESSAGES) return MESSAGES[issue.message as MessageKey];
	if (issue.type === 'strict_object' && issue.expected === 'never')
		return { zh: '未知字段', en: 'unknown field' };
	if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.length)
		return { zh: '缺少此字段', en: 'this field is missing' };
	if (issue.type === 'literal') return { zh: `应为 ${issue.expected}`, en: `must be ${issue.expected}` };
	const type = TYPE_NAMES[issue.type];
	if (type) return { zh: `应为${type.zh}`, en: `must be ${type.en}` };
	return { zh: `无效：${issue.message}`, en: issue.message };
}

const issuePath = (issue: v.BaseIssue<unknown>): Path =>
	(issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));

const isPlainObject = (x: object) => {
	const proto: unknown = Object.getPrototypeOf(x);
	return proto === Object.prototype || proto === null;
};

/**
 * Walks the value iteratively (a deep file cannot overflow the stack) before any schema sees it: forbidden
 * keys, excessive depth, and anything JSON cannot carry (functions, Dates, NaN…). `undefined` is left to the
 * schema, which accepts it only where a field is optional.
 */
export function structuralProblems(value: unknown, prefix: Path = []): DraftProblem[] {
	const problems: DraftProblem[] = [];
	const stack: [unknown, Path][] = [[value, prefix]];
	let visited = 0;
	const add = (path: Path, message: Localized) => problems.push({ field: formatPath(path), message });
	while (stack.length > 0 && problems.length < DRAFT_LIMITS.problems) {
		const [x, path] = stack.pop()!;
		if (++visited > DRAFT_LIMITS.nodes) {
			add(prefix, { zh: '内容过多', en: 'too many values' });
			break;
		}
		if (x === null || x === undefined || typeof x === 'string' || typeof x === 'boolean') continue;
		if (typeof x === 'number') {
			if (!Number.isFinite(x)) add(path, MESSAGES.finite);
			continue;
		}
		if (typeof x !== 'object') {
			add(path, { zh: '不是 JSON 值', en: 'not a JSON value' });
			continue;
		}
		if (path.length - prefix.length >= DRAFT_LIMITS.depth) {
			add(path, {
				zh: `嵌套超过 ${DRAFT_LIMITS.depth} 层`,
				en: `nested more than ${DRAFT_LIMITS.depth} levels deep`
			});
			continue;
		}
		if (Array.isArray(x)) {
			for (let i = x.length - 1; i >= 0; i--) stack.push([x[i], [...path, i]]);
			continue;
		}
		if (!isPlainObject(x)) {
			add(path, { zh: '不是 JSON 值（如日期、函数）', en: 'not a JSON value (a Date, a function…)' });
			continue;
		}
		const keys = Object.keys(x);
		for (let i = keys.length - 1; i >= 0; i--) {
			const key = keys[i]!;
			if (FORBIDDEN_KEYS.has(key))
				add([...path, key], { zh: `不允许的键名“${key}”`, en: `forbidden key "${key}"` });
			else stack.push([(x as Record<string, unknown>)[key], [...path, key]]);
		}
	}
	return problems.slice(0, DRAFT_LIMITS.problems);
}

/** Validate a draft read from storage or a file; the draft returned is a fresh copy, never the input. */
export function parseDraftPayload(x: unknown): DraftPayloadResult {
	if (typeof x !== 'object' || x === null || Array.isArray(x))
		return { ok: false, problems: [{ field: '', message: MESSAGES.object }] };
	const faults = structuralProblems(x);
	if (faults.length) return { ok: false, problems: faults };
	const r = v.safeParse(DraftSchema, x, { abortEarly: false });
	if (r.success) return { ok: true, draft: r.output };
	const seen = new Set<string>();
	const problems: DraftProblem[] = [];
	for (const issue of r.issues) {
		const p = { field: formatPath(issuePath(issue)), message: localize(issue) };
		const k = `${p.field}\n${p.message.en}`;
		if (seen.has(k)) continue;
		seen.add(k);
		problems.push(p);
		if (problems.length >= DRAFT_LIMITS.problems) break;
	}
	return { ok: false, problems };
}
