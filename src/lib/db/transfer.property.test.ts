import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ITEM_KINDS, isDamaged, type SavedItem } from './model';
import type { ClashPolicy } from './repository';
import { BACKENDS, sampleItem, snapshot } from './testing';
import { applyImport, parseImport, serializeExport } from './transfer';
import { checkItem, hasControlChars, jsonFaults } from './validate';
import { wordsIn } from '$lib/rules/words';

// ——— Generators ———

const POOL = Array.from({ length: 6 }, (_, n) => `00000000-0000-4000-8000-00000000000${n}`);
const text = fc
	.oneof(
		fc.string({ minLength: 1, maxLength: 40 }),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
		fc.constantFrom('<script>alert(1)</script>', '泰安 <b>方案</b>', '&amp; "quoted"', '😀 emoji')
	)
	.filter((s) => s.trim() !== '' && s.length <= 200 && !hasControlChars(s));
const timestamp = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString());
const payload = fc.jsonValue({ maxDepth: 4 }).filter((p) => jsonFaults(p).length === 0);

const validItem: fc.Arbitrary<SavedItem> = fc
	.record(
		{
			id: fc.constantFrom(...POOL),
			kind: fc.constantFrom(...ITEM_KINDS),
			name: text,
			tags: fc.uniqueArray(text, { maxLength: 4 }),
			regions: fc.uniqueArray(fc.constantFrom('taian', 'quzhou', 'jiangsu', 'henan', 'yingkou'), {
				maxLength: 3
			}),
			createdAt: timestamp,
			updatedAt: timestamp,
			revision: fc.integer({ min: 1, max: 1000 }),
			deletedAt: timestamp,
			schemaVersion: fc.integer({ min: 1, max: 9 }),
			payload
		},
		{
			requiredKeys: [
				'id',
				'kind',
				'name',
				'tags',
				'regions',
				'createdAt',
				'updatedAt',
				'revision',
				'schemaVersion',
				'payload'
			]
		}
	)
	// JSON cannot tell -0 from 0; compare what a file can carry.
	.map((item) => JSON.parse(JSON.stringify(item)) as SavedItem);

const validDocument = fc.uniqueArray(validItem, { selector: (i) => i.id, maxLength: 5 }).map((items) => ({
	format: 'pdao-library' as const,
	version: 1 as const,
	exported: '2025-01-01T00:00:00.000Z',
	items
}));

/** Ways a file goes wrong: random JSON anywhere, deleted keys, hostile keys, cut or flipped text. */
type Path = (string | number)[];
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
	out.push(prefix);
	if (typeof value === 'object' && value !== null)
		for (const [k, v] of Object.entries(value))
			paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
	return out;
}
function setAt(root: unknown, path: Path, value: unknown, remove: boolean): unknown {
	if (path.length === 0) return value;
	const copy = structuredClone(root) as Record<string | number, unknown>;
	let node = copy;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (remove && Array.isArray(node)) node.splice(Number(last), 1);
	else if (remove) delete node[last];
	else node[last] = value;
	return copy;
}

const mutatedText = validDocument.chain((doc) => {
	const json = JSON.stringify(doc);
	const all = paths(doc);
	return fc.oneof(
		// Replace any value with any JSON, or drop it.
		fc
			.tuple(fc.constantFrom(...all), fc.jsonValue({ maxDepth: 3 }), fc.boolean())
			.map(([path, value, remove]) => JSON.stringify(setAt(doc, path, value, remove))),
		// Plant a hostile key in any object.
		fc
			.tuple(fc.nat({ max: json.length }), fc.constantFrom('__proto__', 'constructor', 'prototype'))
			.map(([at, key]) => {
				const brace = json.indexOf('{', at);
				const i = brace < 0 ? json.indexOf('{') : brace;
				return `${json.slice(0, i + 1)}"${key}":{"polluted":true},${json.slice(i + 1)}`;
			}),
		// Cut the file, or flip one character.
		fc.nat({ max: json.length }).map((at) => json.slice(0, at)),
		fc
			.tuple(fc.nat({ max: Math.max(0, json.length - 1) }), fc.string({ minLength: 1, maxLength: 2 }))
			.map(([at, s]) => json.slice(0, at) + s + json.slice(at + 1)),
		// Control characters or overlong text in a name.
		fc
			.constantFrom('\u0000', '\u001b', '\u0085', '\u202e', '\u2028', 'x'.repeat(201))
			.map((bad) =>
				doc.items.length ? JSON.stringify(setAt(doc, ['items', 0, 'name'], `a${bad}`, false)) : json
			)
	);
});

