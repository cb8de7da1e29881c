import { describe, expect, it } from 'vitest';
import { hatchImage, hatchImageId, parseHatchImageId } from './hatch';

describe('hatch patterns', () => {
	it('round-trips its spec through the image id', () => {
		const spec = { line: '#c8553d', background: '#f2c2b5', size: 8 };
		expect(parseHatchImageId(hatchImageId(spec))).toEqual(spec);
		expect(parseHatchImageId('some-other-image')).toBeNull();
	});

	it('draws an opaque tile of the two colours, mostly background', () => {
		const { width, height, data } = hatchImage({ line: '#000000', background: '#ffffff', size: 8 });
		expect([width, height]).toEqual([8, 8]);
		let line = 0;
		for (let i = 0; i < data.length; i += 4) {
			expect(data[i + 3]).toBe(255);
			if (data[i] === 0) line++;
		}
		expect(line).toBe(16);
	});

	it('tiles seamlessly: the line leaving one edge enters at the opposite one', () => {
		const { width, data } = hatchImage({ line: '#000000', background: '#ffffff', size: 8 });
		const dark = (x: number, y: number) => data[(y * width + x) * 4] === 0;
		// One step right and one up, wrapping at the edges, stays on the same side of the line.
		for (let y = 0; y < width; y++) {
			for (let x = 0; x < width; x++) expect(dark((x + 1) % width, (y + width - 1) % width)).toBe(dark(x, y));
		}
		expect(dark(0, 0)).toBe(true);
		expect(dark(7, 1)).toBe(true);
	});

	it('draws more pixels on a high-density screen', () => {
		expect(hatchImage({ line: '#000000', background: '#ffffff', size: 8 }, 2).width).toBe(16);
	});
});
