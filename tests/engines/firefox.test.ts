// Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi: no geckodriver, no
// downloaded browser. Overlay scrollbars, as on phones (without them the usable width at 375 px is 363).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { recordFailedLoads, smokeSuite, VIEWPORT, type EnginePage } from './smoke';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

async function open(url: string): Promise<EnginePage> {
	if (!existsSync(FIREFOX)) {
		throw new Error(`Firefox ESR not found at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr), or set FIREFOX_PATH`);
	}
	const browser = await puppeteer.launch({
		browser: 'firefox',
		protocol: 'webDriverBiDi',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
		defaultViewport: VIEWPORT
	});
	try {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
		});
		page.on('pageerror', (e) => errors.push(`uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
		await page.evaluateOnNewDocument(recordFailedLoads);
		await page.goto(url, { waitUntil: 'load' });
		return {
			run: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => never, ...args),
			errors: async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __failedLoads: string[] }).__failedLoads))],
			close: () => browser.close()
		};
	} catch (e) {
		await browser.close();
		throw e;
	}
}

smokeSuite('Firefox ESR', open);
