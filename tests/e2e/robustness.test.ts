// Robustness (brief §9): text and labels that neither overlap nor overflow at 100% and 200% text, resize and
// rotation mid-scroll, a chart that throws, a strict Content-Security-Policy, and ES2020 output. Faults come
// from init scripts (tests/e2e/robustness-helpers.ts); the product code has no test hooks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { stepStates } from '../../src/lib/scrolly/states';
import { COMPILE_HINT } from '../../src/lib/compile-hint-vite-plugin';
import { serve } from '../../scripts/serve.js';
import { openPage, type Watched } from './browser';
import { buildVariant, metaPolicy, removeVariant } from './build-variant';
import { chartState, scrollToStep } from './scroll';
import { activeVsGeometry, chartFaultScript, cspRecorderScript, layoutProblems, showStep, textSizeScript } from './robustness-helpers';

const content = loadContent('data');
const scrolly = content.sections.filter((s) => s.chart);
/** Sections with a sticky graphic: the charts' and the locator map's. */
const graphics = content.sections.filter((s) => s.chart || s.map);
const statesOf = (id: string) => stepStates(content.sections.find((x) => x.id === id)!.steps);
const activeIndex = (w: Watched, section: string) => w.page.$eval(`#${section} .step.active`, (el) => Number((el as HTMLElement).dataset.step));

