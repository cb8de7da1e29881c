/**
 * The static server (`node scripts/serve.js`, built on sirv in scripts/server.js), run as a real
 * process on a temporary folder that holds a fake build and, beside it, a folder it must never
 * serve (`build-secret`: the old server's root check lacked a separator, so `/../build-secret/x`
 * escaped). Requests go over raw HTTP with the path sent exactly as written: node:http's `path`,
 * or a bare socket where even node:http would refuse to send it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { connect, createServer as createNetServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serveScript = resolve(fileURLToPath(import.meta.url), '../../serve.js');
const secret = 'TOP SECRET: outside the build';
const year = 'public, max-age=31536000, immutable';

// ─── Helpers ──────────────────────────────────────────────────────────────────────────────────

interface Served {
	child: ChildProcess;
	port: number;
	/** Resolves when the process exits, with its code or signal. */
	exited: Promise<string>;
	stop(): Promise<void>;
}

/** Starts `node scripts/serve.js` on a free port and waits for the line that gives its URL. */
async function serve(env: Record<string, string>): Promise<Served> {
	const child = spawn(process.execPath, [serveScript], { env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const exited = new Promise<string>((done) => child.once('exit', (code, signal) => done(signal ?? `exit code ${code}`)));
	const port = await new Promise<number>((ready, fail) => {
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			const match = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
			if (match) ready(Number(match[1]));
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		void exited.then((how) => fail(new Error(`serve.js stopped before it listened (${how}):\n${output}`)));
	});
	return {
		child,
		port,
		exited,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** One request with the path sent as written (node:http does not normalise `path`). */
function fetchRaw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; agent?: Agent } = {}): Promise<Answer> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('aborted', () => fail(new Error(`response to ${path} aborted`)));
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}

/** A request written byte for byte on a socket, for what node:http would refuse to send. */
function sendBytes(port: number, head: string): Promise<{ status: number; text: string }> {
	return new Promise((done, fail) => {
		const socket = connect(port, '127.0.0.1');
		const chunks: Buffer[] = [];
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('error', fail);
		socket.on('close', () => {
			const text = Buffer.concat(chunks).toString('latin1');
			done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
		});
		socket.end(Buffer.from(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1'));
	});
}

function write(file: string, content: string | Buffer) {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, content);
}

/** Writes `file` and its `.br` and `.gz`, as `npm run build` does. */
function writeCompressed(file: string, content: string) {
	write(file, content);
	writeFileSync(`${file}.br`, brotliCompressSync(content));
	writeFileSync(`${file}.gz`, gzipSync(content));
}

/** Resolves once `check` holds, trying every 50 ms for at most `ms`. */
async function until(check: () => boolean, ms: number): Promise<boolean> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (check()) return true;
		await new Promise((r) => setTimeout(r, 50));
	}
	return check();
}

// ─── The fake build ───────────────────────────────────────────────────────────────────────────

const indexHtml = `<!doctype html><html><head><title>Fake atlas</title></head><body>${'<p>The map and its article.</p>'.repeat(40)}</body></html>`;
const presentHtml = '<!doctype html><title>Present</title>';
const manifestJson = JSON.stringify({ layers: Array.from({ length: 200 }, (_, i) => ({ id: `layer-${i}`, source: 'Natural Earth' })) });
const chunkJs = `export const data = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => i))};`;
const topojson = JSON.stringify({ type: 'Topology', objects: {}, arcs: [] });
const geojson = JSON.stringify({ type: 'FeatureCollection', features: [] });

let work = '';
let build = '';
let server: Served;
let socketFile: NetServer | undefined;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
	build = join(work, 'build');
	write(join(work, 'build-secret/x.txt'), secret);
	write(join(work, 'build-secret/index.html'), secret);
	write(join(work, 'secret.txt'), secret);
	writeCompressed(join(build, 'index.html'), indexHtml);
	write(join(build, 'present/index.html'), presentHtml);
	writeCompressed(join(build, 'data/manifest.json'), manifestJson);
	write(join(build, 'data/basemap.topojson'), topojson);
	write(join(build, 'data/places.geojson'), geojson);
	writeCompressed(join(build, '_app/immutable/chunks/app.Bx3k9Q.js'), chunkJs);
	write(join(build, '_app/version.json'), '{"version":"1"}');
	write(join(build, '.env'), secret);
	write(join(build, 'data/large.bin'), Buffer.alloc(8 * 1024 * 1024, 7));
	// A file that stat() sees but open() refuses (a Unix socket: ENXIO), to stand in for a file
	// that goes away between sirv's look-up and the read.
	if (process.platform !== 'win32') {
		socketFile = createNetServer();
		await new Promise<void>((ready) => socketFile!.listen(join(build, 'data/socket.json'), ready));
	}
	server = await serve({ BUILD_DIR: build });
}, 30_000);

