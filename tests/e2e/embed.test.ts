import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content/load';
import { stepStates } from '../../src/lib/scrolly/states';
import { VIEW_OF } from '../../src/lib/charts/view-of';
import { hostUrl, openPage, siteUrl } from './browser';
import { TRIGGER } from './scroll';
import { origin } from '../../story.config.js';

const content = loadContent('data');
const charts = content.sections.filter((s) => s.chart);

async function storyFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().startsWith(siteUrl()))).toBe(true);
	return page.frames().find((f) => f.url().startsWith(siteUrl()))!;
}

const heights = (page: Page, frame: Frame) =>
	Promise.all([page.$eval('iframe', (f) => f.getBoundingClientRect().height), frame.evaluate(() => document.documentElement.getBoundingClientRect().height)]);

describe('a chart embedded with pym.js', () => {
	for (const [from, to] of [
		[320, 600],
		[600, 320]
	]) {
		it(`sizes the iframe to its content at ${from} px, and again at ${to} px`, async () => {
			const src = `${siteUrl()}embed/strength/`;
			const w = await openPage({ viewport: { width: from, height: 800 } }, `${hostUrl()}pym.html?src=${encodeURIComponent(src)}`);
			const frame = await storyFrame(w.page);
			await frame.waitForSelector('[data-embed-chart="strength"] .chart-root');
			await expect
				.poll(async () => {
					const [iframe, content] = await heights(w.page, frame);
					return Math.abs(iframe - content);
				})
				.toBeLessThan(4);
			const [first] = await heights(w.page, frame);
			await w.page.setViewportSize({ width: to, height: 800 });
			await expect
				.poll(async () => {
					const [iframe, content] = await heights(w.page, frame);
					return iframe !== first && Math.abs(iframe - content) < 4;
				})
				.toBe(true);
			expect(w.errors).toEqual([]);
			expect(w.warnings).toEqual([]);
			await w.close();
		});
	}
});


