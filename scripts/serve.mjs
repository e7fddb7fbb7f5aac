#!/usr/bin/env node
// A plain static file server for the built app, behaving like a typical intranet web server (nginx-style):
// files as they are, directories via index.html (redirecting /path to /path/), and the app's own 404.html,
// with status 404, for anything else. Text files (HTML, scripts, styles, data) go gzip-compressed to a browser
// that accepts it, as nginx's `gzip on` with `gzip_types` does: the sizes the bench and the budgets count are
// gzip sizes, and uncompressed a phone on a slow network waited for ~3 times the bytes (Lighthouse, /training/
// course/: 556 kB transferred before the course showed). Usage: node scripts/serve.mjs [dir=build] [port=4173] [base=/]
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

// the types worth compressing (images and fonts are compressed already)
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.csv']);

/** Whether the request's Accept-Encoding takes gzip (`gzip`, `gzip;q=0.5`, `*`; not `gzip;q=0`). */
function acceptsGzip(header = '') {
	const offers = header.split(',').map((part) => {
		const [coding = '', ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
		return { coding: coding.trim(), q: q === undefined ? 1 : Number(q) };
	});
	const offer = offers.find((o) => o.coding === 'gzip') ?? offers.find((o) => o.coding === '*');
	return !!offer && offer.q > 0;
}

// each file compressed once (until it changes on disk: a rebuild while serving)
const compressed = new Map();
function gzipped(path) {
	const { mtimeMs, size } = statSync(path);
	const hit = compressed.get(path);
	if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body;
	const body = gzipSync(readFileSync(path), { level: 9 });
	compressed.set(path, { mtimeMs, size, body });
	return body;
}

function send(req, res, path, status = 200) {
	const headers = {
		'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
		'cache-control': path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	};
	const text = TEXT.has(extname(path));
	if (text) headers.vary = 'Accept-Encoding';
	if (!text || !acceptsGzip(req.headers['accept-encoding'])) {
		res.writeHead(status, headers);
		return createReadStream(path).pipe(res);
	}
	const body = gzipped(path);
	res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
	res.end(body);
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
			? send(req, res, join(root, '404.html'), 404)
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
		return fileAt(join(target, 'index.html')) ? send(req, res, join(target, 'index.html')) : notFound();
	}
	if (found) return send(req, res, found);
	return notFound();
}).listen(port, '127.0.0.1', () => {
	console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
