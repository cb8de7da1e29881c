// Property tests of presentation mode's boundaries (issue 11): whatever arrives on the channel,
// in the link or in the settings file, nothing throws past the boundary and what comes out is a
// state the page can draw. Runs are kept small: the whole file takes well under a second.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedDecks } from './deckFiles';
import { actions, defaultSettings, motions } from './keys';
import { durationScaleRange, idleResumeRange, linkParams, parseLink, type Range } from './link';
import { Presentation, type PresentationHost } from './presentation.svelte';
import { PresenterWindow } from './presenter.svelte';
import { cursorHideRange, parseSettings, withLinkOverrides } from './settings';
import { channelName, clampIndex, newSessionToken, parseMessage, reduce, tokenFromFragment, type SharedState, type SyncMessage } from './sync';

const decks = shippedDecks();
const deck = decks[0]!.chapters;
const runs = { numRuns: 300 };
const token = newSessionToken();

/** Names that reach Object.prototype, or that the schemas look for. */
const trickyKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'type', 'index', 'token', 'keys');
const key = fc.oneof(fc.string(), trickyKey);
/** Anything JSON or structured clone could carry, with prototype-named keys and null prototypes. */
const anything = fc.anything({ key, maxDepth: 3, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withSparseArray: true, withTypedArray: true });
/** Numbers a schema must be wary of, and things that are not numbers at all. */
const wildNumber = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1),
	fc.string(),
	fc.boolean(),
	fc.constant(null),
	anything
);
const wildBoolean = fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1, null, undefined), anything);
/** Messages of the session shaped nearly right: each field may be right, wrong, or missing. */
const sessionMessage = fc.record(
	{
		type: fc.constantFrom('state', 'goto', 'blank', 'hello'),
		token: fc.constant(token),
		index: fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, 0.5, -1, 99, '3'), fc.nat(20), wildNumber),
		blanked: wildBoolean,
		paused: wildBoolean,
		startedAt: wildNumber
	},
	{ requiredKeys: ['type', 'token'] }
);
/** The same from strangers: another session's token, none, or not a token at all. */
const strangerMessage = fc.record({
	type: fc.oneof(fc.constantFrom('state', 'goto', 'blank', 'hello'), anything),
	token: fc.oneof(fc.constant(newSessionToken()), fc.string(), anything),
	index: fc.integer({ min: 0, max: 5 }),
	blanked: fc.boolean(),
	paused: fc.boolean(),
	startedAt: fc.integer()
});
const channelData = fc.oneof(sessionMessage, strangerMessage, anything);

function drawable(state: SharedState, count: number): void {
	expect(Number.isSafeInteger(state.index)).toBe(true);
	expect(state.index).toBeGreaterThanOrEqual(0);
	expect(state.index).toBeLessThan(count);
	expect(typeof state.blanked).toBe('boolean');
	expect(typeof state.paused).toBe('boolean');
	expect(Number.isFinite(state.startedAt)).toBe(true);
}

/** A copy as BroadcastChannel would deliver it; null for what it cannot carry. */
function cloned(value: unknown): unknown {
	try {
		return structuredClone(value);
	} catch {
		return null;
	}
}

