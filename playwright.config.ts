import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/artifacts',
	// SwiftShader renders WebGL on the CPU: one test at a time keeps timings sane on two cores.
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 90_000,
	expect: { timeout: 30_000 },
	reporter: [['list']],
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://127.0.0.1:${port}/`,
		env: { PORT: String(port), HOST: '127.0.0.1' },
		reuseExistingServer: false,
		timeout: 30_000
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath: findChromium() ?? undefined,
			args: chromiumArgs
		},
		trace: 'off',
		// The app's service worker (src/service-worker.ts) answers requests from its cache, which
		// page.route never sees (bad-data.spec.ts) and which would carry one test's build into the
		// next. Only tests/e2e/offline.spec.ts allows it, with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block'
	},
	// Two projects, both run by `playwright test` (so by `npm test` and CI). Tests tagged
	// `@screenshot` only take screenshots (close-ups, the same view at several sizes; some also
	// check a few pixel colours): they are slow and assert little, so `--project=fast` leaves them out.
	projects: [
		{ name: 'fast', grepInvert: /@screenshot/ },
		{ name: 'screenshots', grep: /@screenshot/ }
	]
});