describe('text and chart labels, at the default text size and at 200%', () => {
	/** Every step of every scrolly section where a reader reads it, after its chart has settled. */
	async function problemsThroughTheStory(width: number, size: string, stackedSteps: number) {
		// Reduced motion: states change at once, so each step is measured in its final layout without waiting.
		const w = await openPage({ viewport: { width, height: 740 }, reducedMotion: 'reduce' }, '', textSizeScript(size));
		expect(await w.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(size === '200%' ? '32px' : '16px');
		// The prerendered page has sticky graphics; at large text each section stacks once its code has measured
		// the text. Wait for that layout, or a step is looked for in the layout the page is leaving.
		await w.page.waitForFunction((n) => document.querySelectorAll('.stacked-step').length === n, stackedSteps);
		const found: string[] = [];
		let steps = 0;
		for (const section of graphics) {
			for (let i = 0; i < section.steps.length; i++) {
				await showStep(w.page, section.id, i);
				// Charts are islands: a chart on screen is measured once its code runs and its labels have measured.
				await w.page.waitForFunction((id) => {
					const onScreen = Array.from(document.querySelectorAll<HTMLElement>(`#${id} .chart-root`)).filter((c) => {
						const r = c.getBoundingClientRect();
						return r.bottom > 0 && r.top < innerHeight;
					});
					return onScreen.every((c) => c.dataset.live);
				}, section.id);
				// …and has laid out what it measured: two frames.
				await w.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
				const { problems } = await w.page.evaluate(layoutProblems, section.id);
				steps++;
				found.push(...problems.map((p) => `${section.id} step ${i}: ${p}`));
			}
		}
		const stacked = await w.page.locator('.stacked-step').count();
		expect(w.errors).toEqual([]);
		await w.close();
		return { found, steps, stacked };
	}
	const report = ({ found, steps }: { found: string[]; steps: number }) =>
		`${found.length} problems over ${new Set(found.map((f) => f.split(':')[0])).size} of ${steps} steps:\n${found.slice(0, 40).join('\n')}${found.length > 40 ? '\n…' : ''}`;

	const stepCount = graphics.reduce((n, s) => n + s.steps.length, 0);
	for (const width of [375, 320])
		for (const size of ['100%', '200%']) {
			// At the default size a phone keeps the sticky graphics; at 200% (fewer than 18 root ems across) every
			// step brings its own chart.
			const sticky = size === '100%';
			it(`${width} px, ${size}: at every step, no step text or chart text overlaps other text or leaves the screen sideways, over ${sticky ? 'sticky graphics' : 'stacked charts'}`, async () => {
				const result = await problemsThroughTheStory(width, size, sticky ? 0 : stepCount);
				expect(result.stacked).toBe(sticky ? 0 : stepCount);
				expect(result.found.length, report(result)).toBe(0);
				// Every step of the story, measured: 45 s alone at 200% text, more on a loaded machine.
			}, 180_000);
		}
});

describe('resizing and rotating mid-scroll', () => {
	const PORTRAIT = { width: 375, height: 740 };
	const LANDSCAPE = { width: 740, height: 375 };
	const PLACES = [
		['strength', 3],
		['record', 6],
		['plan14', 4],
		['actions2021', 5]
	] as const;
	/**
	 * Waits until the active steps match what the geometry calls for (only the section under the trigger line
	 * with `onLineOnly`: a section jumped over keeps its old step until something makes it look again); returns
	 * the mismatches if they never do.
	 */
	async function settled(w: Watched, onLineOnly = false) {
		let last: Awaited<ReturnType<typeof activeVsGeometry>> = [];
		for (let t = 0; t < 20; t++) {
			last = (await activeVsGeometry(w.page)).filter((s) => s.active !== s.expected && (!onLineOnly || s.onLine));
			if (!last.length) return [];
			await w.page.waitForTimeout(100);
		}
		return last.map((s) => `${s.id}: active ${s.active}, geometry says ${s.expected}`);
	}

	for (const [section, step] of PLACES) {
		it(`${section} step ${step}: after 375×740 → 740×375 → 375×740 every section's active step is the one under the trigger line`, async () => {
			const w = await openPage({ viewport: PORTRAIT });
			await scrollToStep(w.page, section, step);
			expect(await settled(w, true)).toEqual([]);
			await w.page.setViewportSize(LANDSCAPE);
			expect(await settled(w), 'landscape').toEqual([]);
			await w.page.setViewportSize(PORTRAIT);
			expect(await settled(w), 'portrait again').toEqual([]);
			const current = (await activeVsGeometry(w.page)).find((s) => s.onLine);
			if (current) expect((await chartState(w.page, current.id)).state).toBe(statesOf(current.id)[current.active]);
			expect(w.errors).toEqual([]);
			await w.close();
		});
	}

	it('a reader rotating the phone stays on the step they were reading, in landscape and back', async () => {
		const places: { place: string; landscape: number; back: number }[] = [];
		for (const [section, step] of PLACES) {
			const w = await openPage({ viewport: PORTRAIT });
			await scrollToStep(w.page, section, step);
			await w.page.setViewportSize(LANDSCAPE);
			await w.page.waitForTimeout(300);
			const landscape = await activeIndex(w, section);
			await w.page.setViewportSize(PORTRAIT);
			await w.page.waitForTimeout(300);
			places.push({ place: `${section} step ${step}`, landscape, back: await activeIndex(w, section) });
			await w.close();
		}
		expect(places).toEqual(PLACES.map(([section, step]) => ({ place: `${section} step ${step}`, landscape: step, back: step })));
	});

	it('rotating during a smooth scroll, then resizing (320, 414 px, a shorter window), leaves no step out of place', async () => {
		const w = await openPage({ viewport: PORTRAIT });
		await scrollToStep(w.page, 'income', 1);
		const sizes = [LANDSCAPE, PORTRAIT, { width: 320, height: 740 }, { width: 414, height: 600 }, PORTRAIT];
		for (const size of sizes) {
			// The resize lands while the page is still gliding.
			await w.page.evaluate(() => window.scrollBy({ top: 700, behavior: 'smooth' }));
			await w.page.waitForTimeout(60);
			await w.page.setViewportSize(size);
			await w.page.waitForTimeout(600);
			expect(await settled(w), `${size.width}×${size.height}`).toEqual([]);
		}
		const current = (await activeVsGeometry(w.page)).find((s) => s.onLine);
		if (current) expect((await chartState(w.page, current.id)).state).toBe(statesOf(current.id)[current.active]);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('an exception inside one chart', () => {
	/** What each chart shows at each step: its state, whether it failed, and its labels. */
	async function walk(w: Watched, sections = scrolly) {
		const seen: Record<string, { state?: string; failed: boolean; labels: string[] }[]> = {};
		for (const section of sections) {
			seen[section.id] = [];
			for (let i = 0; i < section.steps.length; i++) {
				await scrollToStep(w.page, section.id, i);
				// Read until two reads 100 ms apart agree: labels fading in or out settle a moment after the state.
				const read = async () => {
					const { state, labels } = await chartState(w.page, section.id);
					const failed = await w.page.$$eval(`#${section.id} .chart-failed`, (els) => els.length > 0);
					return { state, failed, labels: labels.map(([id, text]) => `${id}=${text}`).sort() };
				};
				let shown = await read();
				for (let t = 0; t < 20; t++) {
					await w.page.waitForTimeout(100);
					const again = await read();
					if (JSON.stringify(again) === JSON.stringify(shown)) break;
					shown = again;
				}
				seen[section.id].push(shown);
			}
		}
		return seen;
	}
	let reference: Awaited<ReturnType<typeof walk>>;
	beforeAll(async () => {
		const w = await openPage({ reducedMotion: 'reduce' });
		reference = await walk(w);
		await w.close();
	});

	for (const [chart, when] of [
		['income', 'while it hydrates'],
		['record', 'on its first change of state']
	] as const) {
		it(`${chart}, throwing ${when}, shows its fallback; its steps and every other chart work as without the fault`, async () => {
			const hydrating = when === 'while it hydrates';
			const w = await openPage({ reducedMotion: 'reduce' }, '', chartFaultScript(chart, hydrating));
			if (!hydrating) {
				// Charts hydrate as they near the viewport: arm the fault once this one has.
				await scrollToStep(w.page, scrolly.find((s) => s.chart === chart)!.id, 0);
				await w.page.waitForSelector(`.chart-root[data-chart="${chart}"][data-live]`);
				await w.page.evaluate(() => ((window as unknown as { __fault: { armed: boolean } }).__fault.armed = true));
			}
			const seen = await walk(w);
			const hits = await w.page.evaluate(() => (window as unknown as { __fault: { hits: string[] } }).__fault.hits);
			expect(hits.length, 'the injected fault fired').toBeGreaterThan(0);
			const section = scrolly.find((s) => s.chart === chart)!;
			// The broken chart: its fallback from the step it broke on, while its steps still drive the state.
			const broken = seen[section.id];
			expect(broken.map((s) => s.state)).toEqual(statesOf(section.id));
			// It breaks on its first change of state: the first step whose state differs from the first step's.
			const firstChange = broken.findIndex((s) => s.state !== broken[0].state);
			expect(broken.map((s) => s.failed)).toEqual(broken.map((_, i) => hydrating || i >= firstChange));
			expect(await w.page.locator(`#${section.id} .chart-failed`).textContent()).toBe(content.ui.chart_failed);
			// Its text is intact: every step's figures are there.
			expect(await w.page.$$eval(`#${section.id} .step`, (els) => els.every((e) => (e.textContent ?? '').trim().length > 0))).toBe(true);
			// Every other chart, step by step, exactly as on a page without the fault.
			for (const other of scrolly.filter((s) => s.chart !== chart)) expect(seen[other.id], other.id).toEqual(reference[other.id]);
			// Nothing escaped the boundary: no uncaught error, no console error (other than the injected fault, were
			// the boundary to report it).
			expect(w.errors.filter((e) => !e.includes('injected fault'))).toEqual([]);
			await w.close();
		});
	}
});

describe('under a strict Content-Security-Policy', () => {
	let dir: string;
	let site: { url: string; close(): Promise<unknown> };
	let policy: string;
	beforeAll(async () => {
		// The same site built with the policy on (svelte.config.js, STORY_CSP=1): a meta tag on every page.
		dir = buildVariant('csp', { STORY_CSP: '1' });
		// One header for every page: each page's policy differs only by the hash of its own inline script.
		const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		const policies = pages.map((p) => {
			const policy = metaPolicy(readFileSync(join(dir, p), 'utf8'));
			expect(policy, `${p} has the policy`).not.toBeNull();
			return policy!;
		});
		const hashes = new Set(policies.flatMap((p) => p.match(/'sha256-[^']+'/g) ?? []));
		const strip = (p: string) => p.replace(/ 'sha256-[^']+'/g, '');
		expect(new Set(policies.map(strip)).size, 'the pages share one policy but for the hashes').toBe(1);
		policy = strip(policies[0]).replace("script-src 'self'", `script-src 'self' ${[...hashes].join(' ')}`);
		site = await serve({ dir, port: 0, headers: { 'content-security-policy': policy } });
	}, 180_000);
	afterAll(async () => {
		await site?.close();
		if (dir) removeVariant(dir);
	});

	it('is what the brief asks for, sent as a header', async () => {
		expect((await fetch(site.url)).headers.get('content-security-policy')).toBe(policy);
		for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "img-src 'self' data:", "connect-src 'self'", "style-src 'self'", "style-src-attr 'unsafe-inline'"])
			expect(policy).toContain(d);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
		expect(policy).not.toMatch(/style-src [^;]*'unsafe-inline'/);
	});

	it('runs the story: every step activates and sets its chart state, with no violation and no console error', async () => {
		const w = await openPage({ reducedMotion: 'reduce' }, site.url, cspRecorderScript);
		for (const section of scrolly) {
			const states = statesOf(section.id);
			for (let i = 0; i < section.steps.length; i++) {
				await scrollToStep(w.page, section.id, i);
				expect((await chartState(w.page, section.id)).state, `${section.id} step ${i}`).toBe(states[i]);
			}
		}
		expect(await w.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
		expect(w.errors).toEqual([]);
		// The policy is live: an inline script added now is refused, and reported (once by each copy of the
		// policy, the header's and the meta tag's).
		const ran = await w.page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__inlineRan = true';
			document.head.append(s);
			return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
		});
		expect(ran).toBe(false);
		await expect.poll(() => w.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([
			'script-src-elem inline',
			'script-src-elem inline'
		]);
		await w.close();
	});

	it('runs an embed page: its step buttons change the chart, with no violation and no console error', async () => {
		const w = await openPage({}, `${site.url}embed/strength/`, cspRecorderScript);
		const states = statesOf('strength');
		for (let i = 1; i < states.length; i++) {
			await w.page.getByRole('button', { name: content.ui.step_next }).click();
			await expect.poll(() => w.page.$eval('.chart-root', (e) => (e as HTMLElement).dataset.chartState)).toBe(states[i]);
		}
		expect(await w.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('ships no inline event handler and no eval in any page or script', () => {
		const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
		for (const f of files.filter((f) => f.endsWith('.html'))) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
		for (const f of files.filter((f) => f.endsWith('.js'))) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/);
	});
});

describe('ES2020', () => {
	it('every built script under build/_app parses as an ES2020 module', () => {
		const files = readdirSync('build/_app', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) {
			const source = readFileSync(join('build/_app', f), 'utf8');
			expect(() => parse(source, { ecmaVersion: 2020, sourceType: 'module' }), f).not.toThrow();
		}
	});
	it('every one under build/_app/immutable opens with V8’s compile hint, so a chart’s code compiles as it arrives, off the main thread', () => {
		const dir = 'build/_app/immutable';
		const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
		expect(files.length).toBeGreaterThan(0);
		const without = files.filter((f) => !readFileSync(join(dir, f), 'utf8').startsWith(`${COMPILE_HINT}\n`));
		expect(without).toEqual([]);
	});
	it('so do the pages’ inline start scripts and the host loader, embed.js (classic scripts)', () => {
		const pages = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		for (const p of pages) {
			for (const m of readFileSync(join('build', p), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)) {
				expect(() => parse(m[1], { ecmaVersion: 2020, sourceType: 'script' }), p).not.toThrow();
			}
		}
		expect(() => parse(readFileSync('build/embed.js', 'utf8'), { ecmaVersion: 2020, sourceType: 'script' }), 'embed.js').not.toThrow();
	});
});
