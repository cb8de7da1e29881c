/** What a key can do in presentation mode. */
export const actions = ['next', 'prev', 'first', 'last', 'blank', 'fullscreen', 'exit', 'pause', 'help', 'presenter'] as const;
export type Action = (typeof actions)[number];

/** `KeyboardEvent.key` → action. Digits and Enter (jump to a chapter) are built in. */
export type Keymap = Record<string, Action>;

export const defaultKeymap: Keymap = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	f: 'fullscreen',
	F: 'fullscreen',
	Escape: 'exit',
	p: 'pause',
	P: 'pause',
	'?': 'help',
	n: 'presenter',
	N: 'presenter'
};

export type Command = { type: Action } | { type: 'jump'; index: number };

/**
 * Turns keys into commands. Digits collect a chapter number that Enter jumps to (1-based); any
 * other key drops them. Pure apart from its digit buffer.
 */
export class KeyRouter {
	digits = '';
	constructor(
		private keymap: Keymap,
		private chapterCount: number
	) {}

	handle(key: string): Command | null {
		if (/^[0-9]$/.test(key)) {
			this.digits = (this.digits + key).slice(-3);
			return null;
		}
		if (key === 'Enter' && this.digits) {
			const n = Number(this.digits);
			this.digits = '';
			if (n < 1 || n > this.chapterCount) return null;
			return { type: 'jump', index: n - 1 };
		}
		this.digits = '';
		const action = this.keymap[key];
		return action ? { type: action } : null;
	}
}

export type Motion = 'system' | 'reduce' | 'full';

export interface PresentSettings {
	keymap: Keymap;
	/** Seconds without interaction after which autoplay resumes. */
	idleResumeS: number;
	/** Multiplies every chapter's duration (kiosks, tests). */
	durationScale: number;
	loop: boolean;
	motion: Motion;
	/** Seconds without pointer movement before the cursor hides. */
	cursorHideS: number;
}

export const defaultSettings: PresentSettings = { keymap: defaultKeymap, idleResumeS: 30, durationScale: 1, loop: true, motion: 'system', cursorHideS: 2 };

/**
 * Reads static/present-settings.json: `{ "keys": { "<key>": "<action>" }, "idleResumeS": 30,
 * "durationScale": 1, "loop": true, "motion": "system" | "reduce" | "full", "cursorHideS": 2 }`, all
 * optional. `keys` are added to the default keymap (map a key to `null` to free it). What is not
 * valid is ignored and listed in `problems`.
 */
export function parseSettings(value: unknown): { settings: PresentSettings; problems: string[] } {
	const problems: string[] = [];
	const settings: PresentSettings = { ...defaultSettings, keymap: { ...defaultKeymap } };
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return { settings, problems: ['the settings are not a JSON object'] };
	const v = value as Record<string, unknown>;
	const known = ['keys', 'idleResumeS', 'durationScale', 'loop', 'motion', 'cursorHideS'];
	for (const k of Object.keys(v)) if (!known.includes(k)) problems.push(`unknown setting "${k}"`);
	if (v.keys !== undefined) {
		if (typeof v.keys !== 'object' || v.keys === null || Array.isArray(v.keys)) problems.push('"keys" must be an object of key → action');
		else
			for (const [key, action] of Object.entries(v.keys as Record<string, unknown>)) {
				if (action === null) delete settings.keymap[key];
				else if (typeof action === 'string' && (actions as readonly string[]).includes(action)) settings.keymap[key] = action as Action;
				else problems.push(`"${key}" maps to "${String(action)}", which is not one of ${actions.join(', ')}`);
			}
	}
	const positive = (name: 'idleResumeS' | 'durationScale' | 'cursorHideS') => {
		const n = v[name];
		if (n === undefined) return;
		if (typeof n === 'number' && Number.isFinite(n) && n > 0) settings[name] = n;
		else problems.push(`"${name}" must be a positive number`);
	};
	positive('idleResumeS');
	positive('durationScale');
	positive('cursorHideS');
	if (v.loop !== undefined) {
		if (typeof v.loop === 'boolean') settings.loop = v.loop;
		else problems.push('"loop" must be true or false');
	}
	if (v.motion !== undefined) {
		if (v.motion === 'system' || v.motion === 'reduce' || v.motion === 'full') settings.motion = v.motion;
		else problems.push('"motion" must be "system", "reduce" or "full"');
	}
	return { settings, problems };
}
