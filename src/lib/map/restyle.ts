import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { atlasConfig } from '$lib/config';
import type { BasemapData, FactsData, Places } from '$lib/types/mapData';
import type { FactsVisibility } from '$lib/types/mapView';
import { mapFontFaces } from './fonts';
import type { SettlementFeatures } from './settlementsStyle';
import type { GlobeLayers } from './globe.svelte';
import { basemapStyle } from './style';
import { applyStyleCommands, styleUpdate } from './styleUpdate';
import { mapThemes, type ThemeName } from './themes';
import { withDiplomacy } from './worldStyle';

/** Everything the map's style is made from. */
export interface AtlasStyleInput {
	theme: ThemeName;
	scale: number;
	visibility: FactsVisibility;
	kurskDate: string | null;
	basemap: BasemapData;
	places: Places;
	/** The towns and villages, once loaded; null before (and in presentation mode). */
	settlements?: SettlementFeatures | null;
	facts: FactsData | null;
	/** Ground that changed hands between two compared dates (one pair's features); null when nothing is compared. */
	changes?: FeatureCollection | null;
	/** The globe's world and links while the globe is shown, else null. */
	globe: GlobeLayers | null;
	/** The page's base URI, which the font files are found from. */
	baseUri: string;
}

/**
 * What the style depends on, as a string that changes exactly when the style would: the data is
 * compared by the snapshot's date (the basemap and the places stay the same while the map exists).
 */
export function styleKey({ theme, scale, visibility, kurskDate, facts, globe, settlements = null, changes = null }: AtlasStyleInput): string {
	return JSON.stringify([theme, scale, visibility, kurskDate, facts?.asOf ?? null, globe !== null, settlements?.features.length ?? 0, changes?.features.map((f) => f.id ?? f.properties?.id) ?? null]);
}

/** The map's style: the basemap with the facts over it, and the globe's world and links when it is shown. */
export function atlasStyle(input: AtlasStyleInput): StyleSpecification {
	const { theme, scale, visibility, kurskDate, basemap, places, facts, globe, settlements = null, changes } = input;
	const style = basemapStyle(mapThemes[theme], basemap, mapFontFaces(input.baseUri), { focusCountry: atlasConfig.focusCountry, scale, facts, visibility, kurskDate, changes, places, settlements });
	return globe ? withDiplomacy(style, mapThemes[theme], globe.world, globe.connections, scale) : style;
}

/**
 * Keeps a map's style in step with the style its props describe. A change that layer and source
 * setters can make (layers shown or hidden, a Kursk date, a theme, another snapshot's data) is made
 * with them (styleUpdate.ts says why); anything else, and any change while a style is still
 * loading, with `setStyle(…, { diff: true })`.
 */
export class StyleFollower {
	#key: string;
	#spec: StyleSpecification;

	/** Starts from the style the map was created with, and its key. */
	constructor(key: string, spec: StyleSpecification) {
		this.#key = key;
		this.#spec = spec;
	}

	/** Whether the style of `key` differs from the one the map has. */
	differs(key: string): boolean {
		return key !== this.#key;
	}

	/**
	 * Brings `map` to the style of `key`, made by `build` only if it differs. `styleReady`: the
	 * map's style has loaded (MapStatus.styleReady), so its layers can be set. Returns how: `none`,
	 * `setters`, or `setStyle` (after which the caller sets the global state again).
	 */
	follow(map: MapLibreMap, key: string, build: () => StyleSpecification, styleReady: boolean): 'none' | 'setters' | 'setStyle' {
		if (key === this.#key) return 'none';
		const next = build();
		const commands = styleReady ? styleUpdate(this.#spec, next) : null;
		this.#key = key;
		this.#spec = next;
		if (commands) {
			applyStyleCommands(map, commands);
			return 'setters';
		}
		map.setStyle(next, { diff: true });
		return 'setStyle';
	}
}
