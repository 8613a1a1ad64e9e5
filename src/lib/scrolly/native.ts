import type { DecimalType, ScrollamaInstance } from 'scrollama';
import { activeStep, stepProgress } from './active-step';

export interface StepPosition {
	/** Index of the active step. */
	active: number;
	/** How far the trigger line has travelled through it, 0–1. */
	progress: number;
}

/**
 * Drives a scrolly on the top-level page: scrollama says when the trigger line meets a step (its enter and
 * exit events), and on each of them, and on every other way the reader can arrive (the section coming into
 * view, a jump over every step, bfcache and history restores, a layout change), the state is read from the
 * steps' positions with activeStep(). Its event history decides nothing, so it can never leave a stale state.
 * scrollama is fetched when the section nears the viewport, with the charts, not on the first load.
 * Returns a function that stops it.
 */
export function driveNative(root: HTMLElement, steps: HTMLElement[], trigger: number, set: (p: StepPosition) => void): () => void {
	const line = () => window.innerHeight * trigger;
	// The width the layout was last read at. Until onResize has put the reader back on their step, a
	// callback that sees the new width must not move the active step from where the reader was.
	let width = window.innerWidth;
	const resized = () => window.innerWidth !== width;
	// Whether the trigger line lies in this scrolly: the reader is reading it.
	let reading = false;

	// The steps' boxes in page coordinates as the last settle read them, and the scroll offset since: where
	// the reader is within a step follows from these without reading the layout on every scrolled pixel.
	let page = { tops: [0], bottoms: [0], line: 0 };
	let scrolled = window.scrollY;
	const position = (): StepPosition => {
		const tops = page.tops.map((t) => t - scrolled);
		const bottoms = page.bottoms.map((b) => b - scrolled);
		const active = activeStep(tops, bottoms, page.line);
		return { active, progress: stepProgress(tops[active], bottoms[active], page.line) };
	};

	const read = () => {
		const boxes = steps.map((s) => s.getBoundingClientRect());
		scrolled = window.scrollY;
		page = { tops: boxes.map((b) => b.top + scrolled), bottoms: boxes.map((b) => b.bottom + scrolled), line: line() };
		reading = boxes[0].top <= page.line && boxes[boxes.length - 1].bottom > page.line;
	};
	// Read now, write in a task of its own: several observers fire together when the line crosses a step, and
	// a state written by the first would make each later read lay the page out again. Not in the next frame's
	// callbacks either, where the new state's work and that frame's layout would make one long task.
	let pending = 0;
	const apply = () => {
		pending = 0;
		set(position());
	};
	const settle = () => {
		if (resized()) return;
		read();
		pending ||= window.setTimeout(apply);
	};
	const onScroll = () => (scrolled = window.scrollY);

	// scrollama watches the steps; a jump from above the first step to below the last crosses none of them
	// in any frame the browser reports. Two more observers on the whole scrolly see those: one for the
	// viewport (the section comes into view or leaves it), one for the part of it below the trigger line
	// (the scrolly's end passes the line; a margin in % follows the viewport's height).
	const watch = [new IntersectionObserver(settle), new IntersectionObserver(settle, { rootMargin: `${-trigger * 100}% 0px 0px 0px` })];
	watch.forEach((o) => o.observe(root));
	const layout = new ResizeObserver(settle);
	layout.observe(root);

	let scroller: ScrollamaInstance | undefined;
	let stopped = false;
	const near = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			near.disconnect();
			import('scrollama').then(
				({ default: scrollama }) => {
					if (stopped) return;
					scroller = scrollama()
						// Its types list tenths; it takes any fraction.
						// No progress events: they observe every few pixels of every step, and each would read
						// the layout while a chart's transition keeps changing it.
						.setup({ step: steps, offset: trigger as DecimalType })
						.onStepEnter(settle)
						.onStepExit(settle);
				},
				// Offline or a redeploy: the observers above still put each section in its state as it comes and goes.
				() => {}
			);
		},
		{ rootMargin: '50% 0px' }
	);
	near.observe(root);

	// The trigger line is in pixels: rotation, resizing and a mobile toolbar moving all change it. Steps are
	// sized by the viewport, so the page reflows too; the browser keeps the scroll offset in pixels, which
	// would drop the reader several steps on. Put the step they were on back under the line.
	const onResize = () => {
		const restore = reading && resized();
		width = window.innerWidth;
		const { active, progress } = position();
		scroller?.resize();
		if (restore) {
			const box = steps[active].getBoundingClientRect();
			window.scrollBy(0, box.top + progress * box.height - line());
		}
		settle();
	};
	// A page restored from the back/forward cache, or a history or anchor jump, lands anywhere.
	const arrivals = ['pageshow', 'popstate', 'hashchange'] as const;
	window.addEventListener('resize', onResize);
	window.addEventListener('scroll', onScroll, { passive: true });
	arrivals.forEach((type) => window.addEventListener(type, settle));
	read();
	apply();
	return () => {
		stopped = true;
		clearTimeout(pending);
		near.disconnect();
		watch.forEach((o) => o.disconnect());
		layout.disconnect();
		scroller?.destroy();
		window.removeEventListener('resize', onResize);
		window.removeEventListener('scroll', onScroll);
		arrivals.forEach((type) => window.removeEventListener(type, settle));
	};
}
