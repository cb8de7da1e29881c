// A small static server for the benchmark: the app's build/ at `/` and the bare MapLibre page at
// `/bare/`, both reading the same /data/ files. It records every request it answers so that the
// benchmark can count the bytes a page load transferred, workers and fonts included.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentTypes as types } from '../contentTypes.js';


/** One answered request: the URL path, the status, and the body that was sent. */
export interface ServedRequest {
	path: string;
	status: number;
	contentType: string;
	body: Buffer;
}

export interface BenchServer {
	/** http://127.0.0.1:PORT, without a trailing slash. */
	origin: string;
	/** Requests answered since the last `clearLog()`. */
	log: ServedRequest[];
	clearLog(): void;
	close(): Promise<void>;
}

/** The file under `root` for a URL path, or null when the path leaves `root`. */
function fileIn(root: string, urlPath: string): string | null {
	const file = normalize(join(root, urlPath));
	return file === root || file.startsWith(root + sep) ? file : null;
}

async function findFile(mounts: [string, string][], rawPath: string): Promise<string | null> {
	let path: string;
	try {
		path = decodeURIComponent(rawPath.split('?')[0] ?? '/');
	} catch {
		return null;
	}
	// The longest prefix wins: /bare/... goes to the bare build, everything else to build/.
	const mount = mounts.filter(([prefix]) => path === prefix.slice(0, -1) || path.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length)[0];
	if (!mount) return null;
	const [prefix, root] = mount;
	const file = fileIn(root, `/${path.slice(prefix.length)}`);
	if (!file) return null;
	for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
		const info = await stat(candidate).catch(() => null);
		if (info?.isFile()) return candidate;
	}
	return null;
}

/**
 * Starts the server on 127.0.0.1 on a free port. `mounts` maps URL prefixes ending in `/` to
 * folders, e.g. `{ '/': 'build', '/bare/': '/tmp/x/bare' }`.
 */
export async function startServer(mounts: Record<string, string>): Promise<BenchServer> {
	const mountList = Object.entries(mounts).map(([prefix, root]): [string, string] => [prefix, normalize(root)]);
	const log: ServedRequest[] = [];
	const server: Server = createServer((request, response) => {
		const path = (request.url ?? '/').split('?')[0] ?? '/';
		findFile(mountList, request.url ?? '/')
			.then(async (file) => {
				if (!file) {
					const body = Buffer.from('Not found');
					log.push({ path, status: 404, contentType: 'text/plain', body });
					response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length });
					response.end(body);
					return;
				}
				const body = await readFile(file);
				const contentType = types[extname(file)] ?? 'application/octet-stream';
				const immutable = file.includes(join('_app', 'immutable')) || file.includes(`${sep}assets${sep}`);
				response.writeHead(200, {
					'content-type': contentType,
					'content-length': body.length,
					'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
					'x-content-type-options': 'nosniff'
				});
				if (request.method === 'HEAD') {
					response.end();
					return;
				}
				log.push({ path, status: 200, contentType, body });
				response.end(body);
			})
			.catch((error: unknown) => {
				if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
				response.end(String(error));
			});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		log,
		clearLog: () => void log.splice(0),
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
