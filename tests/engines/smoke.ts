// The smoke checks both engine suites run, against any driver that can evaluate a function in the page.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';

/** A page of the story, open in some browser at a phone-sized viewport. */
export interface EnginePage {
	/** Runs `fn` in the page with JSON-serialisable `args`; resolves to its (JSON-serialisable) result. */
	run<R>(fn: (...args: never[]) => R, ...args: unknown[]): Promise<Awaited<R>>;
	/** Every JavaScript error so far: uncaught errors, unhandled rejections, console errors. */
	errors(): Promise<string[]>;
	close(): Promise<void>;
}

/**
 * Run at document start (before the page's own scripts), records every element that failed to load, which
 * no console message need report (a <link rel="modulepreload"> firing error): WebKit's harness
 * (webkit-window.py) records them the same way into window.__engineErrors.
 */
export function recordFailedLoads() {
	const failed: string[] = ((window as unknown as { __failedLoads: string[] }).__failedLoads = []);
	addEventListener(
		'error',
		(e) => {
			const el = e.target as (Element & { src?: string; href?: string }) | null;
			if (!(e instanceof ErrorEvent) && el && el !== (window as unknown)) failed.push(`failed to load: <${el.localName}> ${el.src || el.href || ''}`);
		},
		true
	);
}

/** The viewport every engine is opened at (a common phone). */
export const VIEWPORT = { width: 375, height: 740 };
/** The scrolly trigger line, as a fraction of the viewport height (Scrolly.svelte's default). */
export const TRIGGER = 0.7;
/** The scrolly section whose steps are walked. */
const SECTION = 'strength';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true, or fails with `describe()` of the last state seen. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 15_000): Promise<T> {
	const end = Date.now() + timeout;
	for (;;) {
		const v = await read();
		if (ok(v)) return v;
		if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(v)}`);
		await sleep(50);
	}
}

interface Snapshot {
	/** data-step of each .step.active in the section. */
	active: string[];
	chartState: string | null;
	overflow: number;
}

function snapshot(section: string): Snapshot {
	const el = document.documentElement;
	return {
		active: Array.from(document.querySelectorAll<HTMLElement>(`#${section} .step.active`)).map((s) => s.dataset.step ?? '?'),
		chartState: document.querySelector<HTMLElement>(`#${section} .chart-root`)?.dataset.chartState ?? null,
		overflow: el.scrollWidth - el.clientWidth
	};
}

/** Scrolls so that step `index` of `section` sits on the trigger line (as tests/e2e/scroll.ts does). */
function scrollStepToTrigger(section: string, index: number, trigger: number) {
	const step = document.querySelectorAll(`#${section} .step`)[index];
	const box = step.getBoundingClientRect();
	window.scrollTo({ top: window.scrollY + box.top + Math.min(box.height / 2, 60) - innerHeight * trigger, behavior: 'instant' });
}

/**
 * Declares the smoke suite for one engine. `open` starts the browser and loads `url`; it is called once,
 * by the first test, and every test awaits it, so a missing browser fails every test with its message.
 */
