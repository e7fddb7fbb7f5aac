import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The README's server (scripts/serve.mjs): text files go gzip-compressed to a browser that accepts it, as an
// nginx with `gzip on` serves them; images as they are; the body is the file either way.
const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const write = (path: string, body: string | Buffer) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), body);
};
const script = 'export const words = "公共数据授权运营";\n'.repeat(50);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
write('index.html', '<!doctype html><title>首页</title>');
write('404.html', '<!doctype html><title>未找到</title>');
write('_app/immutable/chunks/a.js', script);
write('icon.png', png);

let server: ChildProcess;
let port = 0;

const freePort = () =>
	new Promise<number>((ok) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => ok(port));
		});
	});

beforeAll(async () => {
	port = await freePort();
	server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port), '/'], { stdio: 'pipe' });
	await new Promise<void>((ok) => server.stdout!.once('data', () => ok()));
});
afterAll(() => {
	server.kill();
	rmSync(dir, { recursive: true, force: true });
});

const fetchRaw = (path: string, acceptEncoding?: string) =>
	new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
		(ok, fail) =>
			get(
				{
					host: '127.0.0.1',
					port,
					path,
					headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () =>
						ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
					);
				}
			).on('error', fail)
	);

describe('scripts/serve.mjs', () => {
	test('a script to a browser taking gzip: compressed, smaller, the same file once unpacked', async () => {
		const r = await fetchRaw('/_app/immutable/chunks/a.js', 'gzip, deflate, br');
		expect(r.status).toBe(200);
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(r.headers.vary).toBe('Accept-Encoding');
		expect(r.headers['cache-control']).toContain('immutable');
		expect(Number(r.headers['content-length'])).toBe(r.body.length);
		expect(r.body.length).toBeLessThan(Buffer.byteLength(script) / 5);
		expect(gunzipSync(r.body).toString()).toBe(script);
	});

	test('without gzip accepted (none asked, or refused with q=0): the file as it is', async () => {
		for (const accept of [undefined, 'identity', 'gzip;q=0, identity', 'br']) {
			const r = await fetchRaw('/_app/immutable/chunks/a.js', accept);
			expect(r.headers['content-encoding'], String(accept)).toBeUndefined();
			expect(r.body.toString(), String(accept)).toBe(script);
		}
		for (const accept of ['*', 'gzip;q=0.5', 'deflate, GZIP'])
			expect(
				(await fetchRaw('/_app/immutable/chunks/a.js', accept)).headers['content-encoding'],
				accept
			).toBe('gzip');
	});

	test('pages and the 404 page compressed with their status; an image as it is', async () => {
		const page = await fetchRaw('/', 'gzip');
		expect(page.status).toBe(200);
		expect(gunzipSync(page.body).toString()).toContain('首页');
		const missing = await fetchRaw('/nowhere/', 'gzip');
		expect(missing.status).toBe(404);
		expect(gunzipSync(missing.body).toString()).toContain('未找到');
		const image = await fetchRaw('/icon.png', 'gzip');
		expect(image.headers['content-encoding']).toBeUndefined();
		expect(image.body.equals(png)).toBe(true);
	});
});
