import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForMap, watchPage } from './support';

// The README promises that the base path is a build setting. Build once under /atlas/ into a
// temporary folder, serve it there, and check that the map loads everything from under that path.
test.describe('a build under a sub-path', () => {
	test.describe.configure({ timeout: 240_000 });
	const port = 4191;
	let dir = '';
	let server: ChildProcess | undefined;

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'atlas-subpath-'));
		const env = { ...process.env, BASE_PATH: '/atlas', BUILD_DIR: dir };
		const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, encoding: 'utf8' });
		expect(built.status, built.stderr).toBe(0);
		server = spawn('node', ['scripts/serve.js'], { env: { ...env, PORT: String(port) }, stdio: 'pipe' });
		await new Promise<void>((ready, fail) => {
			server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('running at') && ready());
			server!.on('exit', (code) => fail(new Error(`serve.js exited with ${code}`)));
		});
	});

	test.afterAll(() => {
		server?.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('loads the map with every request under /atlas/', async ({ page }) => {
		const base = `http://127.0.0.1:${port}/atlas/`;
		const watch = watchPage(page, base);
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(base);
		await waitForMap(page);
		expect(failed).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.localRequests.every((url) => new URL(url).pathname.startsWith('/atlas/'))).toBe(true);
		expect(watch.consoleErrors).toEqual([]);
	});
});