const anyText = fc.oneof(
	fc.string(),
	fc.json(),
	fc.jsonValue().map((v) => JSON.stringify(v)),
	mutatedText
);

// ——— Properties ———

describe('parseImport under fuzzing', () => {
	test('never throws, and anything it accepts is valid and pollution-free', () => {
		fc.assert(
			fc.property(anyText, (input) => {
				const result = parseImport(input);
				if (result.ok) for (const item of result.items) expect(checkItem(item)).toEqual([]);
				else {
					expect(result.problems.length).toBeGreaterThan(0);
					for (const p of result.problems)
						expect(wordsIn(p.message, 'en') && wordsIn(p.message, 'zh-CN')).toBeTruthy();
				}
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			{ numRuns: 4000 }
		);
	});

	test('every valid document is accepted exactly as written', () => {
		fc.assert(
			fc.property(validDocument, (doc) => {
				expect(parseImport(serializeExport(doc))).toEqual({ ok: true, items: doc.items });
			}),
			{ numRuns: 1000 }
		);
	});
});

describe.each(BACKENDS)('importing into storage ($name)', (backend) => {
	test('stored data changes only when a file is accepted', async () => {
		const seen = { accepted: 0, refused: 0 };
		await fc.assert(
			fc.asyncProperty(
				mutatedText,
				fc.constantFrom<ClashPolicy>('keepBoth', 'replace'),
				async (input, policy) => {
					const h = await backend.make();
					for (let n = 0; n < 3; n++) await h.repo.createItem(sampleItem(n));
					const before = await snapshot(h.repo);
					const result = parseImport(input);
					if (result.ok) {
						seen.accepted++;
						await applyImport(h.repo, result.items, policy);
						const after = (await snapshot(h.repo)) as SavedItem[];
						expect(after.filter(isDamaged)).toEqual([]);
						// The seeded ids never clash with the file's, so every imported item is added.
						expect(after.length).toBe(before.length + result.items.length);
					} else {
						seen.refused++;
						expect(await snapshot(h.repo)).toEqual(before);
					}
					h.close();
				}
			),
			{ numRuns: backend.name === 'memory' ? 2000 : 500 }
		);
		// Both branches were exercised.
		expect(seen.accepted).toBeGreaterThan(0);
		expect(seen.refused).toBeGreaterThan(0);
	}, 120_000);
});

describe.each(BACKENDS)('a sequence of valid imports ($name)', (backend) => {
	test('leaves exactly the modelled set: added, replaced above both revisions, or kept under new ids', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(validDocument, fc.constantFrom<ClashPolicy>('keepBoth', 'replace')), {
					minLength: 1,
					maxLength: 5
				}),
				async (steps) => {
					const h = await backend.make();
					const model = new Map<string, SavedItem>();
					for (const [doc, policy] of steps) {
						const parsed = parseImport(serializeExport(doc));
						if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
						const result = await applyImport(h.repo, parsed.items, policy);
						const renamed = new Map(result.renamed.map((r) => [r.from, r.to]));
						for (const item of parsed.items) {
							const previous = model.get(item.id);
							if (!previous) model.set(item.id, item);
							else if (policy === 'replace')
								model.set(item.id, { ...item, revision: Math.max(item.revision, previous.revision) + 1 });
							else model.set(renamed.get(item.id)!, { ...item, id: renamed.get(item.id)! });
						}
						expect(result.added.length + result.replaced.length + result.renamed.length).toBe(
							parsed.items.length
						);
						const stored = (await snapshot(h.repo)) as SavedItem[];
						expect(stored).toEqual([...model.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
					}
					h.close();
				}
			),
			{ numRuns: backend.name === 'memory' ? 300 : 100 }
		);
	}, 120_000);
});
