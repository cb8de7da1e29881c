#!/usr/bin/env node
// Serves the production build (build/, or $BUILD_DIR) on this machine, under the same base path it
// was built with ($BASE_PATH), and prints its URL. Used by `npm start`, `npm run serve` and the
// end-to-end tests. $PORT (default 4173; 0 picks a free port) and $HOST (default 127.0.0.1) say
// where it listens. What it sends, and what it refuses, is described in scripts/server.js.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.js';

const root = resolve(process.env.BUILD_DIR ?? resolve(fileURLToPath(import.meta.url), '../../build'));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No production build in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds).`);
	process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}".`);
	process.exit(1);
}

let running;
try {
	running = await startServer({ host, port, mounts: [{ prefix: `${base}/`, root }] });
} catch (error) {
	const code = /** @type {NodeJS.ErrnoException} */ (error).code;
	console.error(code === 'EADDRINUSE' ? `Port ${port} on ${host} is in use: set PORT to another one.` : `Could not listen on ${host}:${port}: ${String(error)}`);
	process.exit(1);
}
console.log(`Frontline Atlas is running at ${running.origin}${base}/`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void running.close().then(() => process.exit(0)));
