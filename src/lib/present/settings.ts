// Where presentation mode's settings come from: static/present-settings.json (parseSettings in
// keys.ts says what it may hold), then the link, which can override timings and motion for a
// kiosk or a test.
import { defaultSettings, parseSettings, type PresentSettings } from './keys';

export interface LoadedSettings {
	settings: PresentSettings;
	/** What was wrong with the file, as a sentence for the screen; null when nothing was. */
	notice: string | null;
}

/** Reads the settings file at `url`; what is missing or wrong falls back to the defaults, with a notice. */
export async function loadPresentSettings(url: URL, fetchFn: typeof fetch = fetch): Promise<LoadedSettings> {
	try {
		const response = await fetchFn(url);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const { settings, problems } = parseSettings(await response.json());
		return { settings, notice: problems.length ? `present-settings.json: ${problems.join('; ')}. The defaults are used for these.` : null };
	} catch (error) {
		return { settings: defaultSettings, notice: `present-settings.json could not be read (${(error as Error).message}); the default keys and timings are used.` };
	}
}

/** Test and kiosk overrides in the link: `?autoplay=1&durationScale=0.05&idleResumeS=1&motion=reduce`. */
export function withLinkOverrides(settings: PresentSettings, params: URLSearchParams): PresentSettings {
	const scale = Number(params.get('durationScale'));
	const idle = Number(params.get('idleResumeS'));
	const motion = params.get('motion');
	return {
		...settings,
		durationScale: scale > 0 ? scale : settings.durationScale,
		idleResumeS: idle > 0 ? idle : settings.idleResumeS,
		motion: motion === 'reduce' || motion === 'full' || motion === 'system' ? motion : settings.motion
	};
}