describe('the whole story with the loader', () => {
	it('keeps the graphic in the host viewport and activates the steps in order as the host scrolls', async () => {
		const w = await openPage({ viewport: { width: 375, height: 740 } }, `${hostUrl()}loader.html?story=${encodeURIComponent(siteUrl())}`);
		const frame = await storyFrame(w.page);
		await frame.waitForSelector('html.in-frame');
		await expect.poll(() => w.page.$eval('iframe', (f) => f.getBoundingClientRect().height)).toBeGreaterThan(5000);
		const section = content.sections.find((s) => s.id === 'strength')!;
		const states = stepStates(section.steps);
		for (let i = 0; i < section.steps.length; i++) {
			const stepTop = await frame.evaluate((i) => document.querySelectorAll('#strength .step')[i].getBoundingClientRect().top + window.scrollY, i);
			const frameTop = await w.page.$eval('iframe', (f) => f.getBoundingClientRect().top + window.scrollY);
			await w.page.evaluate((y) => window.scrollTo(0, y), frameTop + stepTop + 40 - 740 * TRIGGER);
			await frame.waitForSelector(`#strength .step.active[data-step="${i}"]`, { timeout: 15_000 });
			expect(await frame.$eval('#strength .chart-root', (el) => (el as HTMLElement).dataset.chartState)).toBe(states[i]);
			const box = await frame.$eval('#strength .graphic', (el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom };
			});
			const offset = await w.page.$eval('iframe', (f) => f.getBoundingClientRect().top);
			expect(box.top + offset, `graphic top, step ${i}`).toBeGreaterThanOrEqual(-1);
			expect(box.bottom + offset, `graphic bottom, step ${i}`).toBeLessThanOrEqual(741);
		}
		// Messages of the wrong shape or for another embed change nothing.
		const last = section.steps.length - 1;
		await w.page.evaluate(() => {
			const frame = document.querySelector('iframe')!.contentWindow!;
			frame.postMessage({ type: 'host-viewport', id: 'someone-else', top: 0, height: 740 }, '*');
			frame.postMessage({ type: 'host-viewport', top: 'x', height: 740 }, '*');
			frame.postMessage('pymxPYMxnobodyxPYMxwidthxPYMx1', '*');
		});
		await w.page.waitForTimeout(200);
		expect(await frame.$eval('#strength .step.active', (el) => (el as HTMLElement).dataset.step)).toBe(String(last));
		expect(w.errors).toEqual([]);
		expect(w.warnings).toEqual([]);
		await w.close();
	});

	for (const [how, query] of [
		['found by the loader', 'header=48'],
		['given as data-offset-top', 'header=48&offset=48']
	]) {
		it(`keeps the graphic and the trigger line below a host's 48 px sticky header, ${how}`, async () => {
			const w = await openPage({ viewport: { width: 375, height: 740 } }, `${hostUrl()}loader.html?${query}&story=${encodeURIComponent(siteUrl())}`);
			const frame = await storyFrame(w.page);
			await frame.waitForSelector('html.in-frame');
			await expect.poll(() => w.page.$eval('iframe', (f) => f.getBoundingClientRect().height)).toBeGreaterThan(5000);
			const section = content.sections.find((s) => s.id === 'strength')!;
			const line = 48 + (740 - 48) * TRIGGER;
			for (let i = 0; i < section.steps.length; i++) {
				const stepTop = await frame.evaluate((i) => document.querySelectorAll('#strength .step')[i].getBoundingClientRect().top + window.scrollY, i);
				const frameTop = await w.page.$eval('iframe', (f) => f.getBoundingClientRect().top + window.scrollY);
				// Just below the line under the bar: below the line the full viewport would have, the step before.
				await w.page.evaluate((y) => window.scrollTo(0, y), frameTop + stepTop + 10 - line);
				await frame.waitForSelector(`#strength .step.active[data-step="${i}"]`, { timeout: 5000 });
				const top = await frame.$eval('#strength .graphic', (el) => el.getBoundingClientRect().top);
				const offset = await w.page.$eval('iframe', (f) => f.getBoundingClientRect().top);
				expect(top + offset, `graphic top, step ${i}`).toBeGreaterThanOrEqual(47);
			}
			expect(w.errors).toEqual([]);
			await w.close();
		});
	}

	it('deep-links to a section: the host scrolls to it', async () => {
		const w = await openPage({ viewport: { width: 375, height: 740 } }, `${hostUrl()}loader.html?section=income&story=${encodeURIComponent(siteUrl())}`);
		const frame = await storyFrame(w.page);
		await frame.waitForSelector('html.in-frame');
		const target = async () =>
			(await w.page.$eval('iframe', (f) => f.getBoundingClientRect().top + window.scrollY)) +
			(await frame.$eval('#income', (el) => el.getBoundingClientRect().top + window.scrollY));
		await expect.poll(async () => Math.abs((await w.page.evaluate(() => window.scrollY)) - (await target()))).toBeLessThan(5);
		await w.close();
	});
});

