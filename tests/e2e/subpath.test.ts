import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { loadContent } from '../../src/lib/content/load';
import { openPage } from './browser';
import { buildVariant, removeVariant } from './build-variant';

// A second build, as a newsroom would deploy it: under a sub-path, on another origin.
const BASE = '/2021/jiaocheng';
const ORIGIN = 'https://news.example.com';
const charts = loadContent('data').sections.flatMap((s) => (s.chart ? [s.chart] : []));

describe(`the site built for ${ORIGIN}${BASE}/`, () => {
	let dir: string;
	let site: { url: string; close(): Promise<unknown> };
	beforeAll(async () => {
		dir = buildVariant('subpath', { BASE_PATH: BASE, PUBLIC_ORIGIN: ORIGIN }, { images: true });
		site = await serve({ dir, port: 0, base: BASE });
	}, 180_000);
	afterAll(async () => {
		await site?.close();
		if (dir) removeVariant(dir);
	});

	it('serves the story, every embed, the loader and every asset they name, with no 404', async () => {
		const pages = ['', 'notes/', 'embed/', ...charts.map((c) => `embed/${c}/`)];
		const seen = new Set<string>();
		for (const p of pages) {
			const res = await fetch(site.url + p);
			expect(res.status, p).toBe(200);
			const html = await res.text();
			for (const m of html.matchAll(/(?:href|src)="([^"#]+)/g)) if (m[1].startsWith(BASE + '/')) seen.add(m[1]);
		}
		seen.add(`${BASE}/embed.js`);
		seen.add(`${BASE}/pym.v1.min.js`);
		const origin = new URL(site.url).origin;
		for (const path of seen) expect((await fetch(origin + path)).status, path).toBe(200);
	});

	it('names share images on the configured origin, and has them under the sub-path', async () => {
		const html = await (await fetch(site.url)).text();
		const images = [...html.matchAll(/<meta (?:property|name|itemprop)="(?:og:image|twitter:image|image)" content="([^"]+)"/g)].map((m) => m[1]);
		expect(images.length).toBe(3);
		for (const url of images) {
			expect(url.startsWith(`${ORIGIN}${BASE}/share/`), url).toBe(true);
			expect((await fetch(site.url + url.slice(`${ORIGIN}${BASE}/`.length))).status, url).toBe(200);
		}
	});

	it('gives hosts snippets with absolute URLs on the configured origin', async () => {
		const html = await (await fetch(site.url + 'embed/')).text();
		expect(html).toContain(`${ORIGIN}${BASE}/embed.js`);
		expect(html).toContain(`${ORIGIN}${BASE}/embed/strength/`);
	});

	it('runs the story there with no failed request and no error', async () => {
		const w = await openPage({}, site.url);
		const failed: string[] = [];
		w.page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
		await w.page.reload();
		await w.page.waitForSelector('#strength .step.active');
		// The source sheet fetches a reported figure's quote from the notes page under the sub-path.
		await w.page.locator('main a.fig[data-fig="gdp_2020"]').first().click();
		await expect.poll(() => w.page.locator('.source-sheet.open blockquote').count()).toBe(1);
		expect(failed).toEqual([]);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});
