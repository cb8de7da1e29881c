// Data downloads and the figures table: About the data links every layer's file (with its format,
// source, date and licence beside it) and the figures as JSON and CSV; the CSV's figures equal the
// figures.json files, row for row; the figures table is a real, accessible table reached from the panel.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { keepScreenshot, waitForMap } from './support';

interface RegionFigures {
	id: string;
	name: string;
	measuredAreaKm2: number;
	officialAreaKm2: number | null;
	occupiedKm2: number;
	occupiedShare: number;
	contestedKm2: number;
	annexationClaimedOn: string | null;
}

/** Reads RFC 4180 CSV into rows of fields. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		}
	}
	return rows;
}

async function axeClean(page: Page, include?: string) {
	const builder = new AxeBuilder({ page });
	const results = await (include ? builder.include(include) : builder).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test.describe('data downloads', () => {
	test('the CSV has one row per region and date, equal to figures.json, with each date’s source and licence', async ({ request }) => {
		const manifest = (await (await request.get('/data/manifest.json')).json()) as { layers: { kind: string; asOf: string | null; source: string; licence: string }[] };
		const dates = manifest.layers.filter((l) => l.kind === 'figures' && l.asOf).map((l) => l.asOf!).sort();
		expect(dates.length).toBeGreaterThan(1);
		const answer = await request.get('/data/figures.csv');
		expect(answer.status()).toBe(200);
		expect(answer.headers()['content-type']).toBe('text/csv; charset=utf-8');
		const [header, ...rows] = parseCsv(await answer.text());
		const column = (name: string) => header!.indexOf(name);
		for (const name of ['region_id', 'region_name', 'date', 'occupied_km2', 'occupied_share_of_measured_area', 'official_area_km2', 'annexation_claimed_on', 'source', 'licence']) expect(column(name), name).toBeGreaterThanOrEqual(0);
		let expected = 0;
		for (const date of dates) {
			const figures = (await (await request.get(`/data/facts/${date}/figures.json`)).json()) as { asOf: string; regions: RegionFigures[] };
			const occupied = manifest.layers.find((l) => l.kind === 'occupied' && l.asOf === date)!;
			for (const region of figures.regions) {
				const row = rows.find((r) => r[column('region_id')] === region.id && r[column('date')] === date);
				expect(row, `${region.id} ${date}`).toBeDefined();
				expect(row![column('region_name')]).toBe(region.name);
				expect(Number(row![column('occupied_km2')])).toBe(region.occupiedKm2);
				expect(Number(row![column('occupied_share_of_measured_area')])).toBe(region.occupiedShare);
				expect(Number(row![column('measured_area_km2')])).toBe(region.measuredAreaKm2);
				expect(row![column('official_area_km2')]).toBe(region.officialAreaKm2 === null ? '' : String(region.officialAreaKm2));
				expect(Number(row![column('contested_km2')])).toBe(region.contestedKm2);
				expect(row![column('annexation_claimed_on')]).toBe(region.annexationClaimedOn ?? '');
				expect(row![column('source')]).toBe(occupied.source);
				expect(row![column('licence')]).toBe(occupied.licence);
				expected++;
			}
		}
		expect(rows).toHaveLength(expected);
	});

	test('About the data links every layer’s file, and the figures as CSV and JSON, each with its source, date and licence', async ({ page, request }) => {
		await page.goto('/?view=about');
		await waitForMap(page);
		const about = page.getByRole('tabpanel', { name: 'About the data' });
		const manifest = (await (await request.get('/data/manifest.json')).json()) as { layers: { id: string; title: string; file: string; kind: string; licence: string }[] };
		for (const layer of manifest.layers.filter((l) => l.kind !== 'corrections')) {
			const entry = about.getByRole('article', { name: layer.title, exact: true });
			const link = entry.getByRole('link', { name: layer.file, exact: true });
			await expect(link, layer.id).toHaveAttribute('download', /.+/);
			await expect(entry, layer.id).toContainText(layer.licence);
			const href = new URL((await link.getAttribute('href'))!, page.url());
			expect((await request.get(href.href)).status(), layer.id).toBe(200);
		}
		await expect(about.getByRole('article', { name: 'Countries', exact: true })).toContainText('TopoJSON, object “countries”');
		const downloads = about.getByTestId('figures-downloads');
		const csv = downloads.getByRole('link', { name: 'figures.csv' });
		const csvHref = new URL((await csv.getAttribute('href'))!, page.url());
		expect((await request.get(csvHref.href)).status()).toBe(200);
		await expect(downloads.getByRole('link', { name: 'facts/2025-03-13/figures.json' })).toBeVisible();
		await expect(downloads).toContainText('13 March 2025');
		await axeClean(page);
	});
});

test.describe('the figures table', () => {
	test('is a real table with a caption, scoped headers and units, reached from the panel, and axe-clean', async ({ page, request }, testInfo) => {
		await page.goto('/');
		await waitForMap(page);
		const open = page.getByRole('button', { name: 'Table', exact: true });
		await open.click();
		const dialog = page.getByRole('dialog', { name: 'Figures per region and date' });
		const table = dialog.getByRole('table');
		await expect(table).toBeVisible();
		await expect(table.locator('caption')).toContainText('as DeepStateMap assessed it');
		await expect(table.locator('thead th[scope="col"]')).toHaveText(['Region', 'Occupied (km²)', 'Occupied (% of measured area)', 'Contested (km²)', 'Measured area (km²)', 'Official area (km²)', 'Russia\'s annexation claim (date)']);
		// A row per region and date, under a header per date; the figures as the app rounds them.
		const figures = (await (await request.get('/data/facts/2025-03-13/figures.json')).json()) as { regions: RegionFigures[] };
		const group = table.locator('tbody').filter({ has: page.locator('th[scope="rowgroup"]', { hasText: '13 March 2025' }) });
		await expect(group.locator('th[scope="row"]')).toHaveText(figures.regions.map((r) => r.name));
		const donetsk = figures.regions.find((r) => r.id === 'UA-14')!;
		const row = group.getByRole('row', { name: new RegExp(`^${donetsk.name}`) });
		const rounded = new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(Math.round(donetsk.occupiedKm2 / 100) * 100);
		const share = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(donetsk.occupiedShare);
		await expect(row.locator('td').nth(0)).toHaveText(rounded);
		await expect(row.locator('td').nth(1)).toHaveText(share);
		await axeClean(page);
		await keepScreenshot(page, testInfo, 'figures-table-1280x800');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(open).toBeFocused();
	});
});

test('screenshots: the figures table at 3840×2160 and on a phone, About the data’s downloads @screenshot', async ({ page }, testInfo) => {
	for (const size of [{ width: 3840, height: 2160 }, { width: 390, height: 844 }]) {
		await page.setViewportSize(size);
		await page.goto('/');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Table', exact: true }).click();
		await expect(page.getByRole('dialog', { name: 'Figures per region and date' }).getByRole('table')).toBeVisible();
		await keepScreenshot(page, testInfo, `figures-table-${size.width}x${size.height}`);
	}
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/?view=about');
	await waitForMap(page);
	await page.getByTestId('figures-downloads').scrollIntoViewIfNeeded();
	await keepScreenshot(page, testInfo, 'about-downloads-1280x800');
});
