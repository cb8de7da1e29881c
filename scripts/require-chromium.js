#!/usr/bin/env node
// Stops the end-to-end tests early, with a way out, when there is no browser to run them in.
import { findChromium } from './chromium.js';

if (!findChromium()) {
	const named = process.env.CHROMIUM_PATH;
	console.error(
		[
			named ? `CHROMIUM_PATH is set to ${named}, but there is no file there.` : 'No Chromium found for the end-to-end tests.',
			'Get one in any of these ways, then run the tests again:',
			'  - Debian or Ubuntu: sudo apt-get install chromium   (installs /usr/bin/chromium)',
			'  - Playwright’s own build: npx playwright install chromium',
			'  - Any Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chrome npm test'
		].join('\n')
	);
	process.exit(1);
}
