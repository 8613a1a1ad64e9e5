import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { loadContent } from '../../src/lib/content/load';
import { stepStates } from '../../src/lib/scrolly/states';
import { openPage, siteUrl, type Watched } from './browser';
import { scrollToStep } from './scroll';

const content = loadContent('data');
const section = content.sections.find((s) => s.map)!;
const states = stepStates(section.steps);
const config = JSON.parse(readFileSync('data/map.json', 'utf8')) as { labels: { text: string; kind: string; states: string[] }[] };
const focus = config.labels.find((l) => l.kind === 'focus')!.text;
const ARTIFACTS = 'test-results/map';

/** Waits until the map's zoom and labels have finished moving: a condition, not a pause. */
const settled = (page: Page) =>
	page.waitForFunction(() => document.querySelector('.place-map')!.getAnimations({ subtree: true }).length === 0, undefined, { timeout: 5000 });

const mapState = (page: Page) =>
	page.evaluate(() => {
		const map = document.querySelector<HTMLElement>('.place-map')!;
		const shown = Array.from(map.querySelectorAll<SVGGElement>('.label'))
			.filter((g) => getComputedStyle(g).opacity !== '0')
			.map((g) => g.textContent!.trim());
		// Rendered size of each shown label's type, in CSS px.
		const sizes = Array.from(map.querySelectorAll<SVGTextElement>('.label text'))
			.filter((t) => getComputedStyle(t.parentElement!).opacity !== '0')
			.map((t) => t.getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize));
		return { state: map.dataset.mapState, zoom: getComputedStyle(map.querySelector('.zoom')!).transform, shown, sizes };
	});

describe('locator map', () => {
	it('is in the prerendered page, outlines and labels included, with no script', async () => {
		const html = await (await fetch(siteUrl())).text();
		const figure = /<figure class="place-map[^"]*" data-map-state="([a-z]+)">([\s\S]*?)<\/figure>/.exec(html);
		expect(figure?.[1]).toBe(states[0]);
				expect(figure![2]).toContain(`>${focus}</text>`);
		for (const id of ['land', 'city', 'city-mesh', 'county-mesh', 'county']) expect(html).toMatch(new RegExp(`<path id="place-${id}"[^>]* d="m[^"]{20,}"`));
		// The map opens the story: the first section after the opening.
		expect(html.indexOf('class="place-map')).toBeLessThan(html.indexOf(`id="${content.sections[2].id}"`));
	});

	describe('as the reader scrolls', () => {
		let w: Watched;
		const requests: Request[] = [];
		beforeAll(async () => {
			w = await openPage({ viewport: { width: 375, height: 667 } }, '', undefined, async (page) => page.on('request', (r) => requests.push(r)));
		});
		afterAll(() => w.close());

		it('zooms from state to state, showing each state’s labels at 14 px or more', async () => {
			const seen: Awaited<ReturnType<typeof mapState>>[] = [];
			for (const [i, state] of states.entries()) {
				await scrollToStep(w.page, section.id, i);
				await w.page.waitForSelector(`.place-map[data-map-state="${state}"]`, { timeout: 5000 });
				await settled(w.page);
				const now = await mapState(w.page);
				expect(now.shown.sort()).toEqual(config.labels.filter((l) => l.states.includes(state)).map((l) => l.text).sort());
				expect(Math.min(...now.sizes)).toBeGreaterThanOrEqual(14);
				seen.push(now);
			}
			expect(new Set(seen.map((s) => s.zoom)).size).toBe(states.length);
			// Back up: the state follows the position, not the history.
			await scrollToStep(w.page, section.id, 0);
			await w.page.waitForSelector(`.place-map[data-map-state="${states[0]}"]`, { timeout: 5000 });
		});

		it('makes no request for geometry and logs no error', () => {
			const data = requests.filter((r) => ['fetch', 'xhr'].includes(r.resourceType()) || /json/i.test(r.url()));
			expect(data.map((r) => r.url())).toEqual([]);
			expect(w.errors).toEqual([]);
		});
	});

	it('does not move for a reader who asks for reduced motion', async () => {
		const w = await openPage({ viewport: { width: 375, height: 667 }, reducedMotion: 'reduce' });
		const duration = await w.page.evaluate(() => getComputedStyle(document.querySelector('.place-map .zoom')!).transitionDuration);
		expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
		await w.close();
	});

	// Artifacts to look at, not assertions: every state at a phone's and a desktop's size, light and dark.
	it('writes a screenshot of every state', async () => {
		mkdirSync(ARTIFACTS, { recursive: true });
		for (const viewport of [
			{ width: 375, height: 667 },
			{ width: 1280, height: 800 }
		])
			for (const colorScheme of ['light', 'dark'] as const) {
				const w = await openPage({ viewport, colorScheme });
				await w.page.evaluate(() => document.fonts.ready);
				for (const [i, state] of states.entries()) {
					await scrollToStep(w.page, section.id, i);
					await w.page.waitForSelector(`.place-map[data-map-state="${state}"]`, { timeout: 5000 });
					await settled(w.page);
					await w.page.screenshot({ path: `${ARTIFACTS}/${viewport.width}x${viewport.height}-${colorScheme}-${i}-${state}.png` });
				}
				expect(w.errors).toEqual([]);
				await w.close();
			}
	});
});
