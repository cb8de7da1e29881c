// The audience window and the presenter window talk over one BroadcastChannel. Any page of the
// same origin can post on a channel it can name, so every message is parsed with a schema and
// carries the session's token: the audience window makes the token when the presentation starts
// and hands it to the presenter window in its link's fragment, which never leaves the browser. A
// message that fails the schema or carries another token is dropped without a word: it is not the
// presenter's, and nobody in the room should see it.
import * as v from 'valibot';

const index = v.pipe(v.number(), v.safeInteger());

/** 128 random bits as 32 lowercase hex digits (see {@link newSessionToken}). */
export const tokenSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));

const messageSchema = v.variant('type', [
	v.object({ type: v.literal('state'), index, blanked: v.boolean(), paused: v.boolean(), startedAt: v.pipe(v.number(), v.finite()) }),
	v.object({ type: v.literal('goto'), index }),
	v.object({ type: v.literal('blank'), blanked: v.boolean() }),
	v.object({ type: v.literal('hello') })
]);
const senderSchema = v.object({ token: tokenSchema });

/** What one window tells the other; on the channel each message also carries the session's `token`. */
export type SyncMessage = v.InferOutput<typeof messageSchema>;

/** The message in `data` if it is well formed and carries `token`; null otherwise. Never throws. */
export function parseMessage(data: unknown, token: string): SyncMessage | null {
	try {
		const sender = v.safeParse(senderSchema, data);
		if (!sender.success || sender.output.token !== token) return null;
		// The schema's objects keep only their own keys: the token, and anything extra, stay behind.
		const message = v.safeParse(messageSchema, data);
		return message.success ? message.output : null;
	} catch {
		// Structured clone only delivers plain data, but this must hold for anything a caller passes.
		return null;
	}
}

/** A token for a new session: 128 bits from the browser's random source (in secure and insecure contexts alike). */
export function newSessionToken(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
	return Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The token in a presenter link's fragment (`#session=<token>`), or null when it has none that is well formed. */
export function tokenFromFragment(hash: string): string | null {
	const result = v.safeParse(tokenSchema, new URLSearchParams(hash.replace(/^#/, '')).get('session'));
	return result.success ? result.output : null;
}

/** The channel of one session: other sessions, and older builds' windows, do not hear it at all. */
export function channelName(token: string): string {
	return `frontline-atlas:present:${token}`;
}

export interface SharedState {
	index: number;
	blanked: boolean;
	paused: boolean;
	startedAt: number;
}

/**
 * Applies a message to the state one window keeps; `hello` changes nothing (it asks for a `state`).
 * Total: whatever the message holds, the result is a chapter of the deck and a finite time, so a
 * message that slipped past the schema still cannot leave the window without a chapter to draw.
 */
export function reduce(state: SharedState, message: SyncMessage, count: number): SharedState {
	switch (message.type) {
		case 'state':
			return {
				index: clampIndex(message.index, count, state.index),
				blanked: message.blanked === true,
				paused: message.paused === true,
				startedAt: Number.isFinite(message.startedAt) ? message.startedAt : state.startedAt
			};
		case 'goto':
			return { ...state, index: clampIndex(message.index, count, state.index) };
		case 'blank':
			return { ...state, blanked: message.blanked === true };
		default:
			return state;
	}
}

/** `index` as a chapter of a deck of `count`: truncated and clamped; `current` when it is not a finite number. */
export function clampIndex(index: number, count: number, current: number): number {
	const last = Math.max(count - 1, 0);
	const at = Number.isFinite(index) ? Math.trunc(index) : Number.isFinite(current) ? Math.trunc(current) : 0;
	return Math.min(Math.max(at, 0), last);
}

export interface Channel {
	post(message: SyncMessage): void;
	close(): void;
}

/** The session's channel, or null where BroadcastChannel is missing. `onmessage` hears only the session's well-formed messages. */
export function openChannel(token: string, onmessage: (message: SyncMessage) => void): Channel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel(channelName(token));
	channel.onmessage = (event: MessageEvent) => {
		const message = parseMessage(event.data, token);
		if (message) onmessage(message);
	};
	// Data that cannot be deserialised arrives as messageerror; like any stranger's message, it is dropped.
	channel.onmessageerror = () => {};
	return { post: (message) => channel.postMessage({ ...message, token }), close: () => channel.close() };
}
