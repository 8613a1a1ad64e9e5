import { activeStep, stepProgress } from './active-step';
import type { StepPosition } from './native';

/**
 * In the loader's iframe nothing scrolls but the host page, which reports its viewport (scrollama cannot
 * watch it: its viewport is the iframe's). Offsets in the iframe's document are fixed, so they are measured
 * when its layout changes, not per message, and the state is derived from them and the host's viewport.
 */
export interface HostedLayout {
	tops: number[];
	bottoms: number[];
	rootTop: number;
	rootHeight: number;
	graphicHeight: number;
}

/** Measures the scrolly whenever its layout changes. Returns a function that stops it. */
export function measureHosted(root: HTMLElement, steps: HTMLElement[], graphic: HTMLElement, set: (l: HostedLayout) => void): () => void {
	const observer = new ResizeObserver(() => {
		const y = window.scrollY;
		const boxes = steps.map((s) => s.getBoundingClientRect());
		const r = root.getBoundingClientRect();
		set({
			tops: boxes.map((b) => b.top + y),
			bottoms: boxes.map((b) => b.bottom + y),
			rootTop: r.top + y,
			rootHeight: r.height,
			graphicHeight: graphic.offsetHeight
		});
	});
	observer.observe(root);
	return () => observer.disconnect();
}

/**
 * The active step and progress for the host's viewport (its top and height in the iframe's coordinates),
 * and how far down to shift the graphic to keep it in that viewport while the section is, as sticky would.
 */
export function hostedPosition(layout: HostedLayout, viewport: { top: number; height: number }, trigger: number): StepPosition & { shift: number } {
	const line = viewport.top + viewport.height * trigger;
	const active = activeStep(layout.tops, layout.bottoms, line);
	return {
		active,
		progress: stepProgress(layout.tops[active], layout.bottoms[active], line),
		shift: Math.min(Math.max(viewport.top - layout.rootTop, 0), Math.max(0, layout.rootHeight - layout.graphicHeight))
	};
}
