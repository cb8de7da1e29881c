import { describe, expect, it } from 'vitest';
import { serviceWorkerContainer } from './container';

describe('serviceWorkerContainer', () => {
	it('is the navigator’s container where there is one', () => {
		const container = { register: () => {} };
		expect(serviceWorkerContainer({ serviceWorker: container })).toBe(container);
	});

	it('is null without service workers', () => {
		expect(serviceWorkerContainer({})).toBeNull();
		expect(serviceWorkerContainer({ serviceWorker: undefined })).toBeNull();
	});

	it('is null, without throwing, in a sandboxed iframe, where reading it throws a SecurityError', () => {
		const sandboxed = Object.defineProperty({}, 'serviceWorker', {
			enumerable: true,
			get() {
				throw new DOMException("Failed to read the 'serviceWorker' property from 'Navigator': Service worker is disabled because the context is sandboxed and lacks the 'allow-same-origin' flag.", 'SecurityError');
			}
		});
		expect(() => serviceWorkerContainer(sandboxed)).not.toThrow();
		expect(serviceWorkerContainer(sandboxed)).toBeNull();
	});
});
