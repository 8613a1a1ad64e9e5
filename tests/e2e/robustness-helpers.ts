// Helpers for robustness.test.ts: what the page is measured with, and how faults are injected from outside the
// product code (init scripts only; nothing in src/ knows about them).
import type { Page } from 'playwright-core';
import { activeStep } from '../../src/lib/scrolly/active-step';
import { scrollToStep, TRIGGER } from './scroll';

/**
 * Sets the root font size at document start, before the first paint: what WeChat's “字体大小” setting (and an
 * Android WebView's text zoom) does to a page sized in rem/em. The <html> element does not exist yet when
 * init scripts run, so the size is set the moment the parser creates it.
 */
export const textSizeScript = (size: string) => `(() => {
	const set = () => document.documentElement && (document.documentElement.style.fontSize = ${JSON.stringify(size)});
	if (!set()) new MutationObserver((_, o) => set() && o.disconnect()).observe(document, { childList: true });
})();`;

/**
 * What is wrong with the layout of a scrolly section right now, in words (empty: nothing):
 * - two pieces of chart text overlap (one em box per line of each text node, so names and values count apart);
 * - a piece of chart text, or a step's text, reaches past the left or right edge of the viewport;
 * - a step's text on screen covers chart text (a sticky graphic sits under the steps; stacked charts, one
 *   per step, sit in the flow and must not either);
 * - the page scrolls sideways.
 * Only what is rendered counts: display none, visibility hidden, opacity 0 are skipped.
 */
export function layoutProblems(section: string): { problems: string[]; labels: number } {
	const vw = document.documentElement.clientWidth;
	const problems: string[] = [];
	const sec = document.getElementById(section)!;
	const shown = (el: Element) => {
		for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
			const cs = getComputedStyle(e);
			if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
		}
		return el.getClientRects().length > 0;
	};
	const labels: { text: string; rects: DOMRect[] }[] = [];
	for (const plot of sec.querySelectorAll('.plot')) {
		const walker = document.createTreeWalker(plot, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = n.nodeValue!.trim();
			if (!text || !shown(n.parentElement!)) continue;
			const range = document.createRange();
			range.selectNodeContents(n);
			// A line's box is its em box, where the glyphs are, not the font's content area, which CJK faces make
			// ~1.45 em tall (Noto Sans CJK): two lines set at line-height 1.2 touch but do not collide.
			const em = parseFloat(getComputedStyle(n.parentElement!).fontSize);
			const rects = Array.from(range.getClientRects())
				.filter((r) => r.width > 0 && r.height > 0)
				.map((r) => new DOMRect(r.x, r.y + Math.max(0, r.height - em) / 2, r.width, Math.min(r.height, em)));
			if (rects.length) labels.push({ text: text.slice(0, 14), rects });
		}
	}
	// More than a pixel of overlap in both directions: touching boxes are fine.
	const hit = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
	for (let i = 0; i < labels.length; i++)
		for (let j = i + 1; j < labels.length; j++)
			if (labels[i].rects.some((a) => labels[j].rects.some((b) => hit(a, b)))) problems.push(`chart text overlaps: “${labels[i].text}” × “${labels[j].text}”`);
	for (const l of labels) {
		const r = l.rects.find((x) => x.left < -0.5 || x.right > vw + 0.5);
		if (r) problems.push(`chart text overflows horizontally: “${l.text}” spans [${Math.round(r.left)}, ${Math.round(r.right)}] of [0, ${vw}]`);
	}
	for (const block of sec.querySelectorAll<HTMLElement>('.step > div')) {
		const r = block.getBoundingClientRect();
		if (r.bottom <= 0 || r.top >= innerHeight) continue;
		const step = block.closest<HTMLElement>('.step')!.dataset.step;
		if (r.left < -0.5 || r.right > vw + 0.5) problems.push(`step ${step} overflows horizontally: [${Math.round(r.left)}, ${Math.round(r.right)}]`);
		const covered = labels.filter((l) => l.rects.some((x) => hit(x, r)));
		if (covered.length)
			problems.push(`step ${step} text covers chart text: ${covered.slice(0, 3).map((l) => `“${l.text}”`).join(' ')}${covered.length > 3 ? ` and ${covered.length - 3} more` : ''}`);
	}
	const sideways = document.documentElement.scrollWidth - vw;
	if (sideways > 0) problems.push(`the page scrolls sideways by ${sideways}px`);
	return { problems, labels: labels.length };
}

