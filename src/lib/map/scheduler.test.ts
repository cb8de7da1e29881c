import { describe, expect, it } from 'vitest';
import { MapWorkQueue, jobOrder, type JobKind, type TaskTimer } from './scheduler';

/** A fake task source: tasks run only when the test says so, one at a time. */
function fakeTasks() {
	const tasks = new Map<number, () => void>();
	let next = 0;
	const timer: TaskTimer = {
		set: (run) => {
			tasks.set(++next, run);
			return next;
		},
		clear: (handle) => void tasks.delete(handle as number)
	};
	return {
		timer,
		get count() {
			return tasks.size;
		},
		/** Runs the oldest task; false when there is none. */
		runOne(): boolean {
			const first = tasks.entries().next();
			if (first.done) return false;
			tasks.delete(first.value[0]);
			first.value[1]();
			return true;
		},
		/** Runs tasks until none is left; returns how many ran. */
		runAll(): number {
			let n = 0;
			while (this.runOne()) n++;
			return n;
		}
	};
}

function setup() {
	const tasks = fakeTasks();
	const log: string[] = [];
	const pending: boolean[] = [];
	const queue = new MapWorkQueue({ timer: tasks.timer, onpending: (p) => pending.push(p), afterJob: (kind) => log.push(`after ${kind}`) });
	const job = (kind: JobKind, label: string = kind) => queue.schedule(kind, () => log.push(label));
	return { tasks, log, pending, queue, job };
}

describe('MapWorkQueue', () => {
	it('runs nothing in the task that asks', () => {
		const { log, job } = setup();
		job('style');
		expect(log).toEqual([]);
	});

	it('runs one job per task, in the documented order, whatever order they were asked in', () => {
		const { tasks, log, queue, job } = setup();
		// The order a chapter change asks in: selection, globe, style in one flush, the flight after a tick.
		job('describe');
		job('flight');
		job('style');
		job('globe');
		job('selection');
		expect(queue.waiting).toEqual([...jobOrder]);
		expect(tasks.count).toBe(1);
		expect(tasks.runOne()).toBe(true);
		expect(log).toEqual(['selection', 'after selection']);
		expect(tasks.runAll()).toBe(4);
		expect(log.filter((l) => !l.startsWith('after'))).toEqual(['selection', 'globe', 'style', 'flight', 'describe']);
	});

	it('keeps only the newest job of a kind', () => {
		const { tasks, log, job } = setup();
		job('flight', 'first flight');
		job('flight', 'second flight');
		tasks.runAll();
		expect(log).toEqual(['second flight', 'after flight']);
	});

	it('lets a cancelled job go, but not a newer one of the same kind', () => {
		const { tasks, log, job } = setup();
		const cancelOld = job('style', 'old style');
		job('style', 'new style');
		cancelOld();
		const cancelFlight = job('flight');
		cancelFlight();
		tasks.runAll();
		expect(log).toEqual(['new style', 'after style']);
	});

	it('takes a job asked for while another runs, in a later task, still in order', () => {
		const { tasks, log, queue } = setup();
		queue.schedule('globe', () => {
			log.push('globe');
			// Leaving the globe changes the style: that is asked for from inside the globe's job.
			queue.schedule('style', () => log.push('style'));
		});
		queue.schedule('flight', () => log.push('flight'));
		expect(tasks.runOne()).toBe(true);
		expect(log).toEqual(['globe', 'after globe']);
		tasks.runAll();
		expect(log).toEqual(['globe', 'after globe', 'style', 'after style', 'flight', 'after flight']);
	});

	it('says when it has work and when it has none, once each way', () => {
		const { tasks, pending, queue, job } = setup();
		expect(queue.pending).toBe(false);
		job('selection');
		job('flight');
		expect(pending).toEqual([true]);
		tasks.runOne();
		expect(pending).toEqual([true]);
		tasks.runOne();
		expect(pending).toEqual([true, false]);
		expect(queue.pending).toBe(false);
		// Cancelling the last job empties the queue and gives back its task.
		const cancel = job('style');
		cancel();
		expect(pending).toEqual([true, false, true, false]);
		expect(tasks.count).toBe(0);
	});

	it('drops everything on clear', () => {
		const { tasks, log, pending, queue, job } = setup();
		job('selection');
		job('style');
		queue.clear();
		expect(tasks.runAll()).toBe(0);
		expect(log).toEqual([]);
		expect(pending).toEqual([true, false]);
	});

	it('goes on with the next job when one throws', () => {
		const { tasks, log, queue, job } = setup();
		queue.schedule('selection', () => {
			throw new Error('style not loaded');
		});
		job('flight');
		expect(() => tasks.runOne()).toThrow('style not loaded');
		expect(log).toEqual(['after selection']);
		tasks.runAll();
		expect(log).toEqual(['after selection', 'flight', 'after flight']);
	});

	it('uses real timers by default: each job in a task of its own', async () => {
		const log: string[] = [];
		const queue = new MapWorkQueue();
		queue.schedule('flight', () => log.push('flight'));
		queue.schedule('selection', () => log.push('selection'));
		await Promise.resolve();
		expect(log).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(log).toEqual(['selection']);
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(log).toEqual(['selection', 'flight']);
	});
});
