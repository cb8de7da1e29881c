// The embed page (/embed/): inside a sandboxed iframe (`allow-scripts` only, so an opaque origin)
// on a page of another origin, its map draws with no console error or CSP violation in either
// frame; it reads the main page's link; it is accessible and has a text alternative; nothing
// overlaps at small sizes; and the site sends nothing that forbids framing.
import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepScreenshot, waitForMap, watchPage } from './support';

/** A second local origin: a tiny server whose one page frames the app's /embed/ as a host would. */
async function hostPage(embedUrl: string, size: { width: number; height: number }): Promise<{ url: string; close: () => Promise<void> }> {
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host's article</title></head>
<body style="margin:0;padding:8px;font-family:sans-serif"><p>A host's article, with the map:</p>
<iframe src="${embedUrl}" width="${size.width}" height="${size.height}" sandbox="allow-scripts" title="Map of Ukraine, Frontline Atlas" loading="lazy" style="border:0"></iframe>
</body></html>`;
	const server: Server = createServer((req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(html);
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise<void>((done) => {
			server.closeAllConnections();
			server.close(() => done());
		})
	};
}

/** The embed's frame, once the host page has it. */
async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
	return page.frames().find((f) => f.url().includes('/embed/'))!;
}

/** Boxes of the embed's chrome that must not overlap one another. */
async function overlaps(page: Page | Frame): Promise<string[]> {
	return page.evaluate(() => {
		const pick = (name: string, selector: string) => {
			const el = document.querySelector(selector);
			if (!el) return null;
			const r = el.getBoundingClientRect();
			return r.width && r.height ? { name, r } : null;
		};
		const boxes = [
			pick('key', '[data-testid="embed-key"]'),
			pick('badge', '[data-testid="as-of-badge"]'),
			pick('zoom', '.maplibregl-ctrl-top-right'),
			pick('credits', '.maplibregl-ctrl-attrib'),
			pick('scale', '.maplibregl-ctrl-scale')
		].filter((b) => b !== null);
		const found: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!.r, boxes[j]!.r];
				if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
			}
		const outside = boxes.filter((b) => b.r.left < -1 || b.r.top < -1 || b.r.right > innerWidth + 1 || b.r.bottom > innerHeight + 1).map((b) => `${b.name} outside`);
		return [...found, ...outside];
	});
}

test.describe('the embed page', () => {
	test.beforeEach(async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
	});

	test('draws its map in a sandboxed iframe on another origin, with no console error in either frame', async ({ page, baseURL }) => {
		const embedUrl = `${baseURL}/embed/?select=region:UA-14&theme=dark&kursk=2024-08-27`;
		const host = await hostPage(embedUrl, { width: 640, height: 360 });
		try {
			const watch = watchPage(page, host.url);
			await page.goto(host.url);
			const frame = await embedFrame(page);
			const embed = page.frameLocator('iframe');
			await expect(embed.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
			await expect(embed.locator('[data-map-idle]')).toHaveAttribute('data-map-idle', 'true');
			// It really is an opaque origin: the sandbox took the app's own origin away.
			expect(await frame.evaluate(() => window.origin)).toBe('null');
			// The link was read: the theme, the selection and the Kursk date.
			await expect(embed.locator('html')).toHaveAttribute('data-theme', 'dark');
			await expect(embed.getByTestId('embed-summary')).toContainText('Selected and outlined: Donetsk Oblast.');
			await expect(embed.getByTestId('as-of-badge')).toContainText('Kursk 27 Aug 2024');
			const full = embed.getByRole('link', { name: 'Full map' });
			const href = new URL((await full.getAttribute('href'))!, embedUrl);
			expect(href.pathname).toBe('/');
			expect(href.searchParams.get('select')).toBe('region:UA-14');
			expect(href.searchParams.get('theme')).toBe('dark');
			expect(href.searchParams.get('kursk')).toBe('2024-08-27');
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.pageErrors).toEqual([]);
			expect(await overlaps(frame)).toEqual([]);
		} finally {
			await host.close();
		}
	});

	test('a malformed parameter gets the main page’s notice, and the rest of the link holds', async ({ page }) => {
		await page.goto('/embed/?theme=purple&select=region:UA-09');
		await waitForMap(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ignored part of the link' })).toContainText('theme (neither light nor dark)');
		await expect(page.getByTestId('embed-summary')).toContainText('Selected and outlined: Luhansk Oblast.');
	});

	test('has an accessible name, a text alternative from its key, and no accessibility violations', async ({ page }) => {
		await page.goto('/embed/');
		await waitForMap(page);
		await expect(page).toHaveTitle(/^Map of Ukraine: As DeepStateMap assessed it on 13 March 2025 — Frontline Atlas$/);
		await expect(page.getByRole('region', { name: 'Map of Ukraine and its neighbours' })).toBeVisible();
		// The summary lists exactly what the key lists.
		const labels = await page.getByTestId('embed-key').locator('li').allTextContents();
		expect(labels.length).toBeGreaterThan(3);
		const summary = await page.getByTestId('embed-summary').textContent();
		for (const label of labels) expect(summary).toContain(label.trim());
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});

	test('nothing overlaps at 300×250, 640×360 and 1280×720, and the key folds in a small frame', async ({ page }) => {
		for (const size of [{ width: 300, height: 250 }, { width: 640, height: 360 }, { width: 1280, height: 720 }]) {
			await page.setViewportSize(size);
			await page.goto('/embed/?select=region:UA-14');
			await waitForMap(page);
			await expect(page.locator('[data-map-idle]')).toHaveAttribute('data-map-idle', 'true');
			const toggle = page.getByTestId('embed-key').getByRole('button', { name: /^(Key|Hide key)$/ });
			await expect(toggle).toHaveAttribute('aria-expanded', size.width < 480 || size.height < 360 ? 'false' : 'true');
			expect(await overlaps(page), `${size.width}×${size.height}`).toEqual([]);
		}
	});

	test('the site sends nothing that stops it being framed, and keeps its CSP', async ({ request }) => {
		for (const path of ['/', '/embed/', '/present/']) {
			const answer = await request.get(path);
			const headers = answer.headers();
			expect(headers['x-frame-options'], path).toBeUndefined();
			expect(headers['content-security-policy'] ?? '', path).not.toContain('frame-ancestors');
			const html = await answer.text();
			const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
			expect(csp, path).toContain("default-src 'self'");
			expect(csp, path).not.toContain('frame-ancestors');
		}
	});

	test('screenshots: 300×250 in an iframe, 1280×720, 3840×2160 @screenshot', async ({ page, baseURL }, testInfo) => {
		const host = await hostPage(`${baseURL}/embed/?select=region:UA-14`, { width: 300, height: 250 });
		try {
			await page.setViewportSize({ width: 340, height: 320 });
			await page.goto(host.url);
			const embed = page.frameLocator('iframe');
			await expect(embed.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
			await expect(embed.locator('[data-map-idle]')).toHaveAttribute('data-map-idle', 'true');
			const frame = await embedFrame(page);
			expect(await overlaps(frame)).toEqual([]);
			await keepScreenshot(page, testInfo, 'embed-300x250-iframe');
		} finally {
			await host.close();
		}
		for (const size of [{ width: 1280, height: 720 }, { width: 3840, height: 2160 }]) {
			await page.setViewportSize(size);
			await page.goto('/embed/?select=region:UA-14');
			await waitForMap(page);
			await expect(page.locator('[data-map-idle]')).toHaveAttribute('data-map-idle', 'true');
			await keepScreenshot(page, testInfo, `embed-${size.width}x${size.height}`);
		}
	});
});

test.describe('the main page’s Embed dialog', () => {
	test.beforeEach(async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
	});

	test('gives iframe code for the current view, fixed or responsive, copies it, and is keyboard accessible', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/?select=region:UA-14&theme=dark&kursk=2024-08-27');
		await waitForMap(page);
		const open = page.getByRole('button', { name: 'Embed', exact: true });
		await open.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Embed this map' });
		await expect(dialog).toBeVisible();
		const code = dialog.getByTestId('embed-code');
		const src = async () => new URL(/<iframe src="([^"]*)"/.exec(await code.inputValue())![1]!.replaceAll('&amp;', '&'));
		// Responsive by default: a wrapper with the aspect ratio.
		expect(await code.inputValue()).toMatch(/^<div style="[^"]*aspect-ratio:640 \/ 400/);
		const embed = await src();
		expect(embed.pathname).toBe('/embed/');
		expect(embed.searchParams.get('select')).toBe('region:UA-14');
		expect(embed.searchParams.get('theme')).toBe('dark');
		expect(embed.searchParams.get('kursk')).toBe('2024-08-27');
		expect(await code.inputValue()).toContain('sandbox="allow-scripts" loading="lazy"');
		expect(await code.inputValue()).toMatch(/title="Map of Ukraine: [^"]+"/);
		expect(await code.inputValue()).toMatch(/<a href="[^"]*\/\?select=region:UA-14[^"]*">Open the full map/);
		// Fixed: width and height attributes from the fields.
		await dialog.getByRole('radio', { name: /^Fixed/ }).check();
		await dialog.getByRole('spinbutton', { name: 'Width (px)' }).fill('800');
		await expect(code).toHaveValue(/<iframe [^>]*width="800" height="400"/);
		await dialog.getByRole('button', { name: 'Copy the code' }).click();
		await expect(dialog.getByRole('status')).toHaveText('Copied the code to the clipboard.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
		const axe = await new AxeBuilder({ page }).include('dialog').analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
		// Escape closes, and focus goes back to the button.
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(open).toBeFocused();
	});

	test('without the Clipboard API the code is selected and the reader told to copy it', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
		await page.goto('/');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Embed', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this map' });
		await dialog.getByRole('button', { name: 'Copy the code' }).click();
		await expect(dialog.getByRole('status')).toContainText('the code is selected, press Ctrl+C');
		const code = dialog.getByTestId('embed-code');
		await expect(code).toBeFocused();
		const selected = await code.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
		expect(selected).toBe(await code.inputValue());
	});
});
