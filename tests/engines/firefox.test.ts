// Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi: no geckodriver, no
// downloaded browser. Overlay scrollbars, as on phones (without them the usable width at 375 px is 363).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { recordFailedLoads, smokeSuite, VIEWPORT, type EnginePage } from './smoke';
import { groupGone, removeDir } from '../../scripts/processes.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

async function open(url: string): Promise<EnginePage> {
	if (!existsSync(FIREFOX)) {
		throw new Error(`Firefox ESR not found at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr), or set FIREFOX_PATH`);
	}
	// Our own profile folder: puppeteer removes a temporary one as soon as the main process exits, and fails
	// when a content process still writes into it. This one goes after the whole process group has.
	const profile = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
	const browser = await puppeteer
		.launch({
			browser: 'firefox',
			protocol: 'webDriverBiDi',
			executablePath: FIREFOX,
			userDataDir: profile,
			headless: true,
			extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
			defaultViewport: VIEWPORT
		})
		.catch((e) => {
			removeDir(profile);
			throw e;
		});
	// puppeteer starts the browser in a group of its own (detached).
	const pid = browser.process()?.pid;
	const close = async () => {
		await browser.close().catch((e) => console.warn(`cleanup: Firefox did not close cleanly: ${e}`));
		if (pid !== undefined) await groupGone(pid, { name: 'Firefox' });
		removeDir(profile);
	};
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
			close
		};
	} catch (e) {
		await close();
		throw e;
	}
}

smokeSuite('Firefox ESR', open);