describe('the story in a plain iframe', () => {
	it('stacks every step with its own chart state', async () => {
		const w = await openPage({ viewport: { width: 375, height: 800 } }, `${hostUrl()}plain.html?story=${encodeURIComponent(siteUrl())}`);
		const frame = await storyFrame(w.page);
		await frame.waitForSelector('.stacked-step');
		for (const s of charts) {
			const shown = await frame.$$eval(`#${s.id} .stacked-step .chart-root`, (els) => els.map((e) => (e as HTMLElement).dataset.chartState));
			expect(shown, s.id).toEqual(stepStates(s.steps));
		}
		expect(await frame.$$eval('.scrolly', (els) => els.length)).toBe(0);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('embed pages', () => {
	it('each chart has an embed page with caption, source, credit and a link back to the story', async () => {
		const w = await openPage();
		for (const s of charts) {
			await w.page.goto(`${siteUrl()}embed/${s.chart}/`);
			expect(await w.page.locator('figcaption .source').first().textContent()).toBe(content.ui.chart_source);
			// Absolute URLs from the configured origin, so they hold wherever the page is framed.
			expect(await w.page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${origin}/#${s.id}`);
			expect(await w.page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
			expect(await w.page.locator(`a[href="${origin}/#${s.id}"]`).count()).toBeGreaterThan(0);
			expect(await w.page.$$eval('nav.section-nav', (n) => n.length)).toBe(0);
		}
		expect(w.errors).toEqual([]);
		await w.close();
	});
	it("fetches the words of the charts its view draws, and no other view's", async () => {
		// One caption of each chart stands for its words: the script an embed fetches says its own chart's and
		// none of a chart another view draws.
		const captionOf = (id: string) => Object.values(content.charts[id].states)[0].caption;
		const w = await openPage();
		let scripts: string[] = [];
		w.page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		for (const s of charts) {
			const chart = s.chart as keyof typeof VIEW_OF;
			scripts = [];
			await w.page.goto(`${siteUrl()}embed/${chart}/`);
			await w.page.waitForSelector('.chart-root[data-live]');
			const code = (await Promise.all(scripts.map((url) => fetch(url).then((r) => r.text())))).join('\n');
			const others = charts.map((c) => c.chart as keyof typeof VIEW_OF).filter((c) => VIEW_OF[c] !== VIEW_OF[chart]);
			expect(code.includes(captionOf(chart)), `embed/${chart} fetched its own words`).toBe(true);
			expect(others.filter((other) => code.includes(captionOf(other))), `embed/${chart} fetched these charts' words`).toEqual([]);
		}
		await w.close();
	});
	// A chart on screen from the first paint holds the server's estimate of its labels' room until it measures
	// them; the marks then glide to their measured places, by translate, which is no layout shift. Counted from
	// the moment the chart's code runs: a slow phone may paint the page before its parser reaches the chart's
	// caption, and the plot gives up that room when it arrives, before any script (README, embed CLS).
	const shiftRecorder = `window.__shifts = [];
		window.__liveAt = Infinity;
		new MutationObserver((records, observer) => {
			if (!records.some((r) => r.target.dataset.live)) return;
			window.__liveAt = performance.now();
			observer.disconnect();
		}).observe(document, { subtree: true, attributeFilter: ['data-live'] });
		new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__shifts.push([e.startTime, e.value]); }))
			.observe({ type: 'layout-shift', buffered: true });`;
	for (const [path, width] of [
		['embed/strength/', 375],
		['embed/income/', 412],
		['#strength', 375]
	] as const) {
		it(`${path} at ${width} px: the chart on screen settles into its measured layout with no layout shift`, async () => {
			const root = path.startsWith('#') ? `${path} .chart-root` : '.chart-root';
			const placesIn = (html: string) => Array.from(html.matchAll(/class="dot[^"]*"[^>]*style="--x: ([\d.]+)%/g), (m) => Number(m[1]));
			const served = placesIn(await (await fetch(new URL(path.startsWith('#') ? '' : path, siteUrl()))).text());
			const w = await openPage({ viewport: { width, height: 800 } }, path, shiftRecorder);
			await w.page.waitForSelector(`${root}[data-live]`);
			const places = () => w.page.$$eval(`${root} .dot`, (dots) => dots.map((d) => parseFloat((d as HTMLElement).style.getPropertyValue('--x'))));
			// The marks leave the server's places once the labels are measured.
			await expect.poll(async () => (await places()).some((x, i) => Math.abs(x - served[i]) > 1), { timeout: 10_000 }).toBe(true);
			// A glide's time, and the time to report a shift.
			await w.page.waitForTimeout(1000);
			const shifts = await w.page.evaluate(() => {
				const w = window as unknown as { __shifts: [number, number][]; __liveAt: number };
				return w.__shifts.filter(([at]) => at >= w.__liveAt).map(([, value]) => value);
			});
			expect(shifts).toEqual([]);
			expect(w.errors).toEqual([]);
			await w.close();
		});
	}
	it('steps through its states with its own buttons', async () => {
		const w = await openPage({}, 'embed/strength/');
		const states = stepStates(content.sections.find((s) => s.id === 'strength')!.steps);
		for (let i = 1; i < states.length; i++) {
			await w.page.getByRole('button', { name: content.ui.step_next }).click();
			await expect.poll(() => w.page.$eval('.chart-root', (e) => (e as HTMLElement).dataset.chartState)).toBe(states[i]);
		}
		await w.close();
	});
});
