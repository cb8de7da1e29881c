// The named places nearest a point. It takes any list of named points (the map's city labels and
// the article's places and, once loaded, the settlements).
import distance from '@turf/distance';

export interface NamedPoint {
	name: string;
	point: [number, number];
	/** The ref key to select it by (`place:kyiv`), when it is selectable. */
	key?: string | null;
}

export interface NearPlace {
	name: string;
	key: string | null;
	km: number;
	/** Where the queried point lies seen from the place: `N`, `NE`, … */
	direction: string;
}

const compass = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
const rad = Math.PI / 180;

/** The initial great-circle bearing from `a` to `b`, as one of eight compass points. */
export function compassDirection(a: readonly [number, number], b: readonly [number, number]): string {
	const [φ1, φ2, Δλ] = [a[1] * rad, b[1] * rad, (b[0] - a[0]) * rad];
	const y = Math.sin(Δλ) * Math.cos(φ2);
	const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
	const degrees = (Math.atan2(y, x) / rad + 360) % 360;
	return compass[Math.round(degrees / 45) % 8]!;
}

/**
 * The `count` named points nearest `at`, nearest first, by great-circle distance. A name listed
 * twice (a city label and the article's place of the same name) counts once, by its nearer entry,
 * keeping the selectable one on a tie.
 */
export function nearestPlaces(at: readonly [number, number], places: readonly NamedPoint[], count = 3): NearPlace[] {
	const byName = new Map<string, NearPlace>();
	for (const place of places) {
		const km = distance([...place.point], [...at], { units: 'kilometers' });
		const known = byName.get(place.name);
		if (known && (known.km < km || (known.km === km && known.key))) continue;
		byName.set(place.name, { name: place.name, key: place.key ?? known?.key ?? null, km, direction: compassDirection(place.point, at) });
	}
	return [...byName.values()].sort((a, b) => a.km - b.km).slice(0, count);
}
