import { createSubscriber } from 'svelte/reactivity';

/**
 * A chart sets its labels beside its marks, so a sticky graphic needs about this many root ems of width.
 * A reader who raises the text size on a phone (WeChat's 字体大小, Android's text zoom) leaves fewer: every
 * step then gets its own chart in the flow, as in a plain iframe, and no text ever scrolls over a chart.
 */
export const STICKY_MIN_EM = 18;

export const stickyFits = (viewportWidth: number, remPx: number) => viewportWidth / remPx >= STICKY_MIN_EM;

// One reading for the whole page, shared by every section and chart. Each reading is a getComputedStyle, which
// lays out style first: taken by each chart as it hydrates, it restyled the page in the middle of that task.
let rem = 16;
let width = 375;
const subscribe = createSubscriber((update) => {
	const measure = () => {
		rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
		width = window.innerWidth;
	};
	const onResize = () => {
		measure();
		update();
	};
	measure();
	window.addEventListener('resize', onResize);
	return () => window.removeEventListener('resize', onResize);
});

/**
 * The root font size in px and the viewport width, kept current through resizes and rotation. Until the
 * browser says (the server), the default text size on a phone.
 */
export function rootSize(): { readonly rem: number; readonly width: number } {
	return {
		get rem() {
			subscribe();
			return rem;
		},
		get width() {
			subscribe();
			return width;
		}
	};
}

/**
 * Whether the sticky layout fits the reader's text size. The server cannot know the text size and renders
 * the sticky layout, which fits the default.
 */
export function textFit() {
	const size = rootSize();
	return {
		get sticky() {
			return stickyFits(size.width, size.rem);
		}
	};
}
