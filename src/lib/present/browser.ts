// Presentation mode in the browser: what the page's controllers (presentation.svelte.ts,
// presenter.svelte.ts, idleCursor.svelte.ts) ask of it, made of the browser's and SvelteKit's own
// parts, and the start of a presentation when its page mounts.
import { tick } from 'svelte';
import * as v from 'valibot';
import { goto, replaceState } from '$app/navigation';
import { asset, resolve } from '$app/paths';
import type { AtlasDataStore } from '$lib/data/atlasData.svelte';
import { atlasConfig } from '$lib/config';
import { atlasDataUrl } from '$lib/data/loadAtlasData';
import { loadFacts } from '$lib/map/loadFacts';
import type { IdleCursor } from './idleCursor.svelte';
import { parseLink } from './link';
import type { Presentation, PresentationHost } from './presentation.svelte';
import type { PresenterWindow } from './presenter.svelte';
import { loadPresentSettings, withLinkOverrides } from './settings';
import { newSessionToken, openChannel, tokenFromFragment, tokenSchema, type Channel, type SyncMessage } from './sync';
import { keepScreenOn } from './wakeLock';

/** The channel to the other window, once it is open (null where BroadcastChannel is missing), and its session's token. */
export interface ChannelSlot {
	current: Channel | null;
	token: string | null;
}

const sessionKey = 'frontline-atlas:present-session';

/**
 * The audience window's session token. It lasts as long as the tab (sessionStorage), so that a
 * presenter window opened before a reload still hears the reloaded presentation; another tab, or
 * another page of the site, cannot read it.
 */
function audienceToken(): string {
	try {
		const stored = v.safeParse(tokenSchema, sessionStorage.getItem(sessionKey));
		if (stored.success) return stored.output;
		const token = newSessionToken();
		sessionStorage.setItem(sessionKey, token);
		return token;
	} catch {
		// Storage can be switched off; the session then lasts as long as the page.
		return newSessionToken();
	}
}

/** The audience window's host: the link, the channel in `slot`, fullscreen, the presenter window, the way out. */
export function browserHost(slot: ChannelSlot): PresentationHost {
	return {
		now: () => performance.now(),
		writeChapter(id) {
			// A throwaway copy for building the link, not state.
			const params = new URLSearchParams(window.location.search);
			params.set('chapter', id);
			try {
				// Only this page's query changes.
				// eslint-disable-next-line svelte/no-navigation-without-resolve
				replaceState(`${window.location.pathname}?${params}`, {});
			} catch {
				// Before the router has started there is nothing to replace.
			}
		},
		post: (message: SyncMessage) => slot.current?.post(message),
		settle: () => tick(),
		mapDrawn,
		later(run, ms) {
			const handle = setTimeout(run, ms);
			return () => clearTimeout(handle);
		},
		async toggleFullscreen() {
			if (document.fullscreenElement) await document.exitFullscreen();
			else await document.documentElement.requestFullscreen();
		},
		isFullscreen: () => Boolean(document.fullscreenElement),
		// The token goes in the fragment: the browser never sends that to a server or in a Referer.
		openPresenter: (deckId) =>
			void (slot.token && window.open(`${resolve('/present/presenter/')}?${new URLSearchParams({ deck: deckId })}#session=${slot.token}`, 'frontline-atlas-presenter', 'popup,width=1100,height=750')),
		leave: () => void goto(resolve('/'))
	};
}

/** A map that has not drawn in this long is not waited for: autoplay goes on without it. */
const mapDrawnTimeoutMs = 60_000;

/**
 * Resolves once the map shows what it was last asked to: its container's `data-map-idle` is "true"
 * (MapStatus: MapLibre's idle with no map work of the app waiting), or the map has failed
 * (`data-map-state="error"`), or after {@link mapDrawnTimeoutMs}. It looks from the next task on:
 * by then the change just asked for has marked the map busy (MapStatus: a move starts, a style
 * change leaves the map not loaded, queued work counts), so it is never mistaken for one drawn. Not
 * from an animation frame: a callback of the app's that opens a frame books MapLibre's whole render
 * in that frame to the app (`npm run bench`, "long tasks not the map's own").
 */
function mapDrawn(): Promise<void> {
	return new Promise((done) => {
		setTimeout(() => {
			const finish = () => {
				observer.disconnect();
				clearTimeout(timeout);
				done();
			};
			const check = () => {
				const map = document.querySelector('[data-map-state]');
				if (map?.getAttribute('data-map-idle') === 'true' || map?.getAttribute('data-map-state') === 'error') finish();
			};
			const observer = new MutationObserver(check);
			const timeout = setTimeout(finish, mapDrawnTimeoutMs);
			observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-idle', 'data-map-state'] });
			check();
		}, 0);
	});
}

export interface Audience {
	presentation: Presentation;
	cursor: IdleCursor;
	store: AtlasDataStore;
	slot: ChannelSlot;
}

/**
 * Starts the presentation when its page mounts: reads the link, opens the channel to the presenter
 * window, keeps the screen on, loads the map data and the settings (then shows the first chapter),
 * and runs autoplay's clock. Returns the stop of all of it.
 */
export function startPresentation({ presentation, cursor, store, slot }: Audience): () => void {
	const parsed = parseLink(new URLSearchParams(window.location.search), presentation.decks);
	const first = presentation.begin(parsed, Date.now());
	slot.token = audienceToken();
	slot.current = openChannel(slot.token, (message) => presentation.message(message));
	const release = keepScreenOn();
	cursor.moved();
	void store.load(atlasDataUrl());
	const settingsUrl = new URL('present-settings.json', new URL(asset('/'), document.baseURI));
	void loadPresentSettings(settingsUrl).then(({ settings, notice }) => presentation.useSettings(withLinkOverrides(settings, parsed.link), notice, first));
	const timer = setInterval(() => presentation.tick(), 100);
	return () => {
		clearInterval(timer);
		cursor.stop();
		slot.current?.close();
		release();
	};
}

/**
 * Starts the presenter window when its page mounts: the session's channel, from the token in the
 * link's fragment (it asks the audience where it is), and the clock. The fragment changes when an
 * audience window with a new session opens this same window again: the channel follows it.
 */
export function startPresenter(presenter: PresenterWindow, slot: ChannelSlot): () => void {
	// The deck is the audience's, named in the link it opened this window with.
	presenter.useDeck(parseLink(new URLSearchParams(window.location.search), presenter.decks).link.deck);
	void loadFacts(atlasDataUrl(), atlasConfig.articleDate).then(
		(facts) => (presenter.figures = facts.figures ?? 'failed'),
		() => (presenter.figures = 'failed')
	);
	void loadPresentSettings(new URL('present-settings.json', new URL(asset('/'), document.baseURI))).then(({ settings }) => (presenter.keymap = settings.keymap));
	const connect = () => {
		const token = tokenFromFragment(window.location.hash);
		if (token === slot.token && slot.current) return;
		slot.current?.close();
		slot.current = null;
		slot.token = token;
		presenter.connected = false;
		presenter.session = token ? 'open' : 'missing';
		if (!token) return;
		slot.current = openChannel(token, (message) => presenter.message(message));
		slot.current?.post({ type: 'hello' });
	};
	connect();
	window.addEventListener('hashchange', connect);
	presenter.now = Date.now();
	const timer = setInterval(() => (presenter.now = Date.now()), 1000);
	return () => {
		clearInterval(timer);
		window.removeEventListener('hashchange', connect);
		slot.current?.close();
	};
}
