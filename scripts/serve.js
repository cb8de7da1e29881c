#!/usr/bin/env node
// Serves the production build (build/, or $BUILD_DIR) on this machine, under the same base path it
// was built with ($BASE_PATH), and prints its URL. Used by `npm start` and the end-to-end tests.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes as types } from './contentTypes.js';

const root = resolve(process.env.BUILD_DIR ?? resolve(fileURLToPath(import.meta.url), '../../build'));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');


if (!existsSync(join(root, 'index.html'))) {
	console.error(`No production build in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds).`);
	process.exit(1);
}

/** Maps a request path to a file in build/, or null when it is outside the base path or the build. */
function fileFor(urlPath) {
	let path;
	try {
		path = decodeURIComponent(urlPath.split('?')[0]);
	} catch {
		return null;
	}
	if (base) {
		if (path !== base && !path.startsWith(`${base}/`)) return null;
		path = path.slice(base.length) || '/';
	}
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
	if (!existsSync(file) && existsSync(`${file}.html`)) return `${file}.html`;
	return file;
}

const server = createServer((request, response) => {
	const file = fileFor(request.url ?? '/');
	if (!file || !existsSync(file) || !statSync(file).isFile()) {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		response.end('Not found');
		return;
	}
	const immutable = file.includes(`${join('_app', 'immutable')}`);
	response.writeHead(200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'content-length': statSync(file).size,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff'
	});
	if (request.method === 'HEAD') response.end();
	else createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
	const address = server.address();
	const shownHost = host === '0.0.0.0' ? 'localhost' : host;
	console.log(`Frontline Atlas is running at http://${shownHost}:${address.port}${base}/`);
	console.log('Press Ctrl+C to stop.');
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