afterAll(async () => {
	await server?.stop();
	socketFile?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

// ─── Paths that try to leave the build ────────────────────────────────────────────────────────

describe('a path that tries to leave the folder', () => {
	const attempts = [
		'/../build-secret/x.txt',
		'/../build-secret/',
		'/../secret.txt',
		'/data/../../build-secret/x.txt',
		'/./../build-secret/x.txt',
		'//../build-secret/x.txt',
		'/%2e%2e/build-secret/x.txt',
		'/%2E%2E/build-secret/x.txt',
		'/.%2e/build-secret/x.txt',
		'/%2e%2e%2fbuild-secret%2fx.txt',
		'/..%2fbuild-secret%2fx.txt',
		'/..%2Fbuild-secret/x.txt',
		'/..%5cbuild-secret%5cx.txt',
		'/%2e%2e%5cbuild-secret%5cx.txt',
		'/..\\build-secret\\x.txt',
		'/data\\..\\..\\build-secret\\x.txt',
		'/%252e%252e/build-secret/x.txt',
		'/%252e%252e%252fbuild-secret%252fx.txt',
		'/..%252fbuild-secret%252fx.txt',
		'/%25%32%65%25%32%65/build-secret/x.txt',
		'/..%c0%afbuild-secret/x.txt',
		'/..%c1%9cbuild-secret/x.txt',
		'/index.html%00',
		'/%00/../build-secret/x.txt',
		'/..%00/build-secret/x.txt',
		'/%2e%2e%00/build-secret/x.txt',
		'/data/%2e%2e/%2e%2e/build-secret/x.txt',
		'/.env',
		'/%2eenv',
		'/../build-secret/x.txt?download=1',
		'/..;/build-secret/x.txt',
		'/%',
		'/%zz'
	];

	for (const path of attempts) {
		it(`GET ${path} → 400 or 404, never the secret`, async () => {
			const answer = await fetchRaw(server.port, path);
			expect([400, 404]).toContain(answer.status);
			expect(answer.body.toString('latin1')).not.toContain(secret);
		});
	}

	it('answers 400 to a raw NUL byte, an absolute-form target and `*`, never the secret', async () => {
		for (const head of ['GET /index.html\0 HTTP/1.1', 'GET /\0../build-secret/x.txt HTTP/1.1', 'GET http://127.0.0.1/../build-secret/x.txt HTTP/1.1', 'GET * HTTP/1.1', 'GET ../build-secret/x.txt HTTP/1.1']) {
			const answer = await sendBytes(server.port, head);
			expect([400, 404], head).toContain(answer.status);
			expect(answer.text).not.toContain(secret);
		}
	});

	it('still serves the build after all of that', async () => {
		const answer = await fetchRaw(server.port, '/');
		expect(answer.status).toBe(200);
		expect(answer.body.toString()).toBe(indexHtml);
	});
});

// ─── Methods, HEAD, folders ───────────────────────────────────────────────────────────────────

describe('methods', () => {
	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
		it(`${method} → 405 with Allow: GET, HEAD`, async () => {
			const answer = await fetchRaw(server.port, '/index.html', { method });
			expect(answer.status).toBe(405);
			expect(answer.headers.allow).toBe('GET, HEAD');
			expect(answer.body.toString()).not.toContain('Fake atlas');
		});
	}

	it('HEAD sends the headers of GET and no body', async () => {
		const get = await fetchRaw(server.port, '/data/manifest.json');
		const head = await fetchRaw(server.port, '/data/manifest.json', { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		for (const name of ['content-type', 'content-length', 'etag', 'last-modified', 'cache-control']) expect(head.headers[name], name).toBe(get.headers[name]);
		expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(manifestJson));
	});

	it('HEAD of a missing file is a 404 without a body', async () => {
		const head = await fetchRaw(server.port, '/data/missing.json', { method: 'HEAD' });
		expect(head.status).toBe(404);
		expect(head.body.length).toBe(0);
	});
});

describe('folders', () => {
	it('serve their index.html', async () => {
		for (const path of ['/present/', '/present']) {
			const answer = await fetchRaw(server.port, path);
			expect(answer.status, path).toBe(200);
			expect(answer.headers['content-type'], path).toMatch(/^text\/html/);
			expect(answer.body.toString(), path).toBe(presentHtml);
		}
	});

	it('without one are a 404, never a listing', async () => {
		for (const path of ['/data/', '/data', '/_app/', '/_app/immutable/chunks/']) {
			const answer = await fetchRaw(server.port, path);
			expect(answer.status, path).toBe(404);
			expect(answer.body.toString(), path).not.toMatch(/manifest|basemap|app\.Bx3k9Q|version/);
		}
	});
});

// ─── Compression, validators, caching ─────────────────────────────────────────────────────────

describe('headers', () => {
	it('sends brotli, gzip or the plain file by Accept-Encoding, with Vary', async () => {
		const br = await fetchRaw(server.port, '/data/manifest.json', { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
		expect(br.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toBe(manifestJson);
		const gzip = await fetchRaw(server.port, '/data/manifest.json', { headers: { 'Accept-Encoding': 'gzip' } });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(manifestJson);
		const plain = await fetchRaw(server.port, '/data/manifest.json');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(manifestJson);
		for (const answer of [br, gzip, plain]) {
			expect(answer.headers.vary).toBe('Accept-Encoding');
			expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
			expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
		}
		expect(br.body.length).toBeLessThan(plain.body.length);
		expect(br.headers.etag).not.toBe(plain.headers.etag);
	});

	it('does not send a coding the client refuses with q=0', async () => {
		const gzip = await fetchRaw(server.port, '/data/manifest.json', { headers: { 'Accept-Encoding': 'br;q=0, gzip' } });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		const plain = await fetchRaw(server.port, '/data/manifest.json', { headers: { 'Accept-Encoding': 'br; q=0.0, gzip;q=0' } });
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(manifestJson);
	});

	it('compresses pages too: / and /index.html', async () => {
		for (const path of ['/', '/index.html']) {
			const br = await fetchRaw(server.port, path, { headers: { 'Accept-Encoding': 'br' } });
			expect(br.headers['content-encoding'], path).toBe('br');
			expect(br.headers['content-type'], path).toMatch(/^text\/html;\s?charset=utf-8$/);
			expect(brotliDecompressSync(br.body).toString(), path).toBe(indexHtml);
		}
	});

	it('sends the plain file when there is no compressed one', async () => {
		const answer = await fetchRaw(server.port, '/data/basemap.topojson', { headers: { 'Accept-Encoding': 'br, gzip' } });
		expect(answer.status).toBe(200);
		expect(answer.headers['content-encoding']).toBeUndefined();
		expect(answer.body.toString()).toBe(topojson);
	});

	it('sends ETag and Last-Modified, and 304 without a body on a matching If-None-Match', async () => {
		for (const encoding of ['br', 'gzip', 'identity']) {
			const first = await fetchRaw(server.port, '/data/manifest.json', { headers: { 'Accept-Encoding': encoding } });
			expect(first.headers.etag, encoding).toMatch(/^(W\/)?"[^"]+"$/);
			expect(first.headers['last-modified'], encoding).toBeTruthy();
			const again = await fetchRaw(server.port, '/data/manifest.json', { headers: { 'Accept-Encoding': encoding, 'If-None-Match': first.headers.etag! } });
			expect(again.status, encoding).toBe(304);
			expect(again.body.length, encoding).toBe(0);
			expect(again.headers['cache-control'], encoding).toBe('no-cache');
			expect(again.headers.vary, encoding).toBe('Accept-Encoding');
			const stale = await fetchRaw(server.port, '/data/manifest.json', { headers: { 'Accept-Encoding': encoding, 'If-None-Match': 'W/"0-0"' } });
			expect(stale.status, encoding).toBe(200);
		}
	});

	it('lets hashed files be cached for a year and has everything else revalidated', async () => {
		const hashed = await fetchRaw(server.port, '/_app/immutable/chunks/app.Bx3k9Q.js', { headers: { 'Accept-Encoding': 'br' } });
		expect(hashed.headers['cache-control']).toBe(year);
		expect(hashed.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(brotliDecompressSync(hashed.body).toString()).toBe(chunkJs);
		for (const path of ['/', '/index.html', '/present/', '/data/manifest.json', '/data/basemap.topojson', '/_app/version.json']) {
			const answer = await fetchRaw(server.port, path);
			expect(answer.status, path).toBe(200);
			expect(answer.headers['cache-control'], path).toBe('no-cache');
		}
		const missing = await fetchRaw(server.port, '/_app/immutable/chunks/gone.js');
		expect(missing.status).toBe(404);
		expect(missing.headers['cache-control']).not.toContain('immutable');
	});

	it('names the content types of the map data and forbids sniffing', async () => {
		const types: Record<string, string> = {
			'/data/basemap.topojson': 'application/json; charset=utf-8',
			'/data/places.geojson': 'application/geo+json; charset=utf-8',
			'/data/manifest.json': 'application/json; charset=utf-8'
		};
		for (const [path, type] of Object.entries(types)) {
			const answer = await fetchRaw(server.port, path);
			expect(answer.headers['content-type'], path).toBe(type);
			expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
		}
	});

	it('lets any origin read every file (the embed in a sandboxed iframe) and sends nothing that forbids framing', async () => {
		for (const path of ['/', '/present/', '/data/manifest.json', '/data/basemap.topojson', '/_app/immutable/chunks/app.Bx3k9Q.js']) {
			for (const encoding of ['br', 'identity']) {
				const answer = await fetchRaw(server.port, path, { headers: { 'Accept-Encoding': encoding, Origin: 'null' } });
				expect(answer.status, path).toBe(200);
				expect(answer.headers['access-control-allow-origin'], path).toBe('*');
				expect(answer.headers['x-frame-options'], path).toBeUndefined();
				expect(answer.headers['content-security-policy'] ?? '', path).not.toContain('frame-ancestors');
			}
		}
	});

	it('ignores Range and sends the whole file', async () => {
		for (const range of ['bytes=0-9', 'bytes=9-2', 'bytes=-5', 'bytes=99999999-']) {
			const answer = await fetchRaw(server.port, '/data/manifest.json', { headers: { Range: range } });
			expect(answer.status, range).toBe(200);
			expect(answer.body.toString(), range).toBe(manifestJson);
		}
	});
});

// ─── Files that cannot be read ────────────────────────────────────────────────────────────────

describe('a file that cannot be read', () => {
	it.skipIf(process.platform === 'win32')('is a 500, and the server stays up', async () => {
		const answer = await fetchRaw(server.port, '/data/socket.json');
		expect(answer.status).toBe(500);
		expect((await fetchRaw(server.port, '/data/manifest.json')).status).toBe(200);
	});

	it.skipIf(process.platform !== 'linux')('is closed when the client goes away mid-download', async () => {
		const large = join(build, 'data/large.bin');
		const openHere = () =>
			readdirSync(`/proc/${server.child.pid}/fd`).filter((fd) => {
				try {
					return readlinkSync(`/proc/${server.child.pid}/fd/${fd}`) === large;
				} catch {
					return false;
				}
			}).length;
		await new Promise<void>((done, fail) => {
			const req = request({ host: '127.0.0.1', port: server.port, path: '/data/large.bin', agent: false }, (res) => {
				res.once('data', () => {
					req.destroy();
					done();
				});
			});
			req.on('error', (error) => (req.destroyed ? undefined : fail(error)));
			req.end();
		});
		expect(await until(() => openHere() === 0, 10_000)).toBe(true);
		expect((await fetchRaw(server.port, '/')).status).toBe(200);
	}, 20_000);
});

// ─── A base path ──────────────────────────────────────────────────────────────────────────────

describe('under a base path', () => {
	let atlas: Served;
	beforeAll(async () => {
		atlas = await serve({ BUILD_DIR: build, BASE_PATH: '/atlas' });
	});
	afterAll(() => atlas?.stop());

	it('serves the build under it and nothing outside it', async () => {
		expect((await fetchRaw(atlas.port, '/atlas/')).body.toString()).toBe(indexHtml);
		expect((await fetchRaw(atlas.port, '/atlas/data/manifest.json')).body.toString()).toBe(manifestJson);
		for (const path of ['/', '/index.html', '/data/manifest.json', '/atlasx/', '/atlas/../build-secret/x.txt', '/atlas/..%2f..%2fbuild-secret/x.txt', '/atlas/%2e%2e/build-secret/x.txt', '/atlas/..\\build-secret\\x.txt']) {
			const answer = await fetchRaw(atlas.port, path);
			expect([400, 404], path).toContain(answer.status);
			expect(answer.body.toString(), path).not.toContain(secret);
		}
	});

	it('redirects the bare base path to its folder, keeping the query', async () => {
		const answer = await fetchRaw(atlas.port, '/atlas?view=claims');
		expect(answer.status).toBe(308);
		expect(answer.headers.location).toBe('/atlas/?view=claims');
	});
});

// ─── A build rewritten while it is served ─────────────────────────────────────────────────────

describe('a build rewritten while it is served', () => {
	it('answers 200, 404 or 500 and stays up', async () => {
		const churn = join(work, 'churn');
		const names = Array.from({ length: 8 }, (_, i) => `data/f${i}.json`);
		const versions = (i: number) => JSON.stringify({ n: i, pad: 'x'.repeat((i * 7919) % 50_000) });
		for (const name of names) writeCompressed(join(churn, name), versions(1));
		writeCompressed(join(churn, 'index.html'), indexHtml);
		writeCompressed(join(churn, 'sub/index.html'), presentHtml);
		const churned = await serve({ BUILD_DIR: churn });
		const paths = ['/', '/index.html', '/sub/', ...names.map((n) => `/${n}`)];

		let stop = false;
		// Four writers at once, each on its own files: delete and write back (the file flickers in
		// and out of existence), rewrite in place at another length (truncate, then write), replace
		// by rename, and drop and recreate a whole folder, as `npm run build` does to build/.
		const writers = Array.from({ length: 4 }, async (_, w) => {
			let i = 0;
			while (!stop) {
				i++;
				const name = names[(w + 4 * i) % names.length]!;
				const file = join(churn, name);
				const content = versions(i + w);
				switch (i % 4) {
					case 0:
						await unlink(file).catch(() => undefined);
						await writeFile(file, content);
						await writeFile(`${file}.br`, brotliCompressSync(content));
						break;
					case 1:
						await Promise.all([unlink(file), unlink(`${file}.br`), unlink(`${file}.gz`)].map((p) => p.catch(() => undefined)));
						await writeFile(file, content);
						break;
					case 2:
						await writeFile(`${file}.${w}.tmp`, content);
						await rename(`${file}.${w}.tmp`, file);
						await writeFile(`${file}.gz`, gzipSync(content));
						break;
					default:
						if (w === 0) {
							await rm(join(churn, 'sub'), { recursive: true, force: true });
							await mkdir(join(churn, 'sub'), { recursive: true });
							await writeFile(join(churn, 'sub/index.html.br'), brotliCompressSync(presentHtml));
							await writeFile(join(churn, 'sub/index.html'), presentHtml);
						} else await writeFile(file, content);
				}
			}
		});

		const statuses = new Map<number, number>();
		let aborted = 0;
		let badFraming = 0;
		const agent = new Agent({ keepAlive: true, maxSockets: 50 });
		const encodings = ['br', 'gzip', 'gzip, deflate, br', 'identity'];
		const clients = Array.from({ length: 50 }, async (_, c) => {
			let n = 0;
			while (!stop) {
				n++;
				const path = paths[(c + n) % paths.length]!;
				try {
					const answer = await fetchRaw(churned.port, path, { agent, headers: { 'Accept-Encoding': encodings[n % encodings.length]! } });
					statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
					if (answer.status === 200 && Number(answer.headers['content-length']) !== answer.body.length) badFraming++;
				} catch {
					// The file changed length while it was being sent: the response is cut off.
					aborted++;
				}
			}
		});
		// The load runs for a fixed time; the server's death ends it early.
		const died = await Promise.race([new Promise<false>((r) => setTimeout(() => r(false), 5_000)), churned.exited.then((how) => how)]);
		stop = true;
		await Promise.all([...writers, ...clients]);
		agent.destroy();

		try {
			expect(died, 'the server died under the load').toBe(false);
			const total = [...statuses.values()].reduce((a, b) => a + b, 0);
			expect(total).toBeGreaterThan(200);
			expect([...statuses.keys()].filter((s) => ![200, 404, 500].includes(s))).toEqual([]);
			expect(statuses.get(200)).toBeGreaterThan(0);
			expect(badFraming).toBe(0);
			// Cut off (no answer, or part of one): a file that changed length while it was sent. The
			// writers above do that often; still, most requests get an answer.
			expect(aborted).toBeLessThan(total);
			// And afterwards it serves the folder as it is now.
			writeFileSync(join(churn, 'after.json'), '{"after":true}');
			const after = await fetchRaw(churned.port, '/after.json');
			expect(after.status).toBe(200);
			expect(after.body.toString()).toBe('{"after":true}');
		} finally {
			await churned.stop();
		}
	}, 60_000);
});
