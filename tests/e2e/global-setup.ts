import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		wsEndpoint: string;
	}
}

export default async function setup(project: TestProject) {
	const site = await serve({ dir: 'build', port: 0 });
	const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	project.provide('siteUrl', site.url);
	project.provide('wsEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await site.close();
	};
}
