// The deck format (deckFormat.ts), its checks against the data (validateDeck.ts) and the filling of
// its placeholders (fillText.ts), on small decks broken one way each.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '$lib/article';
import type { Figures } from '$lib/geo/figures';
import { formatRounded, formatShare } from '$lib/format';
import { frontLineReadings, kurskComparison } from '$lib/views/claims';
import { DeckError, readDecks, shippedDecks } from './deckFiles';
import { formatProblem, parseDeck } from './deckFormat';
import { figureMissingText, figuresFailedText, figuresLoadingText, fillText } from './fillText';
import { filledPattern, placeholderArguments, placeholdersIn } from './placeholders';
import { loadCheckedDecks } from './validateDeck.server';
import { validateDeck, type DeckIds } from './validateDeck';

const figures = JSON.parse(readFileSync('static/data/facts/2025-03-13/figures.json', 'utf8')) as Figures;
const file = 'content/decks/test.yaml';

/** A deck of one good chapter, with `chapter`'s fields added to (or replacing) its own, YAML as written. */
function deckText(chapter: Record<string, string> = {}, extra = ''): string {
	const fields = {
		id: 'monitoring',
		title: 'Who watches the line?',
		caption: '>-\n      The contact line measures {contactLineKm}.',
		quoteBlockId: 'p-monitoring-and-verification',
		notes: 'Notes.',
		durationS: '12',
		camera: '\n      keys: [place:pokrovsk, place:toretsk, place:siversk]',
		layers: '[occupied, contactLine]',
		...chapter
	};
	const body = Object.entries(fields).map(([k, v]) => `    ${k}: ${v}`).join('\n');
	return `title: A test deck\ndescription: One chapter.\n${extra}chapters:\n  - ${body.trimStart()}\n`;
}

const ids: DeckIds = {
	admin1Ids: ['UA-14', 'RU-KRS'],
	countryIds: ['UA'],
	placeIds: ['pokrovsk', 'toretsk', 'siversk'],
	blockIds: article.blocks.map((b) => b.id),
	kurskDates: ['2024-08-27', '2025-03-13'],
	snapshots: ['2025-03-13'],
	placeholders: { kurskDate: ['2024-08-27', '2025-03-13'], tolerance: ['1', '5', '10'], frontReading: ['contact-line', 'fought-front'], region: ['UA-14'] },
	fill: (text) => fillText(text, figures)
};

/** Every problem with the deck text, as the build prints them. */
function problems(text: string): string[] {
	const parsed = parseDeck(file, text);
	return [...parsed.problems, ...(parsed.deck ? validateDeck(parsed.deck, file, ids) : [])].map(formatProblem);
}

