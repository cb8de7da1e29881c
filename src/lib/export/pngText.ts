/**
 * PNG text chunks (tEXt), so that an exported image carries its title, date and credits inside
 * the file: a reader's image viewer or `exiftool` shows them, and they travel with the image.
 * Pure, on bytes; no library (nothing to phone home, nothing to audit).
 */

const signature = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, the polynomial PNG uses), over the chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			table[n] = c >>> 0;
		}
	}
	let crc = 0xffffffff;
	for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

// tEXt is Latin-1 only: the typographic marks the app writes become their plain forms, anything
// else beyond Latin-1 a question mark, so the chunk stays valid.
const plain: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '→': '->', '−': '-', '…': '...', '\u202f': ' ', '\u2009': ' ' };

/** The text as Latin-1 bytes, with the marks above made plain. */
export function latin1(text: string): Uint8Array {
	const out: number[] = [];
	for (const char of text) {
		const mapped = plain[char] ?? char;
		for (const c of mapped) {
			const code = c.codePointAt(0)!;
			out.push(code <= 0xff ? code : 0x3f);
		}
	}
	return Uint8Array.from(out);
}

/** One tEXt chunk: a keyword of 1–79 Latin-1 characters, a NUL, the text. */
export function textChunk(keyword: string, text: string): Uint8Array {
	if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`Not a PNG text keyword: ${keyword}`);
	const data = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
	const chunk = new Uint8Array(12 + data.length);
	const view = new DataView(chunk.buffer);
	view.setUint32(0, data.length);
	chunk.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
	chunk.set(data, 8);
	view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
	return chunk;
}

function checkSignature(png: Uint8Array): void {
	if (png.length < 33 || signature.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file');
}

/** The PNG with a tEXt chunk for each entry, placed right after IHDR (before the image data). */
export function withTextChunks(png: Uint8Array, entries: readonly (readonly [string, string])[]): Uint8Array {
	checkSignature(png);
	const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
	const chunks = entries.map(([keyword, text]) => textChunk(keyword, text));
	const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
	out.set(png.subarray(0, ihdrEnd));
	let at = ihdrEnd;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	out.set(png.subarray(ihdrEnd), at);
	return out;
}

/** The tEXt chunks of a PNG, keyword → text; a chunk whose CRC does not match is refused. */
export function readTextChunks(png: Uint8Array): Record<string, string> {
	checkSignature(png);
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const found: Record<string, string> = {};
	let at = 8;
	while (at + 12 <= png.length) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		if (at + 12 + length > png.length) throw new Error('A PNG chunk runs past the end of the file');
		if (type === 'tEXt') {
			if (view.getUint32(at + 8 + length) !== crc32(png.subarray(at + 4, at + 8 + length))) throw new Error('A PNG text chunk has a wrong CRC');
			const data = png.subarray(at + 8, at + 8 + length);
			const nul = data.indexOf(0);
			found[String.fromCharCode(...data.subarray(0, nul))] = String.fromCharCode(...data.subarray(nul + 1));
		}
		if (type === 'IEND') break;
		at += 12 + length;
	}
	return found;
}
