import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests against the built site: one server and one browser for the whole run (global setup),
// files run one after another (the machine has two cores and Chromium wants both).
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// expect.poll waits on a condition (a share card set, a step settled): 1 s, vitest's default, is a race
		// on a loaded two-core machine. A generous limit costs time only when the test is failing anyway.
		expect: { poll: { timeout: 15_000 } }
	}
});
