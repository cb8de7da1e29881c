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
		// Own entries only: a key named like an Object.prototype member maps to nothing.
		const action = Object.hasOwn(this.keymap, key) ? this.keymap[key] : undefined;
		return action ? { type: action } : null;
	}
}

export const motions = ['system', 'reduce', 'full'] as const;
export type Motion = (typeof motions)[number];

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
