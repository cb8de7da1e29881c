import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { imageFileName, slug } from './fileName';
import { baseTextSize, keyClearance, layoutImage, wrapText, type Measure } from './layout';
import { crc32, readTextChunks, textChunk, withTextChunks } from './pngText';
import { metresPerPixel, scaleBar } from './scaleBar';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
	it('gives the standard check value and the CRC of an empty IEND chunk', () => {
		expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
		expect(crc32(bytes('IEND'))).toBe(0xae426082);
		expect(crc32(new Uint8Array())).toBe(0);
	});
});

describe('PNG text chunks', () => {
	const png = () => {
		const image = new PNG({ width: 3, height: 2 });
		image.data.fill(200);
		return new Uint8Array(PNG.sync.write(image));
	};

	it('are written after IHDR, read back, and leave a PNG that a decoder accepts with its CRCs checked', () => {
		const out = withTextChunks(png(), [
			['Title', 'Frontline Atlas: Donetsk Oblast'],
			['Source', 'DeepStateMap · Natural Earth’s borders – “public domain”']
		]);
		expect(readTextChunks(out)).toEqual({ Title: 'Frontline Atlas: Donetsk Oblast', Source: 'DeepStateMap · Natural Earth\'s borders - "public domain"' });
		const decoded = PNG.sync.read(Buffer.from(out), { checkCRC: true } as never);
		expect([decoded.width, decoded.height]).toEqual([3, 2]);
		expect(String.fromCharCode(...out.subarray(37, 41))).toBe('tEXt');
	});

	it('write characters beyond Latin-1 as a question mark and refuse a bad keyword', () => {
		expect(readTextChunks(withTextChunks(png(), [['Title', 'Київ']]))).toEqual({ Title: '????' });
		expect(() => textChunk('', 'x')).toThrow(/keyword/);
		expect(() => textChunk('Ti\u0000tle', 'x')).toThrow(/keyword/);
	});

	it('are refused when their CRC does not match, and a file that is not a PNG is refused', () => {
		const out = withTextChunks(png(), [['Title', 'A map']]);
		out[43] = out[43]! ^ 1;
		expect(() => readTextChunks(out)).toThrow(/CRC/);
		expect(() => readTextChunks(bytes('GIF89a not a png at all, longer than thirty-three bytes'))).toThrow(/Not a PNG/);
	});
});

describe('imageFileName', () => {
	it('says what and when', () => {
		expect(imageFileName('Donetsk', '2025-03-13', 1920, 1080)).toBe('frontline-atlas_donetsk_2025-03-13_1920x1080.png');
		expect(imageFileName('Donetsk Oblast', '2025-03-13', 3840, 2160)).toBe('frontline-atlas_donetsk-oblast_2025-03-13_3840x2160.png');
	});
	it('makes any name a safe slug', () => {
		expect(slug('Chișinău')).toBe('chisinau');
		expect(slug('Zaporizhzhia’s “front”')).toBe('zaporizhzhias-front');
		expect(slug('Київ')).toBe('map');
		expect(slug('../../etc/passwd')).toBe('etc-passwd');
	});
});

describe('scale bar', () => {
	it('measures Mercator metres per pixel at the latitude', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
		expect(metresPerPixel(60, 1)).toBeCloseTo(78271.517 / 4, 1);
	});
	it('picks the longest 1-2-5 length that fits', () => {
		expect(scaleBar(1000, 150)).toEqual({ metres: 100000, pixels: 100, label: '100 km' });
		expect(scaleBar(1000, 199)).toMatchObject({ metres: 100000, label: '100 km' });
		expect(scaleBar(1000, 200)).toMatchObject({ metres: 200000, label: '200 km' });
		expect(scaleBar(1000, 600)).toMatchObject({ metres: 500000, pixels: 500 });
		expect(scaleBar(3, 120)).toMatchObject({ metres: 200, label: '200 m' });
		expect(scaleBar(10, 250)).toMatchObject({ metres: 2000, label: '2 km' });
		expect(() => scaleBar(0, 100)).toThrow();
	});
});

