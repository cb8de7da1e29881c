// A point's coordinates as an analyst writes them: decimal degrees and degrees, minutes, seconds.

/** `48.0200° N, 37.8000° E`: four decimals, about 10 m. */
export function formatDecimal([lon, lat]: readonly [number, number]): string {
	return `${Math.abs(lat).toFixed(4)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(4)}° ${lon < 0 ? 'W' : 'E'}`;
}

/** One axis in degrees, minutes and whole seconds, carried so that 60″ never shows. */
function dms(value: number, positive: string, negative: string): string {
	let seconds = Math.round(Math.abs(value) * 3600);
	const degrees = Math.floor(seconds / 3600);
	seconds -= degrees * 3600;
	const minutes = Math.floor(seconds / 60);
	seconds -= minutes * 60;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${degrees}°${pad(minutes)}′${pad(seconds)}″ ${value < 0 ? negative : positive}`;
}

/** `48°01′12″ N, 37°48′00″ E`. */
export function formatDms([lon, lat]: readonly [number, number]): string {
	return `${dms(lat, 'N', 'S')}, ${dms(lon, 'E', 'W')}`;
}