describe('channel messages', () => {
	it('never throw, and only well-formed messages of the session get through', () => {
		fc.assert(
			fc.property(channelData, (data) => {
				for (const value of [data, cloned(data)]) {
					const message = parseMessage(value, token);
					if (data !== null && typeof data === 'object' && 'token' in data && data.token !== token) expect(message).toBeNull();
					if (!message) continue;
					const wire = value as Record<string, unknown>;
					expect(wire.token).toBe(token);
					expect(Object.keys(message)).not.toContain('token');
					if ('index' in message) expect(Number.isSafeInteger(message.index)).toBe(true);
					if ('blanked' in message) expect(typeof message.blanked).toBe('boolean');
					if (message.type === 'state') expect(Number.isFinite(message.startedAt)).toBe(true);
				}
			}),
			runs
		);
	});

	it('take the exact cases of the issue', () => {
		for (const index of [0.5, NaN, Infinity, -Infinity, '3', null]) {
			expect(parseMessage({ type: 'goto', index, token }, token)).toBeNull();
			expect(parseMessage({ type: 'state', index, blanked: false, paused: false, startedAt: 1, token }, token)).toBeNull();
		}
		expect(parseMessage({ type: 'goto', index: 2 }, token)).toBeNull();
		expect(parseMessage({ type: 'goto', index: 2, token: newSessionToken() }, token)).toBeNull();
		expect(parseMessage(JSON.parse(`{"__proto__": {"type": "goto", "index": 1, "token": "${token}"}}`), token)).toBeNull();
		expect(parseMessage({ type: 'goto', index: 2, token, extra: 1 }, token)).toEqual({ type: 'goto', index: 2 });
		expect(parseMessage({ type: 'state', index: 1, blanked: false, paused: false, startedAt: Infinity, token }, token)).toBeNull();
	});

	it('reduce to a chapter of the deck whatever they hold, even past the schema', () => {
		const anyMessage = fc.oneof(
			fc.record({ type: fc.constant('state' as const), index: fc.double(), blanked: fc.boolean(), paused: fc.boolean(), startedAt: fc.double() }),
			fc.record({ type: fc.constant('goto' as const), index: fc.double() }),
			fc.record({ type: fc.constant('blank' as const), blanked: fc.boolean() }),
			fc.constant({ type: 'hello' as const })
		);
		const start = fc.record({ index: fc.nat(50), blanked: fc.boolean(), paused: fc.boolean(), startedAt: fc.integer() });
		fc.assert(
			fc.property(start, fc.array(anyMessage, { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), (state, messages, count) => {
				let shared: SharedState = { ...state, index: clampIndex(state.index, count, 0) };
				for (const message of messages) shared = reduce(shared, message as SyncMessage, count);
				drawable(shared, count);
			}),
			runs
		);
		expect(clampIndex(NaN, 10, 4)).toBe(4);
		expect(clampIndex(0.5, 10, 4)).toBe(0);
		expect(clampIndex(-Infinity, 10, 4)).toBe(4);
		expect(clampIndex(99, 0, 0)).toBe(0);
	});

	it('leave both windows with a chapter to draw, and the presenter still answering its keys', async () => {
		const host: PresentationHost = {
			now: () => 0,
			writeChapter: () => {},
			post: () => {},
			settle: () => Promise.resolve(),
			mapDrawn: () => Promise.resolve(),
			later: () => () => {},
			toggleFullscreen: () => Promise.resolve(),
			isFullscreen: () => false,
			openPresenter: () => {},
			leave: () => {}
		};
		await fc.assert(
			fc.asyncProperty(fc.array(fc.oneof({ arbitrary: sessionMessage, weight: 4 }, { arbitrary: channelData, weight: 1 }), { maxLength: 6 }), async (stream) => {
				const presentation = new Presentation(decks, host);
				await presentation.useSettings({ ...defaultSettings, durationScale: 0.05 }, null, 2);
				const presenter = new PresenterWindow(decks, () => {});
				presenter.session = 'open';
				for (const data of stream) {
					const message = parseMessage(data, token);
					if (!message) continue;
					presentation.message(message);
					presentation.tick();
					presenter.message(message);
				}
				expect(deck).toContain(presentation.chapter);
				expect(deck.map((c) => c.id)).toContain(presenter.current.id);
				const before = presenter.shared.index;
				presenter.key('ArrowRight');
				// On a blanked screen "next" brings the map back first.
				expect(presenter.shared.index).toBe(presenter.shared.blanked ? before : Math.min(before + 1, deck.length - 1));
			}),
			{ numRuns: 100 }
		);
	});

	it('are tied to a session: tokens are fresh, and a link fragment gives one only when it is well formed', () => {
		expect(newSessionToken()).toMatch(/^[0-9a-f]{32}$/);
		expect(newSessionToken()).not.toBe(newSessionToken());
		expect(channelName(token)).toContain(token);
		expect(tokenFromFragment(`#session=${token}`)).toBe(token);
		fc.assert(
			fc.property(fc.string(), (hash) => {
				const found = tokenFromFragment(hash);
				expect(found === null || /^[0-9a-f]{32}$/.test(found)).toBe(true);
			}),
			runs
		);
	});
});

const within = (value: number, { min, max }: Range) => value >= min && value <= max;

describe('the link of /present/', () => {
	// Every sentence the parser can say: a fixed set, so no link can put its own words on the screen.
	const ranges = { durationScale: durationScaleRange, idleResumeS: idleResumeRange };
	const sayable = new Set([
		'Ignored the link’s deck: no deck has that id; showing the ceasefire deck.',
		'Ignored the link’s chapter: no chapter has that id; showing chapter 1.',
		...decks.flatMap((d) => [`The link’s chapter is outside 1–${d.chapters.length}; showing chapter 1.`, `The link’s chapter is outside 1–${d.chapters.length}; showing chapter ${d.chapters.length}.`]),
		`The link’s chapter is outside 1–${deck.length}; showing chapter 1.`,
		`The link’s chapter is outside 1–${deck.length}; showing chapter ${deck.length}.`,
		'Ignored the link’s autoplay: it must be 1 or 0.',
		'Ignored the link’s motion: it must be system, reduce or full.',
		...['neither line: nor area: and its points', 'more than 100 points', 'a point outside the map', 'points that are not longitude,latitude pairs separated by ;', 'a distance needs at least 2 points', 'an area needs at least 3 points'].map((why) => `Ignored the link’s measure: ${why}.`),
		...Object.entries(ranges).flatMap(([param, { min, max }]) => [
			`Ignored the link’s ${param}: it must be a number from ${min} to ${max}.`,
			`The link’s ${param} is outside ${min}–${max}; using ${min}.`,
			`The link’s ${param} is outside ${min}–${max}; using ${max}.`
		])
	]);
	const value = fc.oneof(
		fc.string(),
		fc.string({ unit: 'binary' }),
		fc.constantFrom('<script>alert(1)</script>hello', '1e-9', 'Infinity', '-Infinity', 'NaN', '0x10', ' 2 ', '', '1', '0', 'true', 'reduce', '__proto__', 'constructor', '99', '007', '1e400'),
		fc.double().map(String),
		fc.constantFrom(...decks.flatMap((d) => [d.id, ...d.chapters.map((c) => c.id)]))
	);
	const params = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...linkParams), key), value), { maxLength: 8 });

	it('never throws, always gives values in range, and names parameters, never their text', () => {
		fc.assert(
			fc.property(params, (entries) => {
				const search = new URLSearchParams(entries);
				const { link, issues } = parseLink(search, decks);
				expect(Number.isSafeInteger(link.deck) && link.deck >= 0 && link.deck < decks.length).toBe(true);
				const chapters = decks[link.deck]!.chapters;
				expect(link.chapter === null || (Number.isSafeInteger(link.chapter) && link.chapter >= 0 && link.chapter < chapters.length)).toBe(true);
				expect(typeof link.autoplay).toBe('boolean');
				expect(link.durationScale === null || within(link.durationScale, durationScaleRange)).toBe(true);
				expect(link.idleResumeS === null || within(link.idleResumeS, idleResumeRange)).toBe(true);
				expect(link.motion === null || motions.includes(link.motion)).toBe(true);
				for (const issue of issues) expect(sayable, issue.message).toContain(issue.message);
				const settings = withLinkOverrides(defaultSettings, link);
				expect(within(settings.durationScale, durationScaleRange) && within(settings.idleResumeS, idleResumeRange)).toBe(true);
			}),
			runs
		);
	});

	it('reads a measurement to draw over every chapter, as the main page writes it', () => {
		const parse = (search: string) => parseLink(new URLSearchParams(search), decks);
		expect(parse('measure=line:37.5,48;38.25,48.5').link.measure).toEqual({ kind: 'line', vertices: [[37.5, 48], [38.25, 48.5]] });
		const bad = parse('measure=area:37,48;38,48');
		expect(bad.link.measure).toBeNull();
		expect(bad.issues).toEqual([{ param: 'measure', message: 'Ignored the link’s measure: an area needs at least 3 points.' }]);
	});

	it('reads the forms it documents, and clamps what is out of range', () => {
		const parse = (search: string) => parseLink(new URLSearchParams(search), decks);
		expect(parse('chapter=kursk-recapture&autoplay=1&durationScale=0.1&idleResumeS=5&motion=reduce')).toEqual({
			link: { deck: 0, chapter: deck.findIndex((c) => c.id === 'kursk-recapture'), autoplay: true, durationScale: 0.1, idleResumeS: 5, motion: 'reduce', measure: null },
			issues: []
		});
		expect(parse('chapter=3').link.chapter).toBe(2);
		expect(parse('chapter=0').issues.map((i) => i.message)).toEqual([`The link’s chapter is outside 1–${deck.length}; showing chapter 1.`]);
		expect(parse('durationScale=1e-9').link.durationScale).toBe(durationScaleRange.min);
		expect(parse('durationScale=Infinity').link.durationScale).toBe(durationScaleRange.max);
		expect(parse('durationScale=NaN').link.durationScale).toBeNull();
		expect(parse('durationScale=').link.durationScale).toBeNull();
		const hostile = parse('chapter=%3Cscript%3Ealert(1)%3C/script%3Ehello&autoplay=yes&idleResumeS=0');
		expect(hostile.link).toEqual({ deck: 0, chapter: null, autoplay: false, durationScale: null, idleResumeS: 1, motion: null, measure: null });
		expect(hostile.issues.map((i) => i.param)).toEqual(['chapter', 'autoplay', 'idleResumeS']);
		expect(hostile.issues.map((i) => i.message).join(' ')).not.toMatch(/script|hello|yes/);
		// A deck by its id; its chapters are read against that deck, by id or number.
		const briefing = decks.findIndex((d) => d.id === 'briefing');
		expect(parse('deck=briefing&chapter=kursk').link).toMatchObject({ deck: briefing, chapter: decks[briefing]!.chapters.findIndex((c) => c.id === 'kursk') });
		expect(parse('deck=briefing&chapter=99').issues.map((i) => i.message)).toEqual([`The link’s chapter is outside 1–${decks[briefing]!.chapters.length}; showing chapter ${decks[briefing]!.chapters.length}.`]);
		const unknownDeck = parse('deck=%3Cscript%3Ehello&chapter=2');
		expect(unknownDeck.link).toMatchObject({ deck: 0, chapter: 1 });
		expect(unknownDeck.issues.map((i) => i.message)).toEqual(['Ignored the link’s deck: no deck has that id; showing the ceasefire deck.']);
	});
});

