import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { fill } from '../../src/lib/content/text';
import { openPage } from './browser';
import { scrollToStep } from './scroll';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const content = loadContent('data');
const charts = content.sections.filter((x) => x.chart);

/** Every chart on screen runs and no transition is half-way: axe measures contrast on what a reader ends up seeing. */
async function settled(page: Page) {
	await page.waitForFunction(() =>
		Array.from(document.querySelectorAll<HTMLElement>('.chart-root'))
			.filter((c) => {
				const r = c.getBoundingClientRect();
				return r.bottom > 0 && r.top < innerHeight;
			})
			.every((c) => c.dataset.live)
	);
	// Animations in time only: one on a scroll timeline (the reading-progress bar) runs as long as the page can
	// scroll, and stands where the reader is.
	await page.waitForFunction(() =>
		document
			.getAnimations()
			.every((a) => a.playState !== 'running' || a.timeline !== document.timeline || a.effect?.getComputedTiming().endTime === Infinity)
	);
}

async function axeViolations(page: Page): Promise<string[]> {
	await settled(page);
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
	});
}

describe('accessibility (axe-core)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no violations after every step, in ${colorScheme} mode`, async () => {
			const w = await openPage({ colorScheme });
			for (const s of charts) {
				for (let i = 0; i < s.steps.length; i++) await scrollToStep(w.page, s.id, i);
			}
			const violations = await axeViolations(w.page);
			await w.close();
			expect(violations).toEqual([]);
		});

		it(`has none on every embed page, the embed index and the notes page, in ${colorScheme} mode`, async () => {
			const found: string[] = [];
			for (const path of ['notes/', 'embed/', ...charts.map((s) => `embed/${s.chart}/`)]) {
				const w = await openPage({ colorScheme }, path);
				found.push(...(await axeViolations(w.page)).map((v) => `${path} ${v}`));
				await w.close();
			}
			expect(found).toEqual([]);
		});

		it(`has none with a chart's poster open, in ${colorScheme} mode`, async () => {
			const w = await openPage({ colorScheme }, '#record');
			await w.page.click('#record .share');
			await w.page.locator('dialog img').evaluate((i: HTMLImageElement) => i.decode());
			const violations = await axeViolations(w.page);
			await w.close();
			expect(violations).toEqual([]);
		});
	}
});

describe('keyboard', () => {
	it('reaches every control with Tab, each visible and on screen when it has focus', async () => {
		const w = await openPage({ reducedMotion: 'reduce' });
		// The active step's share control moves with the reader (tests/e2e/share.test.ts): checked when it has focus, not counted.
		const CONTROLS = 'a[href]:not(.step .share), button, summary, [tabindex="0"]';
		const controls = await w.page.$$eval(CONTROLS, (els) =>
			els.filter((e) => e.getClientRects().length > 0 && !(e as HTMLButtonElement).disabled).length
		);
		const seen = new Set<string>();
		const problems: string[] = [];
		for (let i = 0; i < 2 * controls && seen.size < controls; i++) {
			await w.page.keyboard.press('Tab');
			const focused = await w.page.evaluate((selector) => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const all = Array.from(document.querySelectorAll(selector));
				const cs = getComputedStyle(el);
				const r = el.getBoundingClientRect();
				return {
					key: `${all.indexOf(el)}`,
					name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20),
					ring: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none',
					onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth
				};
			}, CONTROLS);
			if (!focused) continue;
			if (focused.key !== '-1') seen.add(focused.key);
			if (!focused.name) problems.push(`control ${focused.key} has no name`);
			if (!focused.ring) problems.push(`“${focused.name}” shows no focus ring`);
			if (!focused.onScreen) problems.push(`“${focused.name}” has focus off screen`);
		}
		await w.close();
		expect(problems).toEqual([]);
		expect(seen.size).toBe(controls);
	});

	it('names the section menu and each share control', async () => {
		const w = await openPage();
		expect(await w.page.getAttribute('nav.section-nav', 'aria-label')).toBe(content.ui.nav_label);
		const menu = await w.page.$$eval('nav.section-nav a', (els) => els.map((e) => e.textContent?.trim()));
		expect(menu).toEqual(content.sections.map((s) => s.nav));
		const shares = await w.page.$$eval('.story-section header .share', (els) => els.map((e) => e.getAttribute('aria-label')));
		expect(shares).toEqual(charts.map((s) => fill(content.ui.share_label, { title: s.title })));
		const steps = await w.page.$$eval('.step .share', (els) => els.map((e) => e.getAttribute('aria-label')));
		expect(steps).toEqual(charts.map((s) => fill(content.ui.share_step_label, { title: s.title, n: 1 })));
		await w.close();
	});
});
