import type { Page } from 'playwright-core';

/** The scrolly trigger line, as a fraction of the viewport height (Scrolly.svelte's default). */
export const TRIGGER = 0.7;

/** Scrolls so that step `index` of `section` sits on the trigger line, and waits for the page to say so. */
export async function scrollToStep(page: Page, section: string, index: number, behavior: ScrollBehavior = 'instant') {
	await page.evaluate(
		([section, index, trigger, behavior]) => {
			const step = document.querySelectorAll(`#${section} .step`)[index as number];
			const box = step.getBoundingClientRect();
			window.scrollTo({ top: window.scrollY + box.top + Math.min(box.height / 2, 60) - innerHeight * (trigger as number), behavior: behavior as ScrollBehavior });
		},
		[section, index, TRIGGER, behavior] as const
	);
	await page.waitForSelector(`#${section} .step.active[data-step="${index}"]`, { timeout: 15_000 });
}

/**
 * What the chart of a section shows right now: its state, the figures its labels carry, the headline over it,
 * and how many of its drawn elements are faint (a step's focus on others: every chart marks them .muted).
 */
export async function chartState(page: Page, section: string) {
	return page.evaluate((section) => {
		const root = document.querySelector(`#${section} .chart-root`) as HTMLElement;
		const headline = document.querySelector(`#${section} .graphic .graphic-headline`)?.textContent?.trim();
		const muted = Array.from(root.querySelectorAll<HTMLElement>('.muted')).filter((el) => el.getClientRects().length > 0).length;
		// Only what is rendered counts: a chart may keep a hidden view mounted.
		const labels = Array.from(root.querySelectorAll<HTMLElement>('[data-figure]'))
			.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
			.map((el) => [el.dataset.figure!, el.textContent!.replace(/\s+/g, '')]);
		// The smallest text the graphic shows: every visible element with text of its own.
		const graphic = document.querySelector(`#${section} .graphic`)!;
		const sizes = Array.from(graphic.querySelectorAll<HTMLElement>('*'))
			.filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim()) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden, details:not([open]) > :not(summary)'))
			.map((el) => parseFloat(getComputedStyle(el).fontSize));
		return { state: root.dataset.chartState, labels, headline, muted, smallestText: Math.min(...sizes) };
	}, section);
}
