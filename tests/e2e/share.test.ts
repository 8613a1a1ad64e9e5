// Sharing: the tags other platforms read, the images the build makes, and the share control in the story.
import { readFileSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { fill, plainText } from '../../src/lib/content/text';
import { stepStates } from '../../src/lib/scrolly/states';
import { stepPoster } from '../../src/lib/share/posters';
import { base, origin } from '../../story.config.js';
import { hostUrl, openPage, siteUrl, untilHydrated, type Watched } from './browser';
import { TRIGGER, scrollToStep } from './scroll';

const content = loadContent('data');
const opening = content.sections.find((s) => s.id === 'opening')!;
const charts = content.sections.filter((s) => s.chart);
const storyTitle = opening.headline!;
const root = `${origin}${base}/`;
/** A URL on the configured origin, fetched from the test server instead. */
const local = (url: string) => new URL(url.slice(root.length), siteUrl()).href;
const file = (url: string) => readFileSync(`build/${url.slice(root.length)}`);
const posterOfStep = (section: string, index: number) => stepPoster(content.sections.find((s) => s.id === section)!, index, content.figures, { story: root, base })!;
const stateOfStep = (section: string, index: number) => stepStates(content.sections.find((s) => s.id === section)!.steps)[index];
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** The prerendered head, as a crawler sees it (no JavaScript). */
async function headOf(path: string) {
	const w = await openPage({ javaScriptEnabled: false }, path);
	const head = await w.page.evaluate(() => ({
		title: document.title,
		canonical: document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.getAttribute('href') ?? null,
		meta: Object.fromEntries(
			Array.from(document.querySelectorAll('meta')).flatMap((m) => {
				const key = m.getAttribute('property') ?? m.getAttribute('name') ?? (m.getAttribute('itemprop') && `itemprop:${m.getAttribute('itemprop')}`);
				return key ? [[key, m.getAttribute('content') ?? '']] : [];
			})
		) as Record<string, string>
	}));
	await w.close();
	return head;
}

const URL_TAGS = ['og:url', 'og:image', 'twitter:image', 'itemprop:image'];
const TEXT_TAGS = ['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'itemprop:name', 'itemprop:description'];

async function expectCard(head: Awaited<ReturnType<typeof headOf>>, expected: { title: string; link: string }) {
	expect(head.title).toBe(expected.title);
	expect(head.meta['og:title']).toBe(expected.title);
	expect(head.meta['twitter:title']).toBe(expected.title);
	expect(head.meta['og:url']).toBe(expected.link);
	expect(head.meta['twitter:card']).toBe('summary_large_image');
	expect([head.meta['og:image:width'], head.meta['og:image:height']]).toEqual(['1200', '630']);
	for (const tag of TEXT_TAGS) expect(head.meta[tag], tag).toMatch(/\S/);
	expect(head.meta['og:description']).toBe(head.meta.description);
	expect(head.canonical?.startsWith(root)).toBe(true);
	for (const tag of URL_TAGS) {
		const url = head.meta[tag];
		expect(url?.startsWith(root), `${tag} ${url}`).toBe(true);
		expect((await fetch(local(url))).status, `${tag} ${url}`).toBe(200);
	}
	expect(imageSize(file(head.meta['og:image']))).toMatchObject({ width: 1200, height: 630 });
	expect(head.meta['twitter:image']).toBe(head.meta['og:image']);
}

describe('share tags', () => {
	it('the story carries its card, from the copy in data/', async () => {
		const head = await headOf('');
		await expectCard(head, { title: plainText(opening.share_title!, content.figures), link: root });
		expect(head.meta.description).toBe(plainText(opening.share_description!, content.figures));
		expect(head.meta.description).toContain(content.figures.gdp_2020.display);
		expect(head.canonical).toBe(root);
		expect(head.meta['itemprop:image']).toBe(`${root}share/thumb.jpg`);
	});

	for (const s of charts) {
		it(`the ${s.chart} embed carries its own card, opening its section`, async () => {
			const head = await headOf(`embed/${s.chart}/`);
			await expectCard(head, { title: `${s.title} · ${storyTitle}`, link: `${root}#${s.id}` });
			expect(head.meta.description).toBe(`${plainText(s.poster_label!, content.figures)}${content.figures[s.poster_figure!].display}。`);
			expect(head.meta['og:image']).toBe(`${root}share/card/${s.chart}.png`);
			expect(head.meta.robots).toBe('noindex');
		});
	}
});

describe('share images', () => {
	it('the WeChat thumbnail is a 300×300 JPEG under 32 KB', () => {
		const thumb = file(`${root}share/thumb.jpg`);
		expect(imageSize(thumb)).toMatchObject({ width: 300, height: 300, type: 'jpg' });
		expect(thumb.length).toBeLessThan(32 * 1024);
	});

	for (const s of charts) {
		it(`the ${s.chart} poster is 1080 px wide, portrait, and its QR code opens the section`, () => {
			const buf = file(`${root}share/poster/${s.chart}.png`);
			const png = PNG.sync.read(buf);
			expect(png.width).toBe(1080);
			expect(png.height).toBeGreaterThan(png.width);
			expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${root}#${s.id}`);
		});

		it(`the ${s.chart} poster is made from the data: title, key number, chart in its state, source`, async () => {
			const w = await openPage({}, `share/poster/${s.chart}/`);
			const text = await w.page.evaluate(() => document.body.innerText);
			expect(text).toContain(storyTitle);
			expect(text).toContain(s.title);
			expect(text).toContain(plainText(s.poster_label!, content.figures));
			expect(text).toContain(content.figures[s.poster_figure!].display);
			expect(text).toContain(content.ui.chart_source);
			expect(await w.page.getAttribute('.chart-root', 'data-chart-state')).toBe(s.poster_state);
			// The fonts the picture was drawn with ship with the build, subset to the page.
			const faces = await w.page.evaluate(async () => {
				const text = document.body.innerText;
				const loaded = await document.fonts.load('16px "Share Sans"', text);
				return { loaded: loaded.length, ready: document.fonts.check('16px "Share Sans"', text) };
			});
			expect(faces.loaded).toBeGreaterThan(0);
			expect(faces.ready).toBe(true);
			await w.close();
		});
	}

	it('every step of every chart section has its poster, 1080 px wide and portrait; its QR code opens the story at the step', () => {
		for (const s of charts) {
			s.steps.forEach((_, i) => {
				const poster = posterOfStep(s.id, i);
				const png = PNG.sync.read(file(poster.image));
				expect([png.width, png.height > png.width], poster.image).toEqual([1080, true]);
				// Reading a QR code takes a moment: the first and the last step of each section.
				if (i === 0 || i === s.steps.length - 1) expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, poster.image).toBe(`${root}#${s.id}-${i + 1}`);
			});
		}
	});

	it('a step’s poster shows its headline, its key number and the chart in that step’s state and focus', async () => {
		for (const [section, index] of [['strength', 1], ['record', 3], ['plan14', 5]] as const) {
			const s = charts.find((c) => c.id === section)!;
			const poster = posterOfStep(section, index);
			const w = await openPage({}, `share/poster/${s.chart}/${index + 1}/`);
			const text = await w.page.evaluate(() => document.body.innerText);
			expect(await w.page.textContent('h1')).toBe(poster.headline);
			expect(text).toContain(poster.label);
			expect(text).toContain(poster.figure.display);
			expect(text).toContain(content.ui.chart_source);
			expect(await w.page.getAttribute('.chart-root', 'data-chart-state')).toBe(stateOfStep(section, index));
			await w.close();
		}
	});

	it('ships the subset fonts with the build, and readers of the story never load them', async () => {
		const css = readFileSync('build/share/fonts.css', 'utf8');
		const faces = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
		expect(faces.length).toBeGreaterThan(0);
		const total = faces.reduce((sum, f) => sum + statSync(`build/share/${f}`).size, 0);
		// The whole Noto Sans SC regular alone is ~10 MB in Fontsource's slices: a subset is a small fraction.
		expect(total).toBeLessThan(1024 * 1024);
		const w = await openPage();
		const loaded: string[] = [];
		w.page.on('request', (r) => loaded.push(r.url()));
		await w.page.reload({ waitUntil: 'load' });
		await w.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await w.page.waitForTimeout(500);
		expect(loaded.filter((u) => u.includes('/share/'))).toEqual([]);
		await w.close();
	});
});

describe('the share control', () => {
	it('every chart section has one, named for its chart', async () => {
		const w = await openPage();
		const names = await w.page.$$eval('.story-section header .share', (els) => els.map((e) => [e.closest('section')!.id, e.getAttribute('aria-label')]));
		expect(names).toEqual(charts.map((s) => [s.id, fill(content.ui.share_label, { title: s.title })]));
		await w.close();
	});

	it('opens the poster full-screen and copies the section link; Escape closes and gives focus back', async () => {
		const w = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] }, '#income');
		const s = charts.find((c) => c.id === 'income')!;
		await untilHydrated(w.page);
		await w.page.click('#income .share');
		const dialog = w.page.locator('dialog');
		await dialog.waitFor();
		const img = dialog.locator('img');
		await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1080);
		expect(await img.getAttribute('src')).toBe(`${base}/share/poster/income.png`);
		const box = await img.boundingBox();
		expect(box!.width).toBeGreaterThan(300);
		expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(`${root}#income`);
		await expect.poll(() => dialog.locator('[aria-live]').textContent()).toBe(content.ui.link_copied);
		expect(await dialog.getAttribute('aria-labelledby').then((id) => w.page.textContent(`#${id}`))).toBe(fill(content.ui.share_dialog, { title: s.title }));
		// No system share sheet in this browser: no button that would do nothing.
		expect(await dialog.locator('button', { hasText: content.ui.share_system }).count()).toBe(0);
		await w.page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });
		expect(await w.page.evaluate(() => document.activeElement?.closest('section')?.id + ' ' + document.activeElement?.className.split(' ')[0])).toBe('income share');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('keeps the keyboard inside the open dialog', async () => {
		const w = await openPage({}, '#strength');
		await untilHydrated(w.page);
		await w.page.focus('#strength .share');
		await w.page.keyboard.press('Enter');
		await w.page.locator('dialog').waitFor();
		// A modal dialog makes the page behind it inert: Tab goes round the dialog's controls and, as in any modal
		// <dialog>, out to the browser's own controls (no element of the page focused) and back.
		const where = () => w.page.evaluate(() => (document.activeElement?.closest('dialog') ? 'dialog' : document.activeElement === document.body ? 'browser' : document.activeElement?.outerHTML.slice(0, 80)));
		const seen = new Set<string | undefined>();
		for (let i = 0; i < 8; i++) {
			await w.page.keyboard.press('Tab');
			seen.add(await where());
		}
		expect([...seen].filter((s) => s !== 'browser')).toEqual(['dialog']);
		await w.close();
	});

	it('offers the system share sheet where there is one, with the section link', async () => {
		const w = await openPage({}, '#plan14', 'navigator.share = async (data) => { window.__shared = data; };');
		const s = charts.find((c) => c.id === 'plan14')!;
		await untilHydrated(w.page);
		await w.page.click('#plan14 .share');
		await w.page.click(`dialog button:has-text("${content.ui.share_system}")`);
		expect(await w.page.evaluate(() => (window as unknown as { __shared: unknown }).__shared)).toEqual({
			title: s.title,
			text: `${plainText(s.poster_label!, content.figures)}${content.figures[s.poster_figure!].display}`,
			url: `${root}#plan14`
		});
		await w.close();
	});

	it("in a host page's loader frame, shows the poster inside the host's viewport", async () => {
		const w = await openPage({}, `${hostUrl()}loader.html?section=record&story=${encodeURIComponent(siteUrl())}`);
		const frame = w.page.frameLocator('iframe');
		await untilHydrated(frame);
		await frame.locator('#record header .share').click();
		const dialog = frame.locator('dialog');
		await dialog.waitFor();
		// In host coordinates: the iframe's box plus the dialog's box inside it.
		await expect
			.poll(async () => {
				const outer = (await w.page.locator('iframe').boundingBox())!;
				const inner = await dialog.evaluate((d) => d.getBoundingClientRect().toJSON());
				const top = outer.y + inner.top;
				return top >= -1 && top + inner.height <= 740 + 1;
			})
			.toBe(true);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('in a plain iframe, which may not use the clipboard, opens the poster with no console error', async () => {
		const w = await openPage({ viewport: { width: 375, height: 800 } }, `${hostUrl()}plain.html?story=${encodeURIComponent(siteUrl())}`);
		const frame = w.page.frameLocator('iframe');
		await untilHydrated(frame);
		await frame.locator('#income .share').first().click();
		await frame.locator('dialog img').waitFor();
		await w.page.waitForTimeout(300);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('without JavaScript, is a link to the poster', async () => {
		const w = await openPage({ javaScriptEnabled: false });
		const hrefs = await w.page.$$eval('.story-section header .share', (els) => els.map((e) => e.getAttribute('href')));
		expect(hrefs).toEqual(charts.map((s) => `${base}/share/poster/${s.chart}.png`));
		// The first step is the one the page opens on: its card offers its poster.
		const steps = await w.page.$$eval('.story-section .step .share', (els) => els.map((e) => [e.closest('.step')!.id, e.getAttribute('href')]));
		expect(steps).toEqual(charts.map((s) => [`${s.id}-1`, posterOfStep(s.id, 0).src]));
		for (const h of [...hrefs, ...steps.map(([, h]) => h)]) expect((await fetch(new URL(h!.slice(base.length + 1), siteUrl()))).status).toBe(200);
		await w.close();
	});
});

/** Opens the share control of the step on screen and reads what the dialog offers. */
async function shareActiveStep(w: Watched, section: string) {
	await w.page.click(`#${section} .step.active .share`);
	const dialog = w.page.locator('dialog');
	await dialog.waitFor();
	await expect.poll(() => dialog.locator('img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1080);
	const offered = { src: await dialog.locator('img').getAttribute('src'), link: await dialog.locator('.link').textContent(), copied: await w.page.evaluate(() => navigator.clipboard.readText()) };
	await w.page.keyboard.press('Escape');
	await dialog.waitFor({ state: 'detached' });
	return offered;
}

describe('sharing the step on screen', () => {
	it('at two steps of one section, offers two posters and two links; each poster is a PNG, each link opens the story at its step', async () => {
		const w = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
		const offered: Awaited<ReturnType<typeof shareActiveStep>>[] = [];
		for (const index of [1, 4]) {
			await scrollToStep(w.page, 'strength', index);
			const poster = posterOfStep('strength', index);
			const got = await shareActiveStep(w, 'strength');
			expect(got).toEqual({ src: poster.src, link: poster.link, copied: poster.link });
			expect(got.link).toBe(`${root}#strength-${index + 1}`);
			const image = await fetch(local(poster.image));
			expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
			expect(Buffer.from(await image.arrayBuffer()).subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
			offered.push(got);
		}
		expect(offered[0].src).not.toBe(offered[1].src);
		expect(offered[0].link).not.toBe(offered[1].link);
		expect(w.errors).toEqual([]);
		await w.close();

		for (const [i, { link }] of offered.entries()) {
			const index = [1, 4][i];
			const r = await openPage({}, local(link!));
			await r.page.waitForSelector(`#strength-${index + 1}.active`);
			await expect.poll(() => r.page.getAttribute('#strength .chart-root', 'data-chart-state')).toBe(stateOfStep('strength', index));
			await r.close();
		}
	});

	// Steps of different sections and charts, the last step of a long section among them; on a phone, and once
	// on a desktop, where the graphic stands beside the steps.
	const PHONE = { width: 375, height: 740 };
	const DESKTOP = { width: 1280, height: 800 };
	for (const [section, index, viewport] of [['strength', 2, PHONE], ['income', 3, PHONE], ['record', 1, PHONE], ['actions2021', 11, PHONE], ['plan14', 4, DESKTOP]] as const) {
		it(`#${section}-${index + 1} opens the story on that step at ${viewport.width}×${viewport.height}, the graphic in its state, and still after a reload`, async () => {
			const w = await openPage({ viewport }, `#${section}-${index + 1}`);
			const at = async () => {
				await w.page.waitForSelector(`#${section}-${index + 1}.active`);
				await expect.poll(() => w.page.getAttribute(`#${section} .chart-root`, 'data-chart-state')).toBe(stateOfStep(section, index));
				// Where a reader scrolling down meets it: the step's top just above the trigger line, its text on screen.
				const box = await w.page.evaluate(([id, trigger]) => {
					const r = document.getElementById(id)!.getBoundingClientRect();
					return { top: r.top, line: innerHeight * trigger };
				}, [`${section}-${index + 1}`, TRIGGER] as const);
				expect(box.top).toBeLessThan(box.line);
				expect(box.top).toBeGreaterThan(0);
			};
			await at();
			await w.page.reload({ waitUntil: 'load' });
			await at();
			expect(w.errors).toEqual([]);
			await w.close();
		});
	}

	it('an embed offers the poster of the step it shows', async () => {
		const w = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] }, 'embed/income/');
		await untilHydrated(w.page);
		await w.page.click(`button:has-text("${content.ui.step_next}")`);
		await w.page.click('.share');
		const dialog = w.page.locator('dialog');
		await dialog.waitFor();
		const poster = posterOfStep('income', 1);
		expect(await dialog.locator('img').getAttribute('src')).toBe(poster.src);
		expect(await dialog.locator('.link').textContent()).toBe(poster.link);
		await w.close();
	});
});
