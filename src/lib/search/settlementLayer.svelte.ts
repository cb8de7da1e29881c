// The settlements the map draws, as state the map's style follows: AtlasData carries one from the
// start, empty, so that the map's style effect depends on it before the file is loaded (a property
// added later would not be followed), and the finder fills it (placeFinder.svelte.ts).
import type { SettlementFeatures } from '$lib/map/settlementsStyle';

export class SettlementLayer {
	features = $state.raw<SettlementFeatures | null>(null);
}