describe('a deck file', () => {
	it('reads a good deck into chapters, layers as visibility', () => {
		const { deck, problems: found } = parseDeck(file, deckText());
		expect(found).toEqual([]);
		expect(deck?.id).toBe('test');
		expect(deck?.chapters[0]).toMatchObject({ id: 'monitoring', layers: { occupied: true, contactLine: true, kursk: false }, camera: { keys: ['place:pokrovsk', 'place:toretsk', 'place:siversk'] } });
		expect(validateDeck(deck!, file, ids)).toEqual([]);
	});

	it('fails on a missing ref, naming the file, the chapter and the field', () => {
		expect(problems(deckText({ camera: '\n      keys: [place:pokrovsk, place:toretsk, place:pokrovsk2]' }))).toEqual([
			'content/decks/test.yaml: chapter 1 "monitoring", field camera.keys[2]: no place "pokrovsk2" in places.geojson'
		]);
		expect(problems(deckText({ select: 'region:XX-1' }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field select: no region "XX-1" in basemap.topojson']);
	});

	it('reads a compare chapter that frames the change, and fails on a pair the data cannot compare or the snapshot does not hold', () => {
		const compareIds = { ...ids, snapshots: ['2024-08-06', '2025-03-13'] };
		const check = (text: string) => {
			const parsed = parseDeck(file, text);
			return [...parsed.problems, ...(parsed.deck ? validateDeck(parsed.deck, file, compareIds) : [])].map(formatProblem);
		};
		const good = parseDeck(file, deckText({ compare: '2024-08-06..2025-03-13', camera: '\n      layer: changes' }));
		expect(good.deck?.chapters[0]).toMatchObject({ compare: { from: '2024-08-06', to: '2025-03-13' }, camera: { layer: 'changes' } });
		expect(validateDeck(good.deck!, file, compareIds)).toEqual([]);
		const where = 'content/decks/test.yaml: chapter 1 "monitoring", field';
		expect(check(deckText({ compare: '2025-03-13..2024-08-06' }))).toEqual([`${where} compare: must be two dates, the earlier first, written YYYY-MM-DD..YYYY-MM-DD`]);
		expect(check(deckText({ compare: '2024-08-06..2024-08-27' }))).toEqual([`${where} compare: 2024-08-06..2024-08-27 are not two snapshots of the front in manifest.json, nor two dates of the Kursk layer`]);
		expect(check(deckText({ compare: '2024-08-06..2025-03-13', snapshot: "'2024-08-06'" }))).toEqual([
			`${where} compare: the chapter shows the snapshot of 2024-08-06, which does not hold the change of 2024-08-06..2025-03-13: give snapshot: 2025-03-13`
		]);
		expect(check(deckText({ camera: '\n      layer: changes' }))).toEqual([`${where} camera.layer: frames the changes, but the chapter compares no dates (compare: YYYY-MM-DD..YYYY-MM-DD)`]);
	});

	it('fails on an unknown field, at the deck and the chapter', () => {
		expect(problems(deckText({ colour: 'red' }, 'theme: dark\n'))).toEqual([
			'content/decks/test.yaml: field theme: unknown field (a deck has title, description, chapters)',
			expect.stringMatching(/^content\/decks\/test\.yaml: chapter 1 "monitoring", field colour: unknown field \(a chapter has id, title, caption/)
		]);
	});

	it('fails on a wrong type', () => {
		expect(problems(deckText({ durationS: 'twelve' }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field durationS: must be a number of seconds from 1 to 600; it is a string']);
		expect(problems(deckText({ layers: 'occupied' }))[0]).toMatch(/field layers: must be a list of the layers shown .* it is a string$/);
		expect(problems(deckText({ notes: '[a, b]' }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field notes: must be text; it is a list']);
		expect(problems(deckText({ camera: '\n      zoom: 5' }))[0]).toMatch(/field camera: must have one of key: .*; it has zoom$/);
		expect(problems('- just\n- a list\n')).toEqual(['content/decks/test.yaml: the file must be a mapping with title, description, chapters; it is a list']);
		expect(problems('title: [unclosed\n')[0]).toMatch(/^content\/decks\/test\.yaml: not valid YAML \(line \d+\)/);
	});

	it('fails on an unknown layer', () => {
		expect(problems(deckText({ layers: '[occupied, rivers]' }))).toEqual([
			'content/decks/test.yaml: chapter 1 "monitoring", field layers[1]: no layer "rivers": the layers are occupied, contested, contactLine, annexationClaims, kursk, borderFront'
		]);
		expect(problems(deckText({ camera: '\n      layer: rivers' }))[0]).toMatch(/field camera.layer: must be one of occupied,/);
	});

	it('fails on a bad or unknown date', () => {
		expect(problems(deckText({ kurskDate: '27 August 2024' }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field kurskDate: must be a date written YYYY-MM-DD (in quotes or not)']);
		expect(problems(deckText({ kurskDate: "'1999-01-01'" }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field kurskDate: no Kursk snapshot dated 1999-01-01 in facts/kursk.geojson (it has 2024-08-27, 2025-03-13)']);
		expect(problems(deckText({ snapshot: "'2020-01-01'" }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field snapshot: no snapshot of the front dated 2020-01-01 in manifest.json']);
	});

	it('fails on a duplicate id, and on an id that is no slug', () => {
		const twice = deckText().replace(/chapters:\n([\s\S]*)$/, (_m, chapter: string) => `chapters:\n${chapter}${chapter}`);
		expect(problems(twice)).toEqual(['content/decks/test.yaml: chapter 2 "monitoring", field id: the id is used twice (chapter 1 has it too)']);
		expect(problems(deckText({ id: 'Who Watches' }))).toEqual(['content/decks/test.yaml: chapter 1 "Who Watches", field id: must be a lower-case slug (letters, digits and single hyphens)']);
	});

	it('fails on a caption too long once its figures are filled', () => {
		const long = `${'x'.repeat(100)} {kurskRetakenShare}`;
		expect(long.length).toBeLessThan(140);
		expect(problems(deckText({ caption: long }))).toEqual([`content/decks/test.yaml: chapter 1 "monitoring", field caption: ${fillText(long, figures).length} characters once its figures are filled; at most 140 fit the screen`]);
	});

	it('fails on an unknown placeholder, a bad argument and a stray brace', () => {
		expect(problems(deckText({ caption: '>-\n      The front is {frontLength}.' }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field caption: unknown placeholder {frontLength}']);
		expect(problems(deckText({ notes: '>-\n      {kurskHeldKm2:2023-01-01} and {kurskHeldKm2} and {asOf:x}' }))).toEqual([
			'content/decks/test.yaml: chapter 1 "monitoring", field notes: {kurskHeldKm2:2023-01-01}: "2023-01-01" is not a date of the Kursk layer (facts/kursk.geojson) (2024-08-27, 2025-03-13)',
			'content/decks/test.yaml: chapter 1 "monitoring", field notes: {kurskHeldKm2}: {kurskHeldKm2} needs a date of the Kursk layer (facts/kursk.geojson), as {kurskHeldKm2:…}',
			'content/decks/test.yaml: chapter 1 "monitoring", field notes: {asOf:x}: {asOf} takes no argument'
		]);
		expect(problems(deckText({ notes: '>-\n      Measured: {contactLineKm km.' }))).toEqual(['content/decks/test.yaml: chapter 1 "monitoring", field notes: a brace that is not part of a placeholder such as {contactLineKm}']);
	});

	it('fails the build with every problem of every file, and without the default deck', () => {
		const dir = mkdtempSync(join(tmpdir(), 'decks-'));
		writeFileSync(join(dir, 'ceasefire.yaml'), deckText({ select: 'place:atlantis' }));
		writeFileSync(join(dir, 'Bad Name.yaml'), deckText({ durationS: '-1' }));
		expect(() => loadCheckedDecks(undefined, dir)).toThrow(DeckError);
		const message = (() => {
			try {
				loadCheckedDecks(undefined, dir);
				return '';
			} catch (error) {
				return (error as Error).message;
			}
		})();
		expect(message).toMatch(/^The presentation decks have 3 problems:/);
		expect(message).toMatch(/Bad Name\.yaml: the file name must be a lower-case slug/);
		expect(message).toMatch(/Bad Name\.yaml: chapter 1 "monitoring", field durationS: must be a number of seconds from 1 to 600; it is -1/);
		expect(message).toMatch(/ceasefire\.yaml: chapter 1 "monitoring", field select: no place "atlantis" in places\.geojson/);
		const empty = mkdtempSync(join(tmpdir(), 'decks-'));
		writeFileSync(join(empty, 'other.yaml'), deckText());
		expect(readDecks(empty).problems.map(formatProblem)[0]).toMatch(/no deck "ceasefire" \(ceasefire\.yaml\), the one \/present\/ opens by default/);
		expect(() => shippedDecks(empty)).toThrow(/no deck "ceasefire"/);
	});
});

describe('placeholders', () => {
	it('are filled from the shipped figures as the Claims view reads them, formatted as the app formats figures', () => {
		const compared = kurskComparison(figures)!;
		const fought = frontLineReadings(figures).readings.find((r) => r.id === 'fought-front')!;
		expect(fillText('{contactLineKm}; {frontKm:fought-front}', figures)).toBe(`${formatRounded(figures.contactLine.totalKm, 10)} km; ${formatRounded(fought.km, 10)} km`);
		expect(fillText('{kurskHeldKm2:2024-08-27}', figures)).toBe(`${formatRounded(figures.kursk.snapshots.find((s) => s.date === '2024-08-27')!.heldKm2, 10)} km²`);
		expect(fillText('{kurskNoLongerHeldKm2}, {kurskNoLongerHeldShare}', figures)).toBe(`${formatRounded(compared.noLongerHeld.heldKm2, 10)} km², ${formatShare(compared.noLongerHeld.heldShare)}`);
		// The claim as its claimant gave it, "more than" included, and what its share is of.
		expect(fillText('{kurskRetakenClaim}; {kurskRetakenShare}', figures)).toBe('more than 1,100 km²; more than 86% of the ground Ukraine\'s forces had held in Kursk oblast');
		// A change between two dates, from the earlier to the figures' own, as figures.json has it.
		const front = figures.changes.front.find((c) => c.from === '2024-08-06')!;
		const kurskLost = figures.changes.kursk.find((c) => c.from === '2024-08-27' && c.to === figures.asOf)!;
		expect(fillText('{frontGainedByRussiaKm2:2024-08-06}; {frontRegainedByUkraineKm2:2024-08-06}; {kurskLostByUkraineKm2:2024-08-27}', figures)).toBe(
			`${formatRounded(front.gainedByRussiaKm2, 10)} km²; ${formatRounded(front.regainedByUkraineKm2, 10)} km²; ${formatRounded(kurskLost.lostByUkraineKm2, 10)} km²`
		);
		expect(fillText('{frontGainedByRussiaKm2:2023-01-01}', figures)).toBe(figureMissingText);
		expect(fillText('{asOf}, {regionOccupiedShare:UA-14}', figures)).toBe(`13 March 2025, ${formatShare(figures.regions.find((r) => r.id === 'UA-14')!.occupiedShare)}`);
	});

	it('fill every placeholder of the vocabulary with a figure, never a blank or "undefined"', () => {
		const argument = { none: null, kurskDate: '2025-03-13', tolerance: '10', frontReading: 'contact-line', region: 'UA-14', frontDate: '2024-08-06' } as const;
		for (const [name, kind] of Object.entries(placeholderArguments)) {
			const text = `{${name}${argument[kind] === null ? '' : `:${argument[kind]}`}}`;
			const filled = fillText(text, figures);
			expect(filled, text).toMatch(/\d/);
			expect(filled, text).not.toMatch(/undefined|NaN|not available|[{}]/);
		}
	});

	it('say plainly when the figures are loading, could not be loaded, or lack a figure', () => {
		const text = 'Contact line {contactLineKm}, Kursk {kurskHeldKm2:2024-08-27}.';
		expect(fillText(text, 'failed')).toBe(`Contact line ${figuresFailedText}, Kursk ${figuresFailedText}.`);
		expect(fillText(text, 'loading')).toBe(`Contact line ${figuresLoadingText}, Kursk ${figuresLoadingText}.`);
		const noKursk = { ...figures, kursk: { ...figures.kursk, snapshots: [], peak: null, latest: null, lostSincePeak: null, retakenClaim: null } };
		expect(fillText('{kurskHeldKm2:2024-08-27} {kurskNoLongerHeldKm2} {kurskRetakenClaim}', noKursk)).toBe(`${figureMissingText} ${figureMissingText} ${figureMissingText}`);
		expect(fillText('{contactLineKm}', { ...figures, contactLine: undefined } as unknown as Figures)).toBe(figureMissingText);
		expect(fillText('No placeholder, {not one}.', figures)).toBe('No placeholder, {not one}.');
	});

	it('match the filled text in tests, whatever the figures', () => {
		const template = 'Measured: {contactLineKm} (the article: “nearly 2,000”).';
		expect(filledPattern(template).test(fillText(template, figures))).toBe(true);
		expect(filledPattern(template).test(fillText(template, 'failed'))).toBe(true);
		expect(filledPattern(template).test('Measured: {contactLineKm} (the article: “nearly 2,000”).')).toBe(false);
		expect(placeholdersIn('{a} {b:c-1}')).toEqual([{ source: '{a}', name: 'a', argument: null }, { source: '{b:c-1}', name: 'b', argument: 'c-1' }]);
	});
});
