#!/usr/bin/env node
// A plain static file server for the built app, behaving like a typical intranet web server (nginx-style):
// files as they are, directories via index.html (redirecting /path to /path/), and the app's own 404.html,
// with status 404, for anything else. Usage: node scripts/serve.mjs [dir=build] [port=4173] [base=/]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'build', portArg = '4173', baseArg = '/'] = process.argv.slice(2);
const root = resolve(dir);
const port = Number(portArg);
const base = ('/' + baseArg.replace(/^\/+|\/+$/g, '') + '/').replace('//', '/');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.woff2': 'font/woff2'
};

function fileAt(path) {
	try {
		const s = statSync(path);
		return s.isFile() ? path : s.isDirectory() ? 'dir' : null;
	} catch {
		return null;
	}
}

function send(res, path, status = 200) {
	res.writeHead(status, {
		'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
		'cache-control': path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	createReadStream(path).pipe(res);
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		pathname = '/';
	}
	// a build without its own 404 page (the bare skeleton the bench measures) gets a plain one
	const notFound = () =>
		fileAt(join(root, '404.html'))
			? send(res, join(root, '404.html'), 404)
			: res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
	if (!pathname.startsWith(base) && pathname + '/' !== base) return notFound();
	const rel = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
	const target = join(root, rel);
	if (!target.startsWith(root)) return notFound();
	const found = fileAt(target);
	if (found === 'dir') {
		if (!pathname.endsWith('/')) {
			res.writeHead(301, { location: pathname + '/' + url.search });
			return res.end();
		}
		return fileAt(join(target, 'index.html')) ? send(res, join(target, 'index.html')) : notFound();
	}
	if (found) return send(res, found);
	return notFound();
}).listen(port, '127.0.0.1', () => {
	console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
