// Writing pack files: data as YAML with comments (a comment's place is a path into the data), short pairs and
// lists on one line, formatted by the repository's Prettier, and read back to check nothing changed.
import { writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { Document, isMap, isSeq, isScalar, parse, visit } from 'yaml';

const isLocalized = (x) =>
	x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).join() === 'zh,en';

function pairKeyAt(doc, path) {
	let node = doc.contents;
	for (let i = 0; i < path.length; i++) {
		const k = path[i];
		const last = i === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === k);
			if (!pair) return null;
			if (last) return pair.key;
			node = pair.value;
		} else if (isSeq(node)) {
			const item = node.items[k];
			if (item === undefined) return null;
			if (last) return item;
			node = item;
		} else return null;
	}
	return null;
}

/** Path fixes between the TS value and the pack data (a walkthrough's id is the same entry, so none today). */
export function toYaml(data, comments) {
	const doc = new Document(data, { aliasDuplicateObjects: false, version: '1.2', schema: 'core' });
	// Short zh/en pairs, citation lists and other short lists of codes on one line.
	visit(doc, {
		Map(_, node) {
			const js = node.toJSON();
			const scalars = Object.values(js).every((x) => x === null || typeof x !== 'object');
			if (isLocalized(js) ? js.zh.length * 2 + js.en.length < 80 : scalars && JSON.stringify(js).length < 60)
				node.flow = true;
		},
		Seq(_, node) {
			const js = node.toJSON();
			if (js.every((x) => typeof x === 'string' || typeof x === 'number') && JSON.stringify(js).length < 90)
				node.flow = true;
		}
	});
	if (comments) {
		if (comments.header.length) doc.commentBefore = comments.header.map((l) => (l ? ` ${l}` : '')).join('\n');
		for (const [path, lines] of comments.at) {
			let p = path;
			let target = pairKeyAt(doc, p);
			while (!target && p.length > 1) target = pairKeyAt(doc, (p = p.slice(0, -1)));
			const text = lines.map((l) => (l ? ` ${l}` : '')).join('\n');
			if (!target) doc.commentBefore = [doc.commentBefore, text].filter(Boolean).join('\n');
			else {
				if (target.flow !== undefined) target.flow = false;
				target.commentBefore = [target.commentBefore, text].filter(Boolean).join('\n');
			}
		}
	}
	return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true, flowCollectionPadding: true });
}

export async function writeYaml(path, data, comments) {
	const options = (await prettier.resolveConfig(path)) ?? {};
	const text = await prettier.format(toYaml(data, comments), { ...options, filepath: path });
	const back = parse(text, { schema: 'core', uniqueKeys: true });
	if (JSON.stringify(back) !== JSON.stringify(data))
		throw new Error(`${path}: the YAML does not read back as the data it was written from`);
	writeFileSync(path, text);
}
