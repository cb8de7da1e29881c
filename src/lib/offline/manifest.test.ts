import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const staticDir = resolve(fileURLToPath(import.meta.url), '../../../../static');
const manifest = JSON.parse(readFileSync(join(staticDir, 'manifest.webmanifest'), 'utf8')) as {
	start_url: string;
	scope: string;
	display: string;
	display_override?: string[];
	icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
	shortcuts?: Array<{ url: string }>;
};

describe('static/manifest.webmanifest', () => {
	it('keeps every address relative, so a build under BASE_PATH installs and starts under it', () => {
		const urls = [manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src), ...(manifest.shortcuts ?? []).map((s) => s.url)];
		for (const url of urls) expect(url, url).not.toMatch(/^\/|^[a-z]+:/i);
	});

	it('starts full-screen where the browser can, standalone otherwise', () => {
		expect(manifest.display_override?.[0]).toBe('fullscreen');
		expect(['standalone', 'fullscreen']).toContain(manifest.display);
	});

	it('has PNG icons of 192 and 512 pixels and a maskable one, each the size it says', () => {
		const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
		expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(pngs.some((icon) => icon.purpose.split(' ').includes('maskable'))).toBe(true);
		for (const icon of pngs) {
			const file = join(staticDir, icon.src);
			expect(existsSync(file), icon.src).toBe(true);
			const png = PNG.sync.read(readFileSync(file));
			expect(`${png.width}x${png.height}`).toBe(icon.sizes);
		}
	});

	it('fills the maskable icon to its corners (a launcher cuts it to its own shape)', () => {
		const icon = manifest.icons.find((i) => i.purpose.includes('maskable'))!;
		const png = PNG.sync.read(readFileSync(join(staticDir, icon.src)));
		for (const [x, y] of [[0, 0], [png.width - 1, 0], [0, png.height - 1], [png.width - 1, png.height - 1]]) expect(png.data[(y! * png.width + x!) * 4 + 3]).toBe(255);
	});
});