describe('the settings file', () => {
	it('never throws, keeps every value in range and every key on a real action, and pollutes nothing', () => {
		const field = fc.constantFrom('keys', 'idleResumeS', 'durationScale', 'loop', 'motion', 'cursorHideS');
		const keyMap = fc.oneof(fc.dictionary(key, fc.oneof(fc.constantFrom(...actions, null), anything)), anything);
		const file = fc.oneof(anything, fc.dictionary(fc.oneof(field, key), fc.oneof(wildNumber, keyMap, fc.constantFrom(...motions))));
		const json = fc.oneof(file, fc.json().map((text) => JSON.parse(text) as unknown));
		fc.assert(
			fc.property(json, (value) => {
				const { settings, problems } = parseSettings(value);
				expect(within(settings.durationScale, durationScaleRange) && within(settings.idleResumeS, idleResumeRange) && within(settings.cursorHideS, cursorHideRange)).toBe(true);
				expect(typeof settings.loop).toBe('boolean');
				expect(motions).toContain(settings.motion);
				for (const action of Object.values(settings.keymap)) expect(actions).toContain(action);
				expect(Object.getPrototypeOf(settings.keymap)).toBe(Object.prototype);
				for (const problem of problems) expect(problem.length).toBeLessThan(200);
			}),
			runs
		);
		expect(({} as Record<string, unknown>).next).toBeUndefined();
	});

	it('treats keys named like Object.prototype members as keys', () => {
		const { settings, problems } = parseSettings(JSON.parse('{"keys": {"__proto__": "next", "constructor": "prev", "toString": null}, "__proto__": 1}'));
		expect(Object.getPrototypeOf(settings.keymap)).toBe(Object.prototype);
		expect(Object.hasOwn(settings.keymap, '__proto__')).toBe(true);
		expect(problems).toEqual(['unknown setting "__proto__"']);
		expect(parseSettings({ durationScale: 1e-9, idleResumeS: Infinity }).problems).toEqual(['"idleResumeS" must be a number from 1 to 3600', '"durationScale" must be a number from 0.05 to 20']);
	});
});
