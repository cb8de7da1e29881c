import { parseMapRef } from '$lib/refs/mapRef';
import { blockText, type Article, type Block, type BlockKind, type RefKind, type Segment } from './types';

// Syntax reference: the `note:` lines in the header of putin-says-yes-to-the-truce.md.

const markers: Record<string, BlockKind> = { '#': 'title', '^': 'kicker', '##': 'heading', '>': 'quote' };
const blockLine = /^(?:(#|##|\^|>) )?\{#([a-z0-9]+(?:-[a-z0-9]+)*)\} (.+)$/;
const headerLine = /^([a-z]+): (.+)$/;

function fail(line: number, message: string): never {
	throw new Error(`article line ${line}: ${message}`);
}

function parseInline(text: string, line: number): Segment[] {
	const segments: Segment[] = [];
	let plain = '';
	let i = 0;
	while (i < text.length) {
		const c = text.charAt(i);
		if (c === ']' || c === '{' || c === '}') fail(line, `stray "${c}" at column ${i + 1}`);
		if (c !== '[') {
			plain += c;
			i++;
			continue;
		}
		const close = text.indexOf(']', i + 1);
		const nested = text.indexOf('[', i + 1);
		if (close < 0 || (nested >= 0 && nested < close)) fail(line, `unclosed bracket at column ${i + 1}`);
		const words = text.slice(i + 1, close);
		if (words === '') fail(line, `empty annotation at column ${i + 1}`);
		if (text[close + 1] !== '{') fail(line, `"[${words}]" needs {kind:id} right after it`);
		const end = text.indexOf('}', close + 2);
		if (end < 0) fail(line, `unclosed brace after "[${words}]"`);
		const [kind, id] = splitRef(text.slice(close + 2, end), line);
		if (plain) segments.push({ text: plain });
		plain = '';
		segments.push({ text: words, ref: { kind, id } });
		i = end + 1;
	}
	if (plain) segments.push({ text: plain });
	return segments;
}

function splitRef(body: string, line: number): [RefKind, string] {
	const parsed = parseMapRef(body);
	if (!parsed.ok) {
		const colon = body.indexOf(':');
		if (parsed.reason === 'bad-id') fail(line, `bad ref id "${body.slice(colon + 1)}" in {${body}}`);
		fail(line, `unknown ref kind "${colon < 0 ? body : body.slice(0, colon)}" in {${body}}`);
	}
	// The article's mentions are its own places (places.json), not the gazetteer's villages.
	if (parsed.ref.kind === 'settlement') fail(line, `a settlement cannot be mentioned in {${body}}: add the place to geodata/sources/places.json`);
	return [parsed.ref.kind, parsed.ref.id];
}

/** Parses the article markup; throws an Error naming the line of the first syntax problem. */
export function parseArticle(text: string): Article {
	const lines = text.split(/\r?\n/);
	const header = new Map<string, string>();
	let n = 0;
	for (; n < lines.length && lines[n] !== '---'; n++) {
		const m = headerLine.exec(lines[n] ?? '');
		if (!m) fail(n + 1, 'header lines are "key: value", ended by a "---" line');
		const [, key = '', value = ''] = m;
		if (key !== 'note' && header.has(key)) fail(n + 1, `duplicate header key "${key}"`);
		header.set(key, value);
	}
	if (n === lines.length) fail(n, 'missing "---" after the header');
	const need = (key: string) => header.get(key) ?? fail(n + 1, `header lacks "${key}"`);
	const title = need('title');
	const source = need('source');
	const date = need('date');
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(n + 1, `date "${date}" is not YYYY-MM-DD`);

	const blocks: Block[] = [];
	const seen = new Set<string>();
	for (let i = n + 1; i < lines.length; i++) {
		const raw = lines[i] ?? '';
		if (raw === '') continue;
		const m = blockLine.exec(raw);
		if (!m) fail(i + 1, 'expected a block: "[marker ]{#id} text"');
		const [, marker, id = '', body = ''] = m;
		if (seen.has(id)) fail(i + 1, `duplicate block id "${id}"`);
		seen.add(id);
		blocks.push({ id, kind: marker ? (markers[marker] as BlockKind) : 'paragraph', segments: parseInline(body, i + 1) });
	}
	const kickerBlock = blocks.find((b) => b.kind === 'kicker');
	return { title, kicker: kickerBlock ? blockText(kickerBlock).trim() : null, date, source, blocks };
}
