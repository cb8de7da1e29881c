// The one static file server for the production build, on sirv. Used by scripts/serve.js (`npm start`,
// `npm run serve`, the end-to-end tests) and by the benchmark (which mounts a second folder and
// records what it sends). What it does, beyond sirv:
//
// - answers GET and HEAD only (anything else: 405 with `Allow: GET, HEAD`);
// - refuses paths that try to leave the folder or hide a separator: `..` or `.` segments, encoded
//   slashes or backslashes, backslashes, NUL (400); hidden files (404). sirv itself only serves
//   files under the folder (it checks the resolved path against the folder plus a separator);
// - serves each folder under a URL prefix (the base path), redirecting the bare prefix to `prefix/`;
// - picks `file.br` or `file.gz` by Accept-Encoding when they exist (`npm run build` writes them),
//   leaving out codings refused with `q=0`;
// - sends ETag and Last-Modified (a matching If-None-Match gets 304) and Cache-Control: a year and
//   `immutable` for content-hashed files (`_app/immutable/`), `no-cache` (revalidate) for the rest;
// - looks every request up on disk (sirv's `dev` mode), so a rebuilt build/ is served at once, and
//   survives files that change or vanish between that look-up and the read: 404 or 500 while nothing
//   was sent yet, an aborted response when the file changed size mid-send, never a crash;
// - ignores Range headers (whole files only, as before);
// - lets any origin read what it serves (`Access-Control-Allow-Origin: *`): the embed page in a
//   sandboxed iframe (`sandbox="allow-scripts"`) runs in an opaque origin, so its own scripts, data
//   and fonts are cross-origin requests there. Everything served is public, and no cookies exist.
import { createServer } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';
import { contentTypes } from './contentTypes.js';

/**
 * @typedef {object} Mount
 * @property {string} prefix URL prefix ending in `/`: `/`, `/atlas/`, `/bare/`.
 * @property {string} root The folder served under it.
 * @property {string[]} [immutable] Paths under the prefix (starting with `/`) whose files are
 *   content-hashed and may be cached for a year; default `['/_app/immutable/']`.
 */

/**
 * One answered request (see `record`): the URL path as requested, the status, and the body sent.
 * @typedef {object} ServedRequest
 * @property {string} path
 * @property {number} status
 * @property {string} contentType
 * @property {Buffer} body
 */

/**
 * @typedef {object} ServerOptions
 * @property {Mount[]} mounts The longest matching prefix wins.
 * @property {boolean} [compress] Send precompressed `.br`/`.gz` files; default true.
 * @property {(request: ServedRequest) => void} [record] Called with every answered GET, body included
 *   (the benchmark counts bytes with it).
 */

const immutableCache = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';
const allowed = 'GET, HEAD';

/**
 * Answers with a short text body. Clears what was set for a file first.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
function reply(res, status, text, headers = {}) {
	delete (/** @type {Partial<import('node:http').ServerResponse>} */ (res).writeHead); // back to the real one (see `deferHead`)
	for (const name of res.getHeaderNames()) res.removeHeader(name);
	const body = Buffer.from(text);
	res.statusCode = status;
	for (const [name, value] of Object.entries({ 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers })) res.setHeader(name, value);
	res.end(body);
}

/**
 * sirv calls `res.writeHead(status, headers)` before it opens the file. That would fix the status
 * at 200 even when the open then fails. Turn that one call into `statusCode` and `setHeader`, which
 * stay changeable until the first byte goes out (Node writes the head then, with the real writeHead).
 * @param {import('node:http').ServerResponse} res
 */
function deferHead(res) {
	/** @type {(status: number, headers?: Record<string, string | number>) => import('node:http').ServerResponse} */
	const deferred = (status, headers = {}) => {
		delete (/** @type {Partial<import('node:http').ServerResponse>} */ (res).writeHead);
		res.statusCode = status;
		for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		if (!res.getHeader('content-type') && status === 200) res.setHeader('Content-Type', 'application/octet-stream');
		return res;
	};
	/** @type {{ writeHead: unknown }} */ (res).writeHead = deferred;
}

/**
 * Watches the file stream sirv pipes into `res`: a failed open becomes 404/500, a file that is
 * shorter or longer than the Content-Length already promised aborts the response (the client sees
 * a truncated response, not a wrongly framed one), and a client that goes away closes the file.
 * @param {import('node:http').ServerResponse} res
 */
