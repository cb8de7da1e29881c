import { test } from '@playwright/test';
for (const [w, h] of [[1280, 800], [3840, 2160], [375, 667]]) test(`look ${w}`, async ({ page }) => {
	page.on('console', (m) => console.log('console:', m.type(), m.text()));
	await page.setViewportSize({ width: w, height: h });
	await page.goto('/');
	await page.locator('[data-map-state="ready"]').waitFor({ timeout: 60000 });
	await page.waitForTimeout(1500);
	await page.screenshot({ path: `test-results/look-${w}.png` });
});