describe('layout of an exported image', () => {
	// A fixed-width font: each character half the text size wide.
	const measure: Measure = (text, style) => text.length * style.size * 0.5;
	const input = (width: number, height: number, rows = 6) => ({
		width,
		height,
		title: 'Donetsk Oblast',
		asOf: 'As DeepStateMap assessed it on 13 March 2025',
		legendHeading: 'On the map, 13 March 2025',
		legend: Array.from({ length: rows }, (_, i) => ({ swatch: `s${i}`, label: `Entry number ${i}` })),
		credits: 'Map data: Natural Earth (public domain), GeoNames (CC BY 4.0). Front, contested ground and Kursk: DeepStateMap (DEEPSTATEUATECH LLC). Drawn with MapLibre.',
		measure
	});

	it('sizes text by the room-scale rule: at least about 2.4% of the height at every size', () => {
		for (const [w, h] of [
			[1200, 675],
			[1920, 1080],
			[3840, 2160]
		] as const) {
			const layout = layoutImage(input(w, h));
			expect(layout.unit / h).toBeGreaterThanOrEqual(0.024);
			expect(Math.min(...layout.credits.map((c) => c.size)) / h).toBeGreaterThanOrEqual(0.02);
		}
		expect(baseTextSize(3840, 2160)).toBe(52);
	});

	it('keeps every text inside the image, the key inside the map area, and the credits inside the foot band', () => {
		for (const [w, h] of [
			[1200, 675],
			[3840, 2160],
			[800, 1000]
		] as const) {
			const layout = layoutImage(input(w, h));
			const texts = [layout.title, layout.asOf, ...layout.credits, ...(layout.legend?.rows.map((r) => r.label) ?? [])];
			for (const t of texts) {
				expect(t.x + measure(t.text, t) <= w).toBe(true);
				expect(t.y <= h).toBe(true);
			}
			const card = layout.legend!.card;
			expect(card.y).toBeGreaterThanOrEqual(layout.mapArea.y);
			expect(card.y + card.height).toBeLessThanOrEqual(layout.mapArea.y + layout.mapArea.height);
			for (const c of layout.credits) expect(c.y).toBeGreaterThan(layout.footBand.y);
			expect(layout.scaleBar.x + layout.scaleBar.maxLength).toBeLessThanOrEqual(w);
		}
	});

	it('leaves out key rows that do not fit and says how many', () => {
		const layout = layoutImage(input(1200, 675, 40));
		expect(layout.legend!.rows.length).toBeLessThan(40);
		expect(layout.legend!.left).toBe(40 - layout.legend!.rows.length);
		expect(layoutImage(input(1200, 675, 0)).legend).toBeNull();
	});

	it('gives a row its short label when the full one would make the key wider than 45% of the image', () => {
		const wide = { ...input(1200, 675, 1), legend: [{ swatch: 'claim', label: 'x'.repeat(80), short: 'Claim' }] };
		expect(layoutImage(wide).legend!.rows[0]!.label.text).toBe('Claim');
		expect(layoutImage(wide).legend!.card.width).toBeLessThanOrEqual(1200 * 0.45);
		expect(layoutImage(input(1200, 675, 1)).legend!.rows[0]!.label.text).toBe('Entry number 0');
	});

	it('keeps the map’s extent clear of the key card (at most half the width), and only of its edge padding without a key', () => {
		for (const [w, h] of [[1200, 675], [1920, 1080]] as const) {
			const layout = layoutImage(input(w, h, 8));
			const card = layout.legend!.card;
			expect(keyClearance(layout)).toBeGreaterThan(card.x + card.width);
			expect(keyClearance(layout)).toBeLessThan(w / 2);
		}
		// A narrow portrait image: the map keeps half the width, the key covers its left edge.
		expect(keyClearance(layoutImage(input(390, 844, 8)))).toBe(195);
		const bare = layoutImage(input(1200, 675, 0));
		expect(keyClearance(bare)).toBe(bare.unit);
	});

	it('wraps text at word boundaries', () => {
		expect(wrapText('aaa bbb ccc', 35, { size: 10, weight: 400 }, measure)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapText('', 35, { size: 10, weight: 400 }, measure)).toEqual([]);
	});
});
