import { describe, expect, it } from 'vitest';
import { UpdateWatcher, type UpdateStatus } from './updates';

class FakeWorker extends EventTarget {
	messages: unknown[] = [];
	constructor(public state = 'installing') {
		super();
	}
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	become(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}
class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	/** A new worker starts installing. */
	install(): FakeWorker {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		return worker;
	}
	/** The installing worker finished installing and now waits. */
	installed(worker: FakeWorker) {
		this.installing = null;
		this.waiting = worker;
		worker.become('installed');
	}
}
class FakeContainer extends EventTarget {
	constructor(public controller: object | null) {
		super();
	}
	switchTo(controller: object) {
		this.controller = controller;
		this.dispatchEvent(new Event('controllerchange'));
	}
}

function setUp(controller: object | null) {
	const container = new FakeContainer(controller);
	const registration = new FakeRegistration();
	const statuses: UpdateStatus[] = [];
	let reloads = 0;
	const watcher = new UpdateWatcher(container, registration, { status: (s) => statuses.push(s), reload: () => reloads++ });
	return { container, registration, watcher, statuses, reloads: () => reloads };
}

describe('UpdateWatcher', () => {
	it('announces nothing on the first install, nor when its worker takes charge of the page', () => {
		const { container, registration, watcher, statuses, reloads } = setUp(null);
		watcher.start();
		const worker = registration.install();
		registration.installed(worker);
		worker.become('activated');
		container.switchTo(worker);
		expect(statuses).toEqual([]);
		expect(reloads()).toBe(0);
	});

	it('announces a new version that has installed while an older one controls the page, and does not reload', () => {
		const { registration, watcher, statuses, reloads } = setUp({ old: true });
		watcher.start();
		const worker = registration.install();
		expect(statuses).toEqual([]);
		registration.installed(worker);
		expect(statuses).toEqual(['waiting']);
		expect(worker.messages).toEqual([]);
		expect(reloads()).toBe(0);
	});

	it('announces a version that was already waiting when the page opened', () => {
		const { registration, watcher, statuses } = setUp({ old: true });
		registration.waiting = new FakeWorker('installed');
		watcher.start();
		expect(statuses).toEqual(['waiting']);
	});

	it('on Reload, asks the waiting worker to take over and reloads once it has', () => {
		const { container, registration, watcher, reloads } = setUp({ old: true });
		watcher.start();
		const worker = registration.install();
		registration.installed(worker);
		watcher.reload();
		expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reloads()).toBe(0);
		container.switchTo(worker);
		expect(reloads()).toBe(1);
	});

	it('when another window switched to the new version, says so and never reloads by itself', () => {
		const { container, registration, watcher, statuses, reloads } = setUp({ old: true });
		watcher.start();
		const worker = registration.install();
		registration.installed(worker);
		container.switchTo(worker);
		expect(statuses).toEqual(['waiting', 'updated-elsewhere']);
		expect(reloads()).toBe(0);
		// Reload then has no worker to wait for: it reloads at once.
		registration.waiting = null;
		watcher.reload();
		expect(reloads()).toBe(1);
	});

	it('stops listening when stopped', () => {
		const { container, registration, watcher, statuses } = setUp({ old: true });
		const stop = watcher.start();
		const worker = registration.install();
		stop();
		registration.installed(worker);
		container.switchTo(worker);
		expect(statuses).toEqual([]);
	});
});
