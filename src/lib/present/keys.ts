/** What a key can do in presentation mode. */
export const actions = ['next', 'prev', 'first', 'last', 'blank', 'fullscreen', 'exit', 'pause', 'help', 'presenter', 'save'] as const;
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
	N: 'presenter',
	// No clicker sends `s`: saving an image never happens by a slip of the presenter's hand.
	s: 'save',
	S: 'save'
};

/** A command: an action, a jump to a chapter, or a chapter number the deck does not have (said on screen). */
export type Command = { type: Action } | { type: 'jump'; index: number } | { type: 'no-chapter'; number: number; count: number };

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
			if (n < 1 || n > this.chapterCount) return { type: 'no-chapter', number: n, count: this.chapterCount };
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

/** How the help writes a key: the arrows and named keys as a presenter reads them on a clicker. */
const keyNames: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', ' ': 'Space', Escape: 'Esc', PageDown: 'PageDown', PageUp: 'PageUp' };

/** What each action does, for the help. */
export const actionHelp: Record<Action, string> = {
	next: 'next chapter',
	prev: 'previous chapter',
	first: 'first chapter',
	last: 'last chapter',
	blank: 'black screen and back',
	fullscreen: 'fullscreen',
	pause: 'pause, resume autoplay',
	presenter: 'presenter window',
	help: 'show, hide these keys',
	save: 'save the map as an image',
	exit: 'close this or a notice, leave'
};

/** One line of the help: an action and the keys that do it, as written for the room. */
export interface KeyHelpLine {
	action: Action | 'jump';
	keys: string[];
	does: string;
}

/**
 * The keys in force under `keymap` (the defaults with the settings file's remapping), one line per
 * action that has a key, in the order of `actions`, leaving (Esc) last. A letter mapped in both cases is listed once;
 * a click goes on and number + Enter jumps whatever the keymap says.
 */
export function keysInForce(keymap: Keymap): KeyHelpLine[] {
	const lines: KeyHelpLine[] = [];
	// Moving first, leaving last: the order a presenter looks for them in.
	for (const action of [...actions.filter((a) => a !== 'exit'), 'exit' as const]) {
		// `B` beside `b` for the same action is the same key with Shift (or Caps Lock): listed once.
		const keys = Object.keys(keymap).filter((key) => keymap[key] === action && !(key.length === 1 && key !== key.toLowerCase() && keymap[key.toLowerCase()] === action));
		const written = keys.map((key) => keyNames[key] ?? key);
		if (action === 'next') written.push('click');
		if (written.length) lines.push({ action, keys: written, does: actionHelp[action] });
		if (action === 'last') lines.push({ action: 'jump', keys: ['number, Enter'], does: 'go to that chapter' });
	}
	return lines;
}
