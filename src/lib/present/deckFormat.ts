// A deck file (content/decks/<id>.yaml) read into a Deck: YAML, then every field checked for its
// form, so that an editor's slip fails the build with a message naming the file, the chapter and
// the field. Whether the ids, dates and placeholders exist in the data is validateDeck.ts's
// concern. No SvelteKit imports: the end-to-end tests and the benchmark read the decks with it.
import { parseDocument } from 'yaml';
import type { FactsVisibility, MapRef } from '$lib/types/mapView';
import type { Chapter, Deck } from './deck';

/** A problem with a deck file: where it is, and what. */
export interface DeckProblem {
	file: string;
	/** The chapter, numbered from 1, with its id when it has one. */
	chapter?: { number: number; id?: string };
	/** The field, as a path: `camera.keys[2]`, `layers[1]`, `caption`. */
	field?: string;
	message: string;
}

/** `content/decks/x.yaml: chapter 3 "monitoring", field camera.keys[2]: no place "pokrovsk2" in places.geojson`. */
export function formatProblem({ file, chapter, field, message }: DeckProblem): string {
	const where = [file, chapter ? `chapter ${chapter.number}${chapter.id ? ` "${chapter.id}"` : ''}` : '', field ? `field ${field}` : ''].filter(Boolean).join(', ').replace(', ', ': ');
	return `${where}: ${message}`;
}

/** The facts layers a chapter may list (its `layers`), in the legend's order. */
export const chapterLayers = ['occupied', 'contested', 'contactLine', 'annexationClaims', 'kursk', 'borderFront'] as const;