export function smokeSuite(engine: string, open: (url: string) => Promise<EnginePage>) {
	let opened: Promise<EnginePage> | undefined;
	const page = () => (opened ??= open(inject('siteUrl')));

	describe(`${engine} at ${VIEWPORT.width} px`, () => {
		afterAll(async () => {
			if (opened) await (await opened.catch(() => undefined))?.close();
		});

		it('loads the story at a 375 px viewport', async () => {
			const p = await page();
			const shown = await p.run(() => ({
				title: document.title,
				width: innerWidth,
				clientWidth: document.documentElement.clientWidth,
				sections: document.querySelectorAll('.scrolly').length,
				stacked: document.querySelectorAll('.scrolly.stacked').length,
				steps: Array.from(document.querySelectorAll<HTMLElement>('#strength .step')).map((s) => s.dataset.state ?? null),
				chart: document.querySelector<HTMLElement>('#strength .chart-root')?.dataset.chartState ?? null
			}));
			expect(shown.title).toContain('交城');
			expect(shown.width, 'viewport width').toBe(VIEWPORT.width);
			expect(shown.clientWidth, 'usable width (scrollbars must overlay)').toBe(VIEWPORT.width);
			expect(shown.sections).toBeGreaterThan(1);
			expect(shown.stacked, 'scrolly sections fell back to the stacked layout').toBe(0);
			expect(shown.steps.length).toBeGreaterThan(1);
			expect(shown.steps, 'every strength step names its state').not.toContain(null);
			expect(shown.chart).toBeTruthy();
			expect((await p.run(snapshot, SECTION)).overflow, 'horizontal overflow on load').toBe(0);
		});

		it(`scrolling through #${SECTION} activates each step in order, and the chart follows`, async () => {
			const p = await page();
			const states = await p.run((section: string) => Array.from(document.querySelectorAll<HTMLElement>(`#${section} .step`)).map((s) => s.dataset.state!), SECTION);
			expect(new Set(states).size, 'the steps should show more than one chart state').toBeGreaterThan(1);
			const order = [...states.keys(), ...[...states.keys()].reverse().slice(1)]; // down through every step, then back up
			const seen: string[] = [];
			for (const i of order) {
				await p.run(scrollStepToTrigger, SECTION, i, TRIGGER);
				const what = `step ${i} of #${SECTION} active, chart state "${states[i]}"`;
				const s = await until(() => p.run(snapshot, SECTION), (s) => s.active.join() === String(i) && s.chartState === states[i], what);
				expect(s.overflow, `horizontal overflow at step ${i}`).toBe(0);
				seen.push(s.chartState!);
			}
			expect(seen).toEqual(order.map((i) => states[i]));
		});

		it('has no horizontal overflow anywhere in the story', async () => {
			const p = await page();
			const height = await p.run(() => document.documentElement.scrollHeight);
			const worst: [number, number][] = [];
			for (let y = 0; y < height; y += Math.round(VIEWPORT.height * 0.75)) {
				await p.run((top: number) => window.scrollTo({ top, behavior: 'instant' }), y);
				await sleep(60);
				const overflow = (await p.run(snapshot, SECTION)).overflow;
				if (overflow > 0) worst.push([y, overflow]);
			}
			expect(worst, '[scroll position, overflow px]').toEqual([]);
		});

		// A script's Escape is not the reader's: the modal dialog closes on a real one (tests/e2e/share.test.ts).
		it(`the share control of #${SECTION} opens its poster in a modal dialog, and its close button closes it`, async () => {
			const p = await page();
			await p.run((section: string) => document.querySelector<HTMLElement>(`#${section} .share`)!.click(), SECTION);
			const poster = () =>
				p.run(() => {
					const img = document.querySelector<HTMLImageElement>('dialog img');
					return {
						open: !!img,
						modal: !!img?.closest('dialog:modal'),
						width: img?.complete ? img.naturalWidth : 0,
						focused: !!document.activeElement?.closest('dialog')
					};
				});
			await until(poster, (s) => s.open && s.modal && s.width === 1080 && s.focused, 'the modal poster dialog with its 1080 px image, focused');
			await p.run(() => document.querySelector<HTMLElement>('dialog .close')!.click());
			await until(poster, (s) => !s.open, 'the dialog to close');
		});

		it('a tap on a number opens its source sheet, with the sentence it came from read from the notes page', async () => {
			const p = await page();
			const quote = loadContent('data').figures.gdp_2020.quote!.replace(/\s+/g, '');
			await p.run(() => document.querySelector<HTMLElement>('main a.fig[data-fig="gdp_2020"]')!.click());
			const sheet = () =>
				p.run(() => ({
					open: !!document.querySelector('.source-sheet.open'),
					quote: (document.querySelector('.source-sheet blockquote')?.textContent ?? '').replace(/\s+/g, '')
				}));
			await until(sheet, (s) => s.open && s.quote.includes(quote), 'the source sheet open with the quote of gdp_2020');
			await p.run(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
			await until(sheet, (s) => !s.open, 'the sheet to close on Escape');
		});

		it('logged no JavaScript error while loading, scrolling, sharing and reading a source', async () => {
			const p = await page();
			await p.run(() => window.scrollTo({ top: 0, behavior: 'instant' }));
			await sleep(300);
			expect(await p.errors()).toEqual([]);
		});
	});
}
