// The page's view of its service worker: whether a newer version waits, and the reader's answer.
import type { UpdateStatus } from './updates';

export class OfflineState {
	update = $state<UpdateStatus>('none');
	dismissed = $state(false);
	/** Set by src/lib/offline/register.ts once a registration is watched: what "Reload" does. */
	reloadAction: (() => void) | null = null;

	/** Whether the notice is on screen. */
	get noticeShown(): boolean {
		return this.update !== 'none' && !this.dismissed;
	}

	setUpdate(status: UpdateStatus): void {
		// A second announcement (another window switched) brings a dismissed notice back once.
		if (status !== this.update) this.dismissed = false;
		this.update = status;
	}

	reload(): void {
		if (this.reloadAction) this.reloadAction();
		else location.reload();
	}

	dismiss(): void {
		this.dismissed = true;
	}
}

/** One per page: the layout registers the worker and renders the notice. */
export const offline = new OfflineState();
