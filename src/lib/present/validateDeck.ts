// Checks a deck (read by deckFormat.ts) against the map data and the article: every ref, block,
// date and placeholder it names must exist, and every caption must fit the screen once its figures
// are filled. Pure: the data's ids come in as lists (validateDeck.server.ts reads them at build).
import type { Deck } from './deck';
import type { DeckProblem } from './deckFormat';
import { placeholderProblem, placeholdersIn, strayBraces, type ArgumentChoices } from './placeholders';
import { compareKind, pairSnapshot } from '../compare/compare';

export interface DeckIds {
	admin1Ids: readonly string[];
	countryIds: readonly string[];
	placeIds: readonly string[];
	blockIds: readonly string[];
	kurskDates: readonly string[];
	/** The dated snapshots of the front; without them a chapter's `snapshot` is checked for its form only. */
	snapshots?: readonly string[];
	/** What placeholders' arguments may be (from the figures); a kind left out is checked for its form only. */
	placeholders?: ArgumentChoices;
	/** Fills a text's placeholders from the shipped figures, to measure a caption as the room reads it. */
	fill?: (text: string) => string;
}

/** A caption longer than this wraps onto a fourth line on a 16:9 wall. */
export const captionMaxLength = 140;

const refFiles = { region: 'basemap.topojson', country: 'basemap.topojson or world.topojson', place: 'places.geojson' } as const;

/** Problems with `deck` (of the file `file`), each naming its chapter and field; empty when every id it names exists. */
export function validateDeck(deck: Deck, file: string, ids: DeckIds): DeckProblem[] {
	const problems: DeckProblem[] = [];
	const known = { region: new Set(ids.admin1Ids), country: new Set(ids.countryIds), place: new Set(ids.placeIds) };
	const blocks = new Set(ids.blockIds);
	const seen = new Map<string, number>();
	for (const [i, c] of deck.chapters.entries()) {
		const problem = (field: string | undefined, message: string) => void problems.push({ file, chapter: { number: i + 1, id: c.id }, ...(field ? { field } : {}), message });
		const first = seen.get(c.id);
		if (first !== undefined) problem('id', `the id is used twice (chapter ${first} has it too)`);
		else seen.set(c.id, i + 1);
		if (!blocks.has(c.quoteBlockId)) problem('quoteBlockId', `no block "${c.quoteBlockId}" in the article`);

		const checkRef = (field: string, ref: string) => {
			const [kind, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)] as [keyof typeof known, string];
			if (!Object.hasOwn(known, kind)) problem(field, `"${ref}" is not a region:, place: or country: ref`);
			else if (!known[kind].has(id)) problem(field, `no ${kind} "${id}" in ${refFiles[kind]}`);
		};
		if (c.select) checkRef('select', c.select);
		if (c.camera && 'key' in c.camera) checkRef('camera.key', c.camera.key);
		if (c.camera && 'keys' in c.camera) c.camera.keys.forEach((key, k) => checkRef(`camera.keys[${k}]`, key));
		if (c.kurskDate !== undefined && !ids.kurskDates.includes(c.kurskDate)) problem('kurskDate', `no Kursk snapshot dated ${c.kurskDate} in facts/kursk.geojson (it has ${[...new Set(ids.kurskDates)].sort().join(', ')})`);
		if (c.snapshot !== undefined && ids.snapshots && !ids.snapshots.includes(c.snapshot)) problem('snapshot', `no snapshot of the front dated ${c.snapshot} in manifest.json`);
		if (c.camera && 'layer' in c.camera && c.camera.layer === 'changes' && !c.compare) problem('camera.layer', 'frames the changes, but the chapter compares no dates (compare: YYYY-MM-DD..YYYY-MM-DD)');
		if (c.compare && ids.snapshots) {
			const snapshots = [...ids.snapshots].sort();
			const kind = compareKind(c.compare, { snapshots, kurskDates: [...new Set(ids.kurskDates)].sort() });
			// The changes drawn are those of the snapshot shown: the chapter's, else the latest.
			const shown = c.snapshot ?? snapshots.at(-1);
			if (!kind) problem('compare', `${c.compare.from}..${c.compare.to} are not two snapshots of the front in manifest.json, nor two dates of the Kursk layer`);
			else if (shown !== pairSnapshot(c.compare, kind, snapshots)) problem('compare', `the chapter shows the snapshot of ${shown}, which does not hold the change of ${c.compare.from}..${c.compare.to}: give snapshot: ${pairSnapshot(c.compare, kind, snapshots)}`);
		}

		for (const field of ['title', 'caption', 'notes'] as const) {
			for (const placeholder of placeholdersIn(c[field])) {
				const wrong = placeholderProblem(placeholder, ids.placeholders);
				if (wrong) problem(field, wrong);
			}
			if (strayBraces(c[field])) problem(field, 'a brace that is not part of a placeholder such as {contactLineKm}');
		}
		const shown = ids.fill ? ids.fill(c.caption) : c.caption;
		if (shown.length > captionMaxLength) problem('caption', `${shown.length} characters${ids.fill ? ' once its figures are filled' : ''}; at most ${captionMaxLength} fit the screen`);
	}
	return problems;
}
