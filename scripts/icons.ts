// `npm run icons`: draws the web app manifest's icons (static/icons/) from the shapes of
// static/favicon.svg, with pngjs. Plain geometry, sampled 8×8 times per pixel, so the files are the
// same on every machine and every run; rerun it after changing the favicon and commit the PNGs.
//
// - icon-192.png, icon-512.png: the favicon as it is (rounded square, transparent corners).
// - icon-maskable-512.png: for launchers that cut icons to their own shape: the square fills the
//   image and the mark is shrunk into the central safe zone (a circle of 40% of the size).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const svg = readFileSync(join(root, 'static/favicon.svg'), 'utf8');

/** The favicon's parts, read from the SVG so that the icons follow it: its colours, corner radius, line and stroke width. */
function favicon() {
	const attr = (element: string, name: string) => {
		const match = new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]+)"`).exec(svg);
		if (!match) throw new Error(`static/favicon.svg: no ${name} on <${element}>; scripts/icons.ts reads a rect and a path`);
		return match[1]!;
	};
	const points = [...attr('path', 'd').matchAll(/[ML]\s*([\d.]+)\s+([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
	return {
		size: Number(attr('rect', 'width')),
		radius: Number(attr('rect', 'rx')),
		background: attr('rect', 'fill'),
		line: points,
		stroke: attr('path', 'stroke'),
		halfWidth: Number(attr('path', 'stroke-width')) / 2
	};
}

function rgb(hex: string): [number, number, number] {
	return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Distance from (x, y) to the segment a–b. */
function toSegment(x: number, y: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
	const dx = bx - ax;
	const dy = by - ay;
	const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Inside a square of side `size` with corners rounded by `radius`. */
function inRoundedSquare(x: number, y: number, size: number, radius: number): boolean {
	if (x < 0 || y < 0 || x > size || y > size) return false;
	const cx = Math.max(radius, Math.min(size - radius, x));
	const cy = Math.max(radius, Math.min(size - radius, y));
	return Math.hypot(x - cx, y - cy) <= radius;
}

function draw(pixels: number, maskable: boolean): Buffer {
	const icon = favicon();
	const samples = 8;
	// The mark around its own centre, shrunk for the maskable icon's safe zone.
	const xs = icon.line.map(([x]) => x);
	const ys = icon.line.map(([, y]) => y);
	const centre = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] as const;
	const shrink = maskable ? 0.7 : 1;
	const line = icon.line.map(([x, y]) => [icon.size / 2 + (x - centre[0]) * shrink, icon.size / 2 + (y - centre[1]) * shrink] as const);
	const mark = maskable ? line : icon.line;
	const half = icon.halfWidth * shrink;
	const background = rgb(icon.background);
	const stroke = rgb(icon.stroke);
	const png = new PNG({ width: pixels, height: pixels });
	for (let py = 0; py < pixels; py++) {
		for (let px = 0; px < pixels; px++) {
			let inSquare = 0;
			let onLine = 0;
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const x = ((px + (sx + 0.5) / samples) / pixels) * icon.size;
					const y = ((py + (sy + 0.5) / samples) / pixels) * icon.size;
					if (!maskable && !inRoundedSquare(x, y, icon.size, icon.radius)) continue;
					inSquare++;
					if (mark.some((point, i) => i > 0 && toSegment(x, y, mark[i - 1]!, point) <= half)) onLine++;
				}
			}
			const total = samples * samples;
			const lineShare = inSquare ? onLine / inSquare : 0;
			const at = (py * pixels + px) * 4;
			for (let c = 0; c < 3; c++) png.data[at + c] = Math.round(background[c]! * (1 - lineShare) + stroke[c]! * lineShare);
			png.data[at + 3] = Math.round((255 * inSquare) / total);
		}
	}
	return PNG.sync.write(png, { colorType: 6 });
}

const out = join(root, 'static/icons');
mkdirSync(out, { recursive: true });
for (const [name, pixels, maskable] of [
	['icon-192.png', 192, false],
	['icon-512.png', 512, false],
	['icon-maskable-512.png', 512, true]
] as const) {
	const file = join(out, name);
	writeFileSync(file, draw(pixels, maskable));
	console.log(`wrote ${file.slice(root.length + 1)} (${pixels}×${pixels}${maskable ? ', maskable' : ''})`);
}
