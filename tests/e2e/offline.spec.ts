import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepScreenshot, waitForMap, waitForMapIdle, watchPage } from './support';

// Offline after one visit (src/service-worker.ts). Every other spec blocks service workers
// (playwright.config.ts); this one is about them.
test.use({ serviceWorkers: 'allow' });

/** Waits until this app's service worker is active and controls the page (src/lib/offline/register.ts marks <html>). */
async function waitForServiceWorker(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 60_000 });
	expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Requests of the context (pages and service worker alike) that failed or got an error status.
 * A request the page itself cancelled (net::ERR_ABORTED: the test moved on to the next page while
 * a data file was still on its way) is not a failure of the cache; one the network refused is.
 */
function watchFailures(context: BrowserContext): string[] {
	const failed: string[] = [];
	context.on('requestfailed', (request) => {
		const error = request.failure()?.errorText ?? 'failed';
		if (error !== 'net::ERR_ABORTED') failed.push(`${error} ${request.url()}`);
	});
	context.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	return failed;
}

/** This app's caches in Cache Storage. */
const appCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('frontline-atlas:')));

const search = (page: Page) => page.getByRole('combobox', { name: 'Regions and places' });
const card = (page: Page) => page.getByRole('complementary', { name: 'About this map' }).getByRole('region').filter({ has: page.getByRole('button', { name: /^Close the card/ }) });

