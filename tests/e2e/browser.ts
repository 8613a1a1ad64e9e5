import { chromium, type Browser, type BrowserContextOptions, type FrameLocator, type Page } from 'playwright-core';
import { inject } from 'vitest';

let browser: Promise<Browser> | undefined;

export const siteUrl = () => inject('siteUrl');
export const hostUrl = () => inject('hostUrl');

export interface Watched {
	page: Page;
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Console warnings (an embed must print none into its host's console). */
	warnings: string[];
	/** Every request that left the site's own origin. */
	foreign: string[];
	close(): Promise<void>;
}

/**
 * A fresh context on the shared browser, watching for errors and requests to other hosts. `before` runs
 * ahead of the first navigation (say, to set up `page.route` stubs).
 */
export async function openPage(options: BrowserContextOptions = {}, path = '', initScript?: string, before?: (page: Page) => Promise<unknown>): Promise<Watched> {
	browser ??= chromium.connect(inject('wsEndpoint'));
	const context = await (await browser).newContext({ viewport: { width: 375, height: 740 }, ...options });
	const page = await context.newPage();
	if (initScript) await page.addInitScript(initScript);
	const origin = new URL(siteUrl()).origin;
	const errors: string[] = [];
	const warnings: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
		if (m.type() === 'warning') warnings.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('request', (r) => {
		if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	await before?.(page);
	await page.goto(new URL(path, siteUrl()).href, { waitUntil: 'load' });
	return { page, errors, warnings, foreign, close: () => context.close() };
}

/**
 * Waits until the page's code runs. A control clicked sooner does what it does without JavaScript (the share
 * link opens the poster's image). A chart goes live only after the page has hydrated, and every story position
 * these tests open, and every embed, has one on screen; a story in a frame marks itself `in-frame` on mount.
 */
export async function untilHydrated(page: Pick<Page, 'locator'> | FrameLocator) {
	await page.locator('html.in-frame, .chart-root[data-live]').first().waitFor();
}
