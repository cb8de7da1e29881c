/** Messages between the audience window and the presenter window, over one BroadcastChannel. */
export type SyncMessage =
	| { type: 'state'; index: number; blanked: boolean; paused: boolean; startedAt: number }
	| { type: 'goto'; index: number }
	| { type: 'blank'; blanked: boolean }
	| { type: 'hello' };

export const channelName = 'frontline-atlas:present';

export interface SharedState {
	index: number;
	blanked: boolean;
	paused: boolean;
	startedAt: number;
}

/** Applies a message to the state one window keeps; `hello` changes nothing (it asks for a `state`). */
export function reduce(state: SharedState, message: SyncMessage, count: number): SharedState {
	switch (message.type) {
		case 'state':
			return { index: clamp(message.index, count), blanked: message.blanked, paused: message.paused, startedAt: message.startedAt };
		case 'goto':
			return { ...state, index: clamp(message.index, count) };
		case 'blank':
			return { ...state, blanked: message.blanked };
		case 'hello':
			return state;
	}
}

function clamp(index: number, count: number): number {
	return Math.min(Math.max(Math.trunc(index), 0), Math.max(count - 1, 0));
}

export function isSyncMessage(value: unknown): value is SyncMessage {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Record<string, unknown>;
	switch (m.type) {
		case 'state':
			return typeof m.index === 'number' && typeof m.blanked === 'boolean' && typeof m.paused === 'boolean' && typeof m.startedAt === 'number';
		case 'goto':
			return typeof m.index === 'number';
		case 'blank':
			return typeof m.blanked === 'boolean';
		case 'hello':
			return true;
		default:
			return false;
	}
}

/** A thin wrapper: null where BroadcastChannel is missing. */
export function openChannel(onmessage: (message: SyncMessage) => void): { post(message: SyncMessage): void; close(): void } | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel(channelName);
	channel.onmessage = (event: MessageEvent) => {
		if (isSyncMessage(event.data)) onmessage(event.data);
	};
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
