#!/usr/bin/env node
// Post-build step of `npm run build`: writes `file.br` and `file.gz` beside every text file in the
// build (build/, or $BUILD_DIR) that has none yet. SvelteKit's own `precompress` (svelte.config.js)
// already covers HTML, JS, CSS, JSON and SVG; it leaves out the map data (.geojson, .topojson),
// which is most of the bytes. Same settings as SvelteKit: brotli at its best quality in text mode,
// gzip at level 9. scripts/server.js sends these files to clients that accept them.
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.topojson', '.svg', '.txt', '.csv', '.xml', '.webmanifest']);

const root = resolve(process.env.BUILD_DIR ?? resolve(fileURLToPath(import.meta.url), '../../build'));
if (!existsSync(join(root, 'index.html'))) {
	console.error(`No production build in ${root}: nothing to compress.`);
	process.exit(1);
}

/** @param {string} file @param {'br' | 'gz'} format */
async function compress(file, format) {
	const size = statSync(file).size;
	const encoder =
		format === 'br'
			? createBrotliCompress({ params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size } })
			: createGzip({ level: constants.Z_BEST_COMPRESSION });
	await pipeline(createReadStream(file), encoder, createWriteStream(`${file}.${format}`));
}

const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
	.map((name) => join(root, name))
	.filter((file) => compressible.has(extname(file)) && statSync(file).isFile());
const missing = files.map((file) => ({ file, formats: /** @type {const} */ (['br', 'gz']).filter((format) => !existsSync(`${file}.${format}`)) })).filter((m) => m.formats.length);
await Promise.all(missing.flatMap(({ file, formats }) => formats.map((format) => compress(file, format))));
console.log(`Compressed ${missing.length} more file${missing.length === 1 ? '' : 's'} (.br and .gz beside each) in ${root}.`);