function guardStream(res) {
	res.once('pipe', (source) => {
		const expected = Number(res.getHeader('content-length'));
		let sent = 0;
		const abort = () => {
			source.destroy();
			res.destroy();
		};
		source.prependListener('data', (/** @type {Buffer} */ chunk) => {
			sent += chunk.length;
			if (sent > expected) abort(); // before the pipe writes this chunk
		});
		source.prependOnceListener('end', () => {
			if (sent === expected) return;
			// Shorter than measured: a 500 if nothing went out yet (the file was emptied), else cut off.
			if (res.headersSent) abort();
			else reply(res, 500, 'The file changed while it was read');
		});
		source.once('error', (/** @type {NodeJS.ErrnoException} */ error) => fail(res, error));
		res.once('close', () => source.destroy());
	});
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {unknown} error
 */
function fail(res, error) {
	if (res.headersSent) {
		res.destroy();
		return;
	}
	const code = /** @type {NodeJS.ErrnoException} */ (error)?.code;
	// The file went away (or became a folder) between sirv's look-up and the read.
	if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') reply(res, 404, 'Not found');
	else reply(res, 500, 'Internal server error');
}

/**
 * Why a request path is refused, or null. `raw` is the path as sent, before any decoding.
 * @param {string} raw
 * @returns {400 | 404 | null}
 */
function refusal(raw) {
	if (!raw.startsWith('/') || raw.includes('\\') || /%(2f|5c|00)/i.test(raw)) return 400;
	let path;
	try {
		path = decodeURIComponent(raw);
	} catch {
		return 400;
	}
	const segments = path.split('/');
	if (path.includes('\0') || segments.some((s) => s === '..' || s === '.')) return 400;
	if (segments.some((s) => s.startsWith('.'))) return 404;
	return null;
}

/**
 * The codings a client accepts, without those it refuses with `q=0` (sirv only looks for the names).
 * @param {string | undefined} header
 */
function acceptedEncodings(header = '') {
	return header
		.split(',')
		.map((part) => part.split(';').map((s) => s.trim()))
		.filter(([name, ...params]) => name && !params.some((p) => /^q=0(\.0{0,3})?$/i.test(p)))
		.map(([name]) => name)
		.join(', ');
}

/**
 * A request handler serving `mounts`.
 * @param {ServerOptions} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createHandler({ mounts, compress = true, record }) {
	const served = [...mounts]
		.sort((a, b) => b.prefix.length - a.prefix.length)
		.map((mount) => ({
			...mount,
			immutable: mount.immutable ?? ['/_app/immutable/'],
			// dev: look each request up on disk rather than in a list made at start (see the top).
			sirv: sirv(mount.root, {
				dev: true,
				etag: true,
				gzip: compress,
				brotli: compress,
				setHeaders(res, pathname) {
					const type = contentTypes[extname(pathname)];
					if (type) res.setHeader('Content-Type', type);
				}
			})
		}));

	return (req, res) => {
		if (record && req.method === 'GET') recordInto(record, req, res);
		if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'Method not allowed', { Allow: allowed });

		const url = req.url ?? '/';
		const queryAt = url.search(/[?#]/);
		const raw = queryAt === -1 ? url : url.slice(0, queryAt);
		const query = queryAt === -1 ? '' : url.slice(queryAt);
		const refused = refusal(raw);
		if (refused) return reply(res, refused, refused === 400 ? 'Bad request' : 'Not found');

		const mount = served.find((m) => raw.startsWith(m.prefix) || raw === m.prefix.slice(0, -1));
		if (!mount) return reply(res, 404, 'Not found');
		if (raw === mount.prefix.slice(0, -1)) return reply(res, 308, 'Moved', { Location: mount.prefix + query });
		const path = raw.slice(mount.prefix.length - 1);

		req.url = path + query;
		delete req.headers.range;
		if (compress) req.headers['accept-encoding'] = acceptedEncodings(req.headers['accept-encoding']);
		res.setHeader('Cache-Control', mount.immutable.some((p) => path.startsWith(p)) ? immutableCache : revalidate);
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Access-Control-Allow-Origin', '*');
		if (compress) res.setHeader('Vary', 'Accept-Encoding');
		deferHead(res);
		guardStream(res);
		try {
			mount.sirv(req, res, () => reply(res, 404, 'Not found'));
		} catch (error) {
			// sirv's look-up found the file, then could not stat it: it is gone.
			fail(res, error);
		}
	};
}

/**
 * Collects what a GET answer sends, for `record`.
 * @param {(request: ServedRequest) => void} record
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function recordInto(record, req, res) {
	const path = (req.url ?? '/').split('?')[0] ?? '/';
	/** @type {Buffer[]} */
	const chunks = [];
	res.on('pipe', (source) => source.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk)));
	const end = res.end.bind(res);
	/** @type {(chunk?: unknown, ...rest: unknown[]) => import('node:http').ServerResponse} */
	const recordingEnd = (chunk, ...rest) => {
		if (Buffer.isBuffer(chunk) || typeof chunk === 'string') chunks.push(Buffer.from(chunk));
		return /** @type {(...args: unknown[]) => import('node:http').ServerResponse} */ (end)(chunk, ...rest);
	};
	/** @type {{ end: unknown }} */ (res).end = recordingEnd;
	res.once('finish', () => record({ path, status: res.statusCode, contentType: String(res.getHeader('content-type') ?? ''), body: Buffer.concat(chunks) }));
}

/**
 * @typedef {object} RunningServer
 * @property {import('node:http').Server} server
 * @property {string} origin `http://HOST:PORT`, without a trailing slash.
 * @property {number} port
 * @property {() => Promise<void>} close Closes the server and every open connection.
 */

/**
 * Starts serving `options.mounts` on `host`:`port` (port 0: a free one).
 * @param {ServerOptions & { host?: string, port?: number }} options
 * @returns {Promise<RunningServer>}
 */
export async function startServer({ host = '127.0.0.1', port = 0, ...options }) {
	const server = createServer(createHandler(options));
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
	return {
		server,
		origin: `http://${shownHost}:${address.port}`,
		port: address.port,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
