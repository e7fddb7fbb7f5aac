// TypeScript comments → YAML comments: each comment of a data file is given the path, in the exported value,
// of the property or list entry it belongs to (the one it precedes, ends the line of, or sits inside), so a
// YAML writer can put it above that entry; comments outside the value are the file's header.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

function unwrap(node) {
	while (
		ts.isAsExpression(node) ||
		ts.isSatisfiesExpression(node) ||
		ts.isParenthesizedExpression(node) ||
		ts.isTypeAssertionExpression(node)
	)
		node = node.expression;
	return node;
}

const propName = (name) => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText());

export function commentText(raw) {
	if (raw.startsWith('//')) return [raw.slice(2).replace(/^ /, '')];
	return raw
		.replace(/^\/\*+/, '')
		.replace(/\*\/$/, '')
		.split('\n')
		.map((l) => l.replace(/^\s*\* ?/, '').trimEnd())
		.filter((l, i, a) => !(l === '' && (i === 0 || i === a.length - 1)));
}

/** The comments of a TS data file: { header: string[], at: [path, string[]][] } for the exported value. */
export function commentsOf(file, exportName) {
	const text = readFileSync(file, 'utf8');
	const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	let init = null;
	for (const st of sf.statements)
		if (ts.isVariableStatement(st))
			for (const d of st.declarationList.declarations)
				if (ts.isIdentifier(d.name) && d.name.text === exportName && d.initializer)
					init = unwrap(d.initializer);
	if (!init) throw new Error(`${file}: no exported ${exportName}`);

	const mapped = [];
	const walk = (node, path) => {
		node = unwrap(node);
		if (ts.isObjectLiteralExpression(node)) {
			for (const p of node.properties) {
				if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
				const child = [...path, propName(p.name)];
				mapped.push({ path: child, fullStart: p.pos, start: p.getStart(sf), end: p.end });
				if (ts.isPropertyAssignment(p)) walk(p.initializer, child);
			}
		} else if (ts.isArrayLiteralExpression(node) && !node.elements.some(ts.isSpreadElement)) {
			node.elements.forEach((e, i) => {
				mapped.push({ path: [...path, i], fullStart: e.pos, start: e.getStart(sf), end: e.end });
				walk(e, [...path, i]);
			});
		}
	};
	walk(init, []);

	const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
	const comments = [];
	for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan())
		if (t === ts.SyntaxKind.SingleLineCommentTrivia || t === ts.SyntaxKind.MultiLineCommentTrivia) {
			const pos = scanner.getTokenStart ? scanner.getTokenStart() : scanner.getTokenPos();
			comments.push({ pos, end: scanner.getTextPos(), raw: scanner.getTokenText() });
		}

	const header = [];
	let lastHeader = null;
	const at = new Map();
	const initStart = init.getStart(sf);
	for (const c of comments) {
		const inside = c.pos >= initStart && c.end <= init.end;
		const deepest = (list) => list.sort((a, b) => b.path.length - a.path.length)[0];
		// A comment on the line a property or entry ends on (after its comma) belongs to it.
		const trailing = inside
			? mapped
					.filter((n) => n.end <= c.pos && !/\n/.test(text.slice(n.end, c.pos)))
					.sort((a, b) => b.end - a.end || a.path.length - b.path.length)[0]
			: null;
		const leading = trailing
			? null
			: inside
				? deepest(mapped.filter((n) => n.fullStart <= c.pos && c.end <= n.start))
				: null;
		const within =
			inside && !leading && !trailing
				? deepest(mapped.filter((n) => n.start <= c.pos && c.end <= n.end))
				: null;
		const target = trailing ?? leading ?? within;
		if (!target) {
			// A blank line in the file between two header comments stays a blank comment line.
			if (lastHeader && /\n[ \t]*\n/.test(text.slice(lastHeader.end, c.pos))) header.push('');
			header.push(...commentText(c.raw));
			lastHeader = c;
			continue;
		}
		const key = JSON.stringify(target.path);
		at.set(key, [...(at.get(key) ?? []), ...commentText(c.raw)]);
	}
	return { header, at: [...at].map(([k, lines]) => [JSON.parse(k), lines]) };
}
