// Every state of every scrolly graphic, photographed at a phone's and a desktop's size in light and dark, and laid
// out as one contact sheet per size and scheme: test-results/states/<size>-<scheme>/<section>-<step>.png and
// test-results/contact-<size>-<scheme>.png. Open the sheets before you stop: they are how a change is looked at.
// Reduced motion, so each picture is the settled state without waiting out a transition.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type Watched } from './browser';
import { scrollToStep } from './scroll';

const SIZES = [
	{ name: '375x667', width: 375, height: 667, scale: 2, columns: 8, thumb: 0.4 },
	{ name: '1280x800', width: 1280, height: 800, scale: 1, columns: 4, thumb: 0.3 }
];
const OUT = 'test-results';

interface Shot {
	section: string;
	step: number;
	state: string;
	file: string;
}

/** The scrolly sections on the page and how many steps each has, in reading order. */
const sectionsOf = (w: Watched) =>
	w.page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('section:has(.scrolly)')).map((s) => ({ id: s.id, steps: s.querySelectorAll('.scrolly .step').length })));

/** One HTML page of thumbnails with their captions, photographed by the same browser. */
function sheetHtml(shots: Shot[], size: (typeof SIZES)[number], scheme: string) {
	const w = Math.round(size.width * size.thumb);
	const cells = shots
		.map((s) => `<figure><img src="data:image/png;base64,${readFileSync(s.file).toString('base64')}" width="${w}"><figcaption>${s.section} ${s.step} · ${s.state}</figcaption></figure>`)
		.join('');
	return `<!doctype html><meta charset="utf-8"><style>
		body { margin: 16px; font: 12px/1.3 sans-serif; background: ${scheme === 'dark' ? '#222' : '#eee'}; color: ${scheme === 'dark' ? '#ddd' : '#222'}; }
		main { display: grid; grid-template-columns: repeat(${size.columns}, ${w}px); gap: 12px; }
		figure { margin: 0; } img { display: block; border: 1px solid #888; height: auto; }
	</style><h1>${size.name} ${scheme}: ${shots.length} states</h1><main>${cells}</main>`;
}

for (const size of SIZES) {
	for (const scheme of ['light', 'dark'] as const) {
		describe(`contact sheet ${size.name} ${scheme}`, () => {
			let w: Watched;
			beforeAll(async () => {
				w = await openPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale, colorScheme: scheme, reducedMotion: 'reduce' });
			});
			afterAll(() => w.close());

			it('photographs every state, each showing the state its step names', async () => {
				const dir = `${OUT}/states/${size.name}-${scheme}`;
				mkdirSync(dir, { recursive: true });
				const shots: Shot[] = [];
				const sections = await sectionsOf(w);
				expect(sections.length).toBeGreaterThan(0);
				for (const { id, steps } of sections) {
					for (let i = 0; i < steps; i++) {
						await scrollToStep(w.page, id, i);
						const state = await w.page.$eval(`#${id} .step[data-step="${i}"]`, (el) => (el as HTMLElement).dataset.state ?? '');
						// A section with a chart: its island is live and shows the step's state before the picture.
						if (await w.page.$(`#${id} .chart-root`)) {
							await w.page.waitForSelector(`#${id} .chart-root[data-live][data-chart-state="${state}"]`, { timeout: 10_000 });
						}
						await w.page.evaluate(() => document.fonts.ready);
						const file = `${dir}/${id}-${i}.png`;
						await w.page.screenshot({ path: file });
						shots.push({ section: id, step: i, state, file });
					}
				}
				const sheet = await w.page.context().newPage();
				await sheet.setViewportSize({ width: size.columns * (Math.round(size.width * size.thumb) + 12) + 32, height: 800 });
				await sheet.setContent(sheetHtml(shots, size, scheme), { waitUntil: 'load' });
				writeFileSync(`${OUT}/contact-${size.name}-${scheme}.png`, await sheet.screenshot({ fullPage: true }));
				await sheet.close();
				expect(w.errors).toEqual([]);
			});
		});
	}
}