/**
 * For every scrolly section: the step the page marks active, and the step its geometry says should be
 * (the product's own pure rule, from the steps' boxes and the trigger line at 70% of the viewport).
 */
export async function activeVsGeometry(page: Page) {
	const sections = await page.evaluate((trigger) => {
		return Array.from(document.querySelectorAll<HTMLElement>('.scrolly')).map((s) => {
			const steps = Array.from(s.querySelectorAll<HTMLElement>('.steps > .step'));
			const boxes = steps.map((st) => st.getBoundingClientRect());
			return {
				id: s.closest('section')!.id,
				tops: boxes.map((b) => b.top),
				bottoms: boxes.map((b) => b.bottom),
				line: innerHeight * trigger,
				active: steps.findIndex((st) => st.classList.contains('active'))
			};
		});
	}, TRIGGER);
	return sections.map((s) => ({ id: s.id, active: s.active, expected: activeStep(s.tops, s.bottoms, s.line), onLine: s.tops[0] <= s.line && s.bottoms[s.bottoms.length - 1] > s.line }));
}

/**
 * An init script that makes one chart throw from inside: while `window.__fault.armed`, any element inside
 * `.chart-root[data-chart=<chart>]` (not the root itself, which is outside the chart's <svelte:boundary>)
 * throws when its inline style is touched, its style attribute read, an attribute set or a text node under it
 * rewritten — the DOM work Svelte does to hydrate or update that chart, and nothing else on the page.
 * Every throw is recorded in `window.__fault.hits`.
 */
export const chartFaultScript = (chart: string, armed: boolean) => `(() => {
	const f = (window.__fault = { chart: ${JSON.stringify(chart)}, armed: ${armed}, hits: [] });
	const inChart = (node) => {
		if (!f.armed || !node) return false;
		const el = node.nodeType === 1 ? node : node.parentElement;
		const root = el && el.closest ? el.closest('.chart-root[data-chart="' + f.chart + '"]') : null;
		return !!root && root !== el;
	};
	const boom = (what) => {
		f.hits.push(what);
		throw new Error('injected fault in chart ' + f.chart + ' (' + what + ')');
	};
	for (const proto of [HTMLElement.prototype, SVGElement.prototype]) {
		const d = Object.getOwnPropertyDescriptor(proto, 'style');
		Object.defineProperty(proto, 'style', { ...d, get() { if (inChart(this)) boom('style'); return d.get.call(this); } });
	}
	const nv = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeValue');
	Object.defineProperty(Node.prototype, 'nodeValue', { ...nv, set(v) { if (inChart(this)) boom('nodeValue'); nv.set.call(this, v); } });
	const { getAttribute, setAttribute } = Element.prototype;
	Element.prototype.getAttribute = function (name) {
		if (name === 'style' && inChart(this)) boom('getAttribute(style)');
		return getAttribute.call(this, name);
	};
	Element.prototype.setAttribute = function (name, value) {
		if (inChart(this)) boom('setAttribute(' + name + ')');
		return setAttribute.call(this, name, value);
	};
})();`;

/** Records every securitypolicyviolation event of the page, from document start. */
export const cspRecorderScript = `(() => {
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + (e.sample ? ' “' + e.sample + '”' : '')));
})();`;

/**
 * Brings step `index` of `section` to where a reader reads it: onto the trigger line of a sticky graphic
 * (waiting for it to become active), or, where every step has its own chart, with that chart at the top.
 * Returns the step's own chart when it has one.
 */
export async function showStep(page: Page, section: string, index: number) {
	const stacked = page.locator(`#${section} .stacked-step`).nth(index);
	if (!(await stacked.count())) return scrollToStep(page, section, index);
	await stacked.evaluate((el) => window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - document.querySelector('.section-nav')!.getBoundingClientRect().bottom, behavior: 'instant' }));
	return stacked;
}
