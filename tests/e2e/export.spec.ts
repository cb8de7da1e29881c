import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { readTextChunks } from '../../src/lib/export/pngText';
import { mapThemes } from '../../src/lib/map/themes';
import { waitForMap, waitForMapIdle, watchPage } from './support';

async function axeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Saves the image the dialog makes at that size; returns the file's name and bytes, and keeps a copy for looking at. */
async function saveImage(page: Page, size: string): Promise<{ name: string; bytes: Buffer }> {
	const dialog = page.getByRole('dialog', { name: 'Save image' });
	await dialog.getByRole('radio', { name: new RegExp(`^${size}`) }).check();
	const downloading = page.waitForEvent('download', { timeout: 120_000 });
	await dialog.getByRole('button', { name: 'Save PNG' }).click();
	await expect(dialog.getByRole('status')).toContainText(`Rendering ${size}`);
	const download = await downloading;
	const path = await download.path();
	const bytes = readFileSync(path);
	mkdirSync('test-results/screenshots', { recursive: true });
	writeFileSync(`test-results/screenshots/export-${size}.png`, bytes);
	await expect(dialog.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}.`);
	return { name: download.suggestedFilename(), bytes };
}

/** Shares of the map area's pixels (below the title band, above the foot band) near the given colours, and its distinct colours. */
function mapArea(png: PNG, colours: string[]) {
	const top = Math.round(png.height * 0.2);
	const bottom = Math.round(png.height * 0.8);
	const counts = new Map<number, number>();
	const near = colours.map(() => 0);
	const rgb = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
	for (let y = top; y < bottom; y++) {
		for (let x = 0; x < png.width; x++) {
			const i = (y * png.width + x) * 4;
			const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
			counts.set(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4), (counts.get(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4)) ?? 0) + 1);
			rgb.forEach(([cr, cg, cb], k) => {
				if (Math.abs(r - cr!) <= 8 && Math.abs(g - cg!) <= 8 && Math.abs(b - cb!) <= 8) near[k]!++;
			});
		}
	}
	const total = (bottom - top) * png.width;
	return { near: near.map((n) => n / total), distinct: [...counts.values()].filter((n) => n / total >= 0.002).length };
}

test.describe('image export', () => {
	test('Save image on the main page: a 1920×1080 PNG of the view with its date and credits inside, the map drawn', async ({ page, baseURL }) => {
		test.setTimeout(180_000);
		const watch = watchPage(page, baseURL!);
		await page.goto('/?select=region:UA-14');
		await waitForMap(page);
		await waitForMapIdle(page);

		const opener = page.getByRole('button', { name: 'Save image' });
		await opener.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Save image' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('radio', { name: /^1200×675/ })).toBeVisible();
		await expect(dialog.getByRole('radio', { name: /this window’s size/ })).toHaveAccessibleName(/1280×800/);
		await axeClean(page);

		const { name, bytes } = await saveImage(page, '1920×1080');
		expect(name).toBe('frontline-atlas_donetsk-oblast_2025-03-13_1920x1080.png');
		const png = PNG.sync.read(bytes);
		expect([png.width, png.height]).toEqual([1920, 1080]);

		const text = readTextChunks(new Uint8Array(bytes));
		expect(text['Title']).toBe('Frontline Atlas: Donetsk Oblast');
		expect(text['As of']).toBe('As DeepStateMap assessed it on 13 March 2025');
		expect(text['Source']).toContain('Natural Earth');
		expect(text['Source']).toContain('GeoNames (CC BY 4.0)');
		expect(text['Source']).toContain('DeepStateMap');
		expect(text['Copyright']).toContain('DEEPSTATEUATECH LLC');
		expect(text['Description']).toContain('Occupied since 24 Feb 2022');

		// Not blank: the light theme's occupation reds are there, and many colours besides.
		const light = mapThemes.light;
		const area = mapArea(png, [light.occupiedBefore, light.focusLand]);
		expect(area.near[0]).toBeGreaterThan(0.005);
		expect(area.near[1]).toBeGreaterThan(0.02);
		expect(area.distinct).toBeGreaterThan(8);

		// The off-screen map is gone; Escape closes the dialog and gives focus back to its button.
		await expect(page.locator('[data-export-map]')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
	});

	test('a map that cannot be drawn for the image says so, and the page keeps working', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await waitForMapIdle(page);
		// From now on no canvas gets WebGL: the image's map cannot start.
		await page.evaluate(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
				return type.startsWith('webgl') ? null : original.call(this, type as '2d', ...(rest as []));
			} as typeof original;
		});
		await page.getByRole('button', { name: 'Save image' }).click();
		const dialog = page.getByRole('dialog', { name: 'Save image' });
		await dialog.getByRole('radio', { name: /^1200×675/ }).check();
		await dialog.getByRole('button', { name: 'Save PNG' }).click();
		await expect(dialog.getByRole('alert')).toContainText('cannot draw the map for the image: it needs WebGL 2');
		await expect(dialog.getByRole('button', { name: 'Save PNG' })).toBeEnabled();
		await expect(page.locator('[data-export-map]')).toHaveCount(0);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready');
	});

	test('Save image in presentation mode: key s, listed in the keys, keeps the clicker’s keys off the deck', async ({ page, baseURL }) => {
		test.setTimeout(150_000);
		const watch = watchPage(page, baseURL!);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/present/');
		await waitForMap(page);
		await waitForMapIdle(page);
		const deck = page.locator('main.present');
		const first = await deck.getAttribute('data-chapter');
		expect(first).toBeTruthy();
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keys' })).toContainText('save the map as an image');
		await page.keyboard.press('Escape');

		await page.keyboard.press('s');
		const dialog = page.getByRole('dialog', { name: 'Save image' });
		await expect(dialog).toBeVisible();
		// A clicker's keys and a click inside the dialog do not move the deck behind it.
		await page.keyboard.press('PageDown');
		await page.keyboard.press('ArrowRight');
		await dialog.getByRole('heading', { name: 'Save image' }).click();
		await expect(deck).toHaveAttribute('data-chapter', first!);
		const { name, bytes } = await saveImage(page, '1200×675');
		expect(name).toMatch(/^frontline-atlas_[a-z0-9-]+_2025-03-13_1200x675\.png$/);
		const png = PNG.sync.read(bytes);
		expect([png.width, png.height]).toEqual([1200, 675]);
		expect(readTextChunks(new Uint8Array(bytes))['Source']).toContain('DeepStateMap');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(deck).toHaveAttribute('data-chapter', first!);
		await page.keyboard.press('PageDown');
		await expect(deck).not.toHaveAttribute('data-chapter', first!);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});

	test('images at 1200×675 and 3840×2160 have those sizes, in the dark theme @screenshot', async ({ page }) => {
		test.setTimeout(240_000);
		await page.goto('/?theme=dark');
		await waitForMap(page);
		await waitForMapIdle(page);
		await page.getByRole('button', { name: 'Save image' }).click();
		for (const [size, w, h] of [
			['1200×675', 1200, 675],
			['3840×2160', 3840, 2160]
		] as const) {
			const { name, bytes } = await saveImage(page, size);
			expect(name).toBe(`frontline-atlas_ukraine_2025-03-13_${w}x${h}.png`);
			const png = PNG.sync.read(bytes);
			expect([png.width, png.height]).toEqual([w, h]);
			expect(mapArea(png, [mapThemes.dark.occupiedBefore]).near[0]).toBeGreaterThan(0.003);
		}
	});
});
