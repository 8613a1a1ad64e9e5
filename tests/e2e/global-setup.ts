import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.js';
import { removeDir } from '../../scripts/processes.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		/** Host pages for embed tests, on another port: another origin. */
		hostUrl: string;
		wsEndpoint: string;
	}
}

export default async function setup(project: TestProject) {
	const site = await serve({ dir: 'build', port: 0 });
	// Host pages plus pym.js from its npm package, as a newsroom's CMS would have it.
	const hostDir = mkdtempSync(join(tmpdir(), 'story-hosts-'));
	cpSync('tests/e2e/hosts', hostDir, { recursive: true });
	cpSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), join(hostDir, 'pym.v1.min.js'));
	cpSync('static/favicon.ico', join(hostDir, 'favicon.ico'));
	const hosts = await serve({ dir: hostDir, port: 0 });
	const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	project.provide('siteUrl', site.url);
	project.provide('hostUrl', hosts.url);
	project.provide('wsEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await site.close();
		await hosts.close();
		removeDir(hostDir);
	};
}