const deckFields = ['title', 'description', 'chapters'] as const;
const chapterFields = ['id', 'title', 'caption', 'quoteBlockId', 'notes', 'durationS', 'camera', 'layers', 'select', 'kurskDate', 'snapshot', 'compare'] as const;
const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);
const describe = (value: unknown) => (value === null ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`);

/** The deck's id: its file's name without `.yaml`. */
export function deckIdOf(file: string): string {
	return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

/**
 * Reads the text of the deck file `file` (its path, as messages name it). Returns the deck when
 * every field has its form, else null; `problems` lists each one that has not.
 */
export function parseDeck(file: string, text: string): { deck: Deck | null; problems: DeckProblem[] } {
	const problems: DeckProblem[] = [];
	const id = deckIdOf(file);
	if (!slug.test(id)) problems.push({ file, message: 'the file name must be a lower-case slug, such as briefing.yaml' });
	const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	if (document.errors.length > 0) {
		for (const error of document.errors) problems.push({ file, message: `not valid YAML (line ${error.linePos?.[0].line ?? '?'}): ${error.message.split('\n')[0]}` });
		return { deck: null, problems };
	}
	const root: unknown = document.toJS();
	if (!isMapping(root)) return { deck: null, problems: [...problems, { file, message: `the file must be a mapping with ${deckFields.join(', ')}; it is ${describe(root)}` }] };
	for (const key of Object.keys(root)) if (!(deckFields as readonly string[]).includes(key)) problems.push({ file, field: key, message: `unknown field (a deck has ${deckFields.join(', ')})` });
	const text_ = (field: string, value: unknown): string => {
		if (typeof value === 'string' && value.trim()) return value.trim();
		problems.push({ file, field, message: `must be text; it is ${describe(value)}` });
		return '';
	};
	const title = text_('title', root.title);
	const description = text_('description', root.description);
	if (!Array.isArray(root.chapters) || root.chapters.length === 0) {
		problems.push({ file, field: 'chapters', message: `must be a list of chapters; it is ${Array.isArray(root.chapters) ? 'empty' : describe(root.chapters)}` });
		return { deck: null, problems };
	}
	const chapters = root.chapters.map((value: unknown, i) => readChapter(file, i + 1, value, problems));
	const ok = problems.length === 0 && chapters.every((c): c is Chapter => c !== null);
	return { deck: ok ? { id, title, description, chapters: chapters as Chapter[] } : null, problems };
}

/** One chapter, field by field; null when any field is not of its form. */
function readChapter(file: string, number: number, value: unknown, problems: DeckProblem[]): Chapter | null {
	const before = problems.length;
	if (!isMapping(value)) {
		problems.push({ file, chapter: { number }, message: `a chapter must be a mapping of ${chapterFields.join(', ')}; it is ${describe(value)}` });
		return null;
	}
	const id = typeof value.id === 'string' ? value.id : undefined;
	const problem = (field: string, message: string) => void problems.push({ file, chapter: { number, ...(id ? { id } : {}) }, field, message });
	for (const key of Object.keys(value)) if (!(chapterFields as readonly string[]).includes(key)) problem(key, `unknown field (a chapter has ${chapterFields.join(', ')})`);

	const text = (field: (typeof chapterFields)[number], optional = false): string | undefined => {
		const v = value[field];
		if (v === undefined && optional) return undefined;
		if (typeof v === 'string' && v.trim()) return v.trim();
		problem(field, `must be text; it is ${describe(v)}`);
		return undefined;
	};
	const chapterId = text('id');
	if (chapterId !== undefined && !slug.test(chapterId)) problem('id', 'must be a lower-case slug (letters, digits and single hyphens)');
	const title = text('title');
	const caption = text('caption');
	const quoteBlockId = text('quoteBlockId');
	const notes = text('notes');
	const durationS = value.durationS;
	if (typeof durationS !== 'number' || !Number.isFinite(durationS) || durationS <= 0 || durationS > 600) problem('durationS', `must be a number of seconds from 1 to 600; it is ${typeof durationS === 'number' ? durationS : describe(durationS)}`);
	const select = text('select', true) as MapRef | undefined;
	const kurskDate = text('kurskDate', true);
	const snapshot = text('snapshot', true);
	for (const [field, date] of [['kurskDate', kurskDate], ['snapshot', snapshot]] as const) {
		if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problem(field, 'must be a date written YYYY-MM-DD (in quotes or not)');
	}
	const compareText = text('compare', true);
	const pair = compareText === undefined ? undefined : /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(compareText);
	if (pair === null || (pair && pair[1]! >= pair[2]!)) problem('compare', 'must be two dates, the earlier first, written YYYY-MM-DD..YYYY-MM-DD');
	const layers = readLayers(value.layers, problem);
	const camera = value.camera === undefined ? undefined : readCamera(value.camera, problem);
	if (value.camera === undefined && select === undefined) problem('camera', 'a chapter needs a camera or a select (the camera then frames the selection)');
	if (problems.length > before) return null;
	return {
		id: chapterId!,
		title: title!,
		caption: caption!,
		quoteBlockId: quoteBlockId!,
		notes: notes!,
		durationS: durationS as number,
		layers,
		...(camera ? { camera } : {}),
		...(select ? { select } : {}),
		...(kurskDate ? { kurskDate } : {}),
		...(snapshot ? { snapshot } : {}),
		...(pair ? { compare: { from: pair[1]!, to: pair[2]! } } : {})
	};
}

/** `layers`: the list of layers shown; every other layer is hidden. */
function readLayers(value: unknown, problem: (field: string, message: string) => void): FactsVisibility {
	const shown = new Set<string>();
	if (!Array.isArray(value)) problem('layers', `must be a list of the layers shown (${chapterLayers.join(', ')}); it is ${describe(value)}`);
	else
		value.forEach((name: unknown, i) => {
			if (typeof name !== 'string' || !(chapterLayers as readonly string[]).includes(name)) problem(`layers[${i}]`, `${typeof name === 'string' ? `no layer "${name}"` : `${describe(name)} is not a layer`}: the layers are ${chapterLayers.join(', ')}`);
			else if (shown.has(name)) problem(`layers[${i}]`, `"${name}" is listed twice`);
			else shown.add(name);
		});
	const visibility: FactsVisibility = { occupied: shown.has('occupied'), contactLine: shown.has('contactLine'), annexationClaims: shown.has('annexationClaims'), kursk: shown.has('kursk'), borderFront: shown.has('borderFront') };
	// Left out, contested ground follows the occupied territory (FactsVisibility).
	if (shown.has('contested')) visibility.contested = true;
	return visibility;
}

/** `camera`: `{ key: ref }`, `{ keys: [refs] }`, `{ layer: name }` or `{ center: [lon, lat], zoom }`. */
function readCamera(value: unknown, problem: (field: string, message: string) => void): Chapter['camera'] {
	const forms = 'key: <ref>, keys: [<ref>, …], layer: <layer> or center: [longitude, latitude] with zoom';
	if (!isMapping(value)) return void problem('camera', `must be a mapping (${forms}); it is ${describe(value)}`);
	const keys = Object.keys(value).sort().join(',');
	const ref = (field: string, v: unknown): MapRef | null => {
		if (typeof v === 'string' && /^(region|place|country):\S+$/.test(v)) return v as MapRef;
		problem(field, `must be a ref such as place:kyiv, region:UA-14 or country:UA; it is ${typeof v === 'string' ? `"${v}"` : describe(v)}`);
		return null;
	};
	switch (keys) {
		case 'key': {
			const key = ref('camera.key', value.key);
			return key ? { key } : undefined;
		}
		case 'keys': {
			if (!Array.isArray(value.keys) || value.keys.length === 0) return void problem('camera.keys', 'must be a list of one or more refs');
			const refs = value.keys.map((k: unknown, i) => ref(`camera.keys[${i}]`, k));
			return refs.every((r): r is MapRef => r !== null) ? { keys: refs } : undefined;
		}
		case 'layer':
			// `changes`: the ground that changed hands, in a chapter that compares two dates.
			if (typeof value.layer === 'string' && [...chapterLayers, 'changes'].includes(value.layer)) return { layer: value.layer as (typeof chapterLayers)[number] | 'changes' };
			return void problem('camera.layer', `must be one of ${chapterLayers.join(', ')}, or changes (in a chapter that compares two dates)`);
		case 'center,zoom': {
			const center = value.center;
			const zoom = value.zoom;
			const lonLat = Array.isArray(center) && center.length === 2 && center.every((n) => typeof n === 'number' && Number.isFinite(n));
			if (!lonLat) problem('camera.center', 'must be [longitude, latitude]');
			if (typeof zoom !== 'number' || !Number.isFinite(zoom)) problem('camera.zoom', 'must be a number');
			return lonLat && typeof zoom === 'number' ? { center: [center[0] as number, center[1] as number], zoom } : undefined;
		}
		default:
			return void problem('camera', `must have one of ${forms}; it has ${keys ? keys.split(',').join(', ') : 'nothing'}`);
	}
}
