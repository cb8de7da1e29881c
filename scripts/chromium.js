// Where to find the Chromium that the end-to-end tests and the benchmark drive. Playwright's own
// browser download cannot run on every machine, so a system Chromium is preferred.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary to use: $CHROMIUM_PATH, a system Chromium, or Playwright's download. */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	const system = candidates.find((path) => existsSync(path));
	if (system) return system;
	try {
		const bundled = chromium.executablePath();
		return bundled && existsSync(bundled) ? bundled : null;
	} catch {
		return null;
	}
}

/** Flags for headless Chromium: WebGL 2 through SwiftShader, and no calls home. */
export const chromiumArgs = [
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
