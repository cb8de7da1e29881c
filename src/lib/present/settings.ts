// Where presentation mode's settings come from: static/present-settings.json, parsed here with a
// schema per field, then the link (link.ts), which can override timings and motion for a kiosk or
// a test. A bad field falls back to its default and is named in a notice: the file is the site's
// own, so its names may be shown, but only so much of them.
import * as v from 'valibot';
import { actions, defaultKeymap, defaultSettings, motions, type Action, type Keymap, type PresentSettings } from './keys';
import { durationScaleRange, idleResumeRange, type PresentLink, type Range } from './link';

/** Half a second (a hurried kiosk) to an hour. */
export const cursorHideRange: Range = { min: 0.5, max: 3600 };

const inRange = (range: Range) => v.pipe(v.number(), v.finite(), v.minValue(range.min), v.maxValue(range.max));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
// A custom schema, not v.record: that one drops keys such as "__proto__" without a word, and a
// settings file that names one should hear that it is not a setting.
const objectSchema = v.custom<Record<string, unknown>>(isObject);

const fields = {
	keys: { schema: objectSchema, problem: '"keys" must be an object of key → action' },
	idleResumeS: { schema: inRange(idleResumeRange), problem: `"idleResumeS" must be a number from ${idleResumeRange.min} to ${idleResumeRange.max}` },
	durationScale: { schema: inRange(durationScaleRange), problem: `"durationScale" must be a number from ${durationScaleRange.min} to ${durationScaleRange.max}` },
	cursorHideS: { schema: inRange(cursorHideRange), problem: `"cursorHideS" must be a number from ${cursorHideRange.min} to ${cursorHideRange.max}` },
	loop: { schema: v.boolean(), problem: '"loop" must be true or false' },
	motion: { schema: v.picklist(motions), problem: '"motion" must be "system", "reduce" or "full"' }
} as const;
type Field = keyof typeof fields;

const actionSchema = v.nullable(v.picklist(actions));

/** A name from the file, quoted and cut short: a notice is a sentence, not a dump of the file. */
function quote(text: string): string {
	return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/**
 * Reads static/present-settings.json: `{ "keys": { "<key>": "<action>" }, "idleResumeS": 30,
 * "durationScale": 1, "loop": true, "motion": "system" | "reduce" | "full", "cursorHideS": 2 }`, all
 * optional. `keys` are added to the default keymap (map a key to `null` to free it). What is not
 * valid is ignored and listed in `problems`. Never throws.
 */
export function parseSettings(value: unknown): { settings: PresentSettings; problems: string[] } {
	const settings: PresentSettings = { ...defaultSettings, keymap: { ...defaultKeymap } };
	const file = v.safeParse(objectSchema, value);
	if (!file.success) return { settings, problems: ['the settings are not a JSON object'] };
	const problems: string[] = [];
	for (const name of Object.keys(file.output)) if (!Object.hasOwn(fields, name)) problems.push(`unknown setting ${quote(name)}`);
	const read = <F extends Field>(name: F): v.InferOutput<(typeof fields)[F]['schema']> | undefined => {
		if (!Object.hasOwn(file.output, name)) return undefined;
		const field = v.safeParse(fields[name].schema, file.output[name]);
		if (field.success) return field.output as v.InferOutput<(typeof fields)[F]['schema']>;
		problems.push(fields[name].problem);
		return undefined;
	};
	const keys = read('keys');
	if (keys) settings.keymap = remap(settings.keymap, keys, problems);
	settings.idleResumeS = read('idleResumeS') ?? settings.idleResumeS;
	settings.durationScale = read('durationScale') ?? settings.durationScale;
	settings.cursorHideS = read('cursorHideS') ?? settings.cursorHideS;
	settings.loop = read('loop') ?? settings.loop;
	settings.motion = read('motion') ?? settings.motion;
	return { settings, problems };
}

/** `keymap` with the file's keys: each maps to an action, or to null to free it. */
function remap(keymap: Keymap, keys: Record<string, unknown>, problems: string[]): Keymap {
	// A Map, then own properties: a key named "__proto__" is just a key, not the object's prototype.
	const map = new Map<string, Action>(Object.entries(keymap));
	for (const [key, value] of Object.entries(keys)) {
		const action = v.safeParse(actionSchema, value);
		if (!action.success) problems.push(`${quote(key)} maps to ${typeof value === 'string' ? quote(value) : `a ${value === null ? 'null' : typeof value}`}, which is not one of ${actions.join(', ')}`);
		else if (action.output === null) map.delete(key);
		else map.set(key, action.output);
	}
	return Object.fromEntries(map);
}

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
		return { settings: defaultSettings, notice: `present-settings.json could not be read (${error instanceof Error ? error.message : 'unknown error'}); the default keys and timings are used.` };
	}
}

/** The link's timings and motion (already checked and clamped by parseLink) over the file's. */
export function withLinkOverrides(settings: PresentSettings, link: PresentLink): PresentSettings {
	return {
		...settings,
		durationScale: link.durationScale ?? settings.durationScale,
		idleResumeS: link.idleResumeS ?? settings.idleResumeS,
		motion: link.motion ?? settings.motion
	};
}
