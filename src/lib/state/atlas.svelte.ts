import { getContext, setContext } from 'svelte';
import type { CameraTarget, MapRef } from '$lib/types/mapView';

/** The panel's tabs, in order. */
export const views = ['article', 'claims', 'timeline', 'compare', 'about'] as const;
export type View = (typeof views)[number];

export const viewLabels: Record<View, string> = {
	article: 'Article',
	claims: 'Claims',
	timeline: 'Timeline',
	compare: 'Compare',
	about: 'About the data'
};

/** Where a selection came from: it decides whether the camera moves and what scrolls. */
export type SelectionSource = 'article' | 'card' | 'list' | 'map' | 'url' | 'view';

/**
 * The reader's intent, in one place: what is selected, what the pointer or keyboard is on, which
 * tab is open. Components change it through the methods and follow it; the map never decides
 * anything itself. Ref keys are `kind:id`, as the article's mention index spells them:
 * `region:UA-14`, `place:moscow`, `country:UA`.
 */
export class AtlasState {
	selected = $state<MapRef | null>(null);
	hovered = $state<string | null>(null);
	view = $state<View>('article');
	/** Where the current selection came from; null when nothing is selected. */
	selectedFrom = $state<SelectionSource | null>(null);
	/** A request for the camera; a new object each time, so the same place can be asked for twice. */
	flight = $state.raw<CameraTarget | null>(null);
	/** A block of the article to scroll to and highlight; a new object each time. */
	shownBlock = $state.raw<{ id: string } | null>(null);

	/**
	 * Selects `key`. The camera goes there unless the selection came from the map itself (the
	 * reader is looking at it already) or from a link that carries its own camera.
	 */
	select(key: MapRef, from: SelectionSource, options: { fly?: boolean } = {}) {
		const fly = options.fly ?? (from !== 'map' && from !== 'url');
		this.selected = key;
		this.selectedFrom = from;
		if (fly) this.flight = { key };
	}

	/** Moves the camera (to a subject, or an exact camera) without changing the selection. */
	frame(target: CameraTarget) {
		this.flight = { ...target };
	}

	clear() {
		this.selected = null;
		this.selectedFrom = null;
	}

	/** Marks `key` as under the pointer or focus; null clears it. */
	hover(key: string | null) {
		if (this.hovered !== key) this.hovered = key;
	}

	/** Clears the hover only if it is still `key` (a late leave must not undo a newer enter). */
	unhover(key: string) {
		if (this.hovered === key) this.hovered = null;
	}

	showView(view: View) {
		this.view = view;
	}

	/** Opens the article and scrolls to one of its blocks. */
	showBlock(id: string) {
		this.view = 'article';
		this.shownBlock = { id };
	}
}

const key = Symbol('atlas');

/** Creates the page's state and makes it available to every component below. */
export function provideAtlas(): AtlasState {
	return setContext(key, new AtlasState());
}

export function useAtlas(): AtlasState {
	const atlas = getContext<AtlasState | undefined>(key);
	if (!atlas) throw new Error('useAtlas() needs provideAtlas() in a parent component');
	return atlas;
}
