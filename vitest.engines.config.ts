import { defineConfig } from 'vitest/config';

// Smoke tests of the built site in two more engines: Firefox ESR (puppeteer-core over WebDriver BiDi) and
// WebKitGTK (WebKitWebDriver under Xvfb). One server for the run (global setup); one browser at a time,
// files one after another (two cores; each browser wants both). Browsers start slowly: generous timeouts.
export default defineConfig({
	test: {
		include: ['tests/engines/**/*.test.ts'],
		globalSetup: ['tests/engines/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
