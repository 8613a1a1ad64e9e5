/**
 * A chart sets its labels beside its marks, so a sticky graphic needs about this many root ems of width.
 * A reader who raises the text size on a phone (WeChat's 字体大小, Android's text zoom) leaves fewer: every
 * step then gets its own chart in the flow, as in a plain iframe, and no text ever scrolls over a chart.
 */
export const STICKY_MIN_EM = 18;

export const stickyFits = (viewportWidth: number, remPx: number) => viewportWidth / remPx >= STICKY_MIN_EM;

/**
 * Whether the sticky layout fits the reader's text size, kept current through resizes and rotation. The
 * server cannot know the text size and renders the sticky layout, which fits the default.
 */
export function textFit() {
	const fit = $state({ sticky: true });
	$effect(() => {
		const measure = () => (fit.sticky = stickyFits(window.innerWidth, parseFloat(getComputedStyle(document.documentElement).fontSize)));
		measure();
		window.addEventListener('resize', measure);
		return () => window.removeEventListener('resize', measure);
	});
	return fit;
}