test.describe('offline after one visit', () => {
	test('with the network off, the main page (with a link), /present/, the presenter window, the briefing and the embed load and draw from the cache', async ({ page, context, baseURL }, testInfo) => {
		await page.goto('/');
		await waitForMap(page);
		await waitForServiceWorker(page);
		expect(await appCaches(page)).toHaveLength(1);

		await context.setOffline(true);
		const failed = watchFailures(context);
		const watch = watchPage(page, baseURL!);

		await page.reload();
		await waitForMap(page);
		await expect(page.locator('.map canvas')).toBeVisible();

		// A link with a query is the same cached page.
		await page.goto('/?select=region:UA-14&view=claims');
		await waitForMap(page);
		await expect(card(page).getByRole('heading', { name: /Donetsk/ })).toBeVisible();
		expect(new URL(page.url()).searchParams.get('select')).toBe('region:UA-14');

		// A file loaded only when wanted (the towns and villages, for the search) was cached too.
		await search(page).click();
		await search(page).fill('Borova');
		await expect(page.getByRole('listbox', { name: 'Regions and places' }).getByRole('option').first()).toContainText('Borova');

		await page.goto('/present/');
		await waitForMap(page);
		await expect(page.locator('main.present')).not.toHaveAttribute('data-chapter', '');
		await keepScreenshot(page, testInfo, 'offline-present-1280x800');

		await page.goto('/present/presenter/');
		await expect(page.getByRole('heading', { name: 'Presenter view' })).toBeVisible();
		await expect(page.getByRole('alert')).toContainText('Open this view from the presentation');

		// The exports: the print briefing's map image is the image export's, drawn off screen from the cache too.
		await page.goto('/briefing/?select=region:UA-14');
		await expect(page.locator('main.briefing')).toHaveAttribute('data-briefing', 'ready', { timeout: 120_000 });
		await expect.poll(() => page.locator('main.briefing img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		await page.goto('/embed/?select=region:UA-14');
		await waitForMap(page);

		expect(failed).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
	});

	test('in a sandboxed iframe (an opaque origin, where service workers are refused) the embed draws with no console error', async ({ page, baseURL }) => {
		// A second local origin whose page frames /embed/ with allow-scripts only, as a host would.
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<iframe src="${baseURL}/embed/" width="640" height="360" sandbox="allow-scripts" title="Map of Ukraine, Frontline Atlas"></iframe></body></html>`;
		const host = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
		await new Promise<void>((ready) => host.listen(0, '127.0.0.1', ready));
		const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
		try {
			const watch = watchPage(page, hostUrl);
			await page.goto(hostUrl);
			const embed = page.frameLocator('iframe');
			await expect(embed.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
			const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
			expect(await frame.evaluate(() => window.origin)).toBe('null');
			// Reading navigator.serviceWorker there throws; the app's guard kept it out of the console.
			expect(await frame.evaluate(() => {
				try {
					return String(navigator.serviceWorker);
				} catch (error) {
					return (error as Error).name;
				}
			})).toBe('SecurityError');
			await expect(embed.locator('html')).not.toHaveAttribute('data-offline', 'ready');
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.pageErrors).toEqual([]);
		} finally {
			host.closeAllConnections();
			await new Promise<void>((done) => host.close(() => done()));
		}
	});
});

// A build under /atlas/ in a folder of its own, served there; built a second time to make a new
// version, which must wait, be announced, and take over only when the reader asks for it.
test.describe('the service worker under a sub-path, and a new version', () => {
	test.describe.configure({ timeout: 300_000 });
	const port = 4187;
	const base = `http://127.0.0.1:${port}/atlas/`;
	let dir = '';
	let server: ChildProcess | undefined;
	const buildInto = () => {
		const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { env: { ...process.env, BASE_PATH: '/atlas', BUILD_DIR: dir }, encoding: 'utf8' });
		expect(built.status, built.stderr).toBe(0);
	};

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
		buildInto();
		server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, BASE_PATH: '/atlas', BUILD_DIR: dir, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'pipe' });
		await new Promise<void>((ready, fail) => {
			server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('running at') && ready());
			server!.on('exit', (code) => fail(new Error(`serve.js exited with ${code}`)));
		});
	});

	test.afterAll(() => {
		server?.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('works offline under /atlas/; a new build is announced in each window, and only the one that asked reloads', async ({ page, context }, testInfo) => {
		const watch = watchPage(page, base);
		await page.goto(base);
		await waitForMap(page);
		await waitForServiceWorker(page);
		expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(base);
		const [oldCache] = await appCaches(page);
		expect(oldCache).toMatch(/^frontline-atlas:\/atlas:/);

		// Offline, presentation mode under the sub-path.
		const failed = watchFailures(context);
		await context.setOffline(true);
		const room = await context.newPage();
		const roomWatch = watchPage(room, base);
		await room.goto(`${base}present/`);
		await waitForMap(room);
		expect(failed).toEqual([]);
		await context.setOffline(false);

		// A new version: the same sub-path built again (a new `version`, so a new worker).
		buildInto();
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

		const notice = page.getByRole('complementary', { name: 'Update available' });
		await expect(notice).toContainText('A newer version of Frontline Atlas is available. Reload to update.');
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		for (const { width, height } of [{ width: 1280, height: 800 }, { width: 3840, height: 2160 }, { width: 375, height: 667 }]) {
			await page.setViewportSize({ width, height });
			await waitForMapIdle(page);
			await expect(notice).toBeInViewport({ ratio: 1 });
			await keepScreenshot(page, testInfo, `offline-update-notice-${width}x${height}`);
		}
		await page.setViewportSize({ width: 1280, height: 800 });

		// The audience's screen has it too, small in its corner and clear of the caption; it does not reload.
		const roomNotice = room.getByRole('complementary', { name: 'Update available' });
		await expect(roomNotice).toBeVisible();
		for (const { width, height } of [{ width: 1280, height: 800 }, { width: 3840, height: 2160 }, { width: 1080, height: 1920 }]) {
			await room.setViewportSize({ width, height });
			await waitForMapIdle(room);
			// Above the 90% safe area, where the badge, the chapter's key and the caption are: it covers none of them.
			const noticeBox = (await roomNotice.boundingBox())!;
			expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(0.05 * height);
			for (const obstacle of await room.locator('[data-map-obstacle]').all()) {
				const box = (await obstacle.boundingBox())!;
				expect(noticeBox.y + noticeBox.height <= box.y || noticeBox.x + noticeBox.width <= box.x || box.x + box.width <= noticeBox.x).toBe(true);
			}
			await keepScreenshot(room, testInfo, `offline-update-notice-present-${width}x${height}`);
		}
		await room.setViewportSize({ width: 1280, height: 800 });
		await room.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

		// Still the old version until the reader chooses: the new one has its cache, but waits.
		const registration = () => page.evaluate(async () => {
			const r = (await navigator.serviceWorker.getRegistration())!;
			return { waiting: r.waiting?.state ?? null, controller: navigator.serviceWorker.controller?.state ?? null };
		});
		expect(await registration()).toEqual({ waiting: 'installed', controller: 'activated' });
		expect(await appCaches(page)).toHaveLength(2);
		expect(await appCaches(page)).toContain(oldCache);

		// Reload: the page loads again once the new worker has taken over (the page's own load event).
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const reloaded = page.waitForEvent('load');
		await notice.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed ?? false)).toBe(false);
		await waitForMap(page);
		await waitForServiceWorker(page);
		await expect(notice).toHaveCount(0);
		const caches = await appCaches(page);
		expect(caches).toHaveLength(1);
		expect(caches[0]).not.toBe(oldCache);

		// The presentation was not reloaded under its presenter: it says another window updated.
		await expect(roomNotice).toContainText('updated in another window');
		expect(await room.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
		// Dismiss, with the keyboard, keeps the talk going: the notice goes, and the Space that pressed
		// the button is not also presentation mode's "next chapter".
		const chapter = await room.locator('main.present').getAttribute('data-chapter');
		await roomNotice.getByRole('button', { name: 'Dismiss' }).focus();
		await room.keyboard.press('Space');
		await expect(roomNotice).toHaveCount(0);
		await expect(room.locator('main.present')).toHaveAttribute('data-chapter', chapter!);

		expect(watch.consoleErrors).toEqual([]);
		expect(roomWatch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});
});
