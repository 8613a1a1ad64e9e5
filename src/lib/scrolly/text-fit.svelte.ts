/**
 * A chart sets its labels beside its marks, so a sticky graphic needs about this many root ems of width.
 * A reader who raises the text size on a phone (WeChat's 字体大小, Android's text zoom) leaves fewer: every
 * step then gets its own chart in the flow, as in a plain iframe, and no text ever scrolls over a chart.
 */
export const STICKY_MIN_EM = 18;

export const stickyFits = (viewportWidth: number, remPx: number) => viewportWidth / remPx >= STICKY_MIN_EM;

// One reading for the whole page, shared by every section and chart. Each reading is a getComputedStyle, which
// brings style up to date first: taken by each chart as it hydrated, it restyled the page in the middle of
// that task. (svelte/reactivity's createSubscriber would do this too, but brings its whole module with it.)
const size = $state({ rem: 16, width: 375 });
let watching = false;

/**
 * The root font size in px and the viewport width, kept current through resizes and rotation. Until the
 * browser says (the server), the default text size on a phone. The first component to ask takes the reading,
 * once it is on the page.
 */
export function rootSize(): { readonly rem: number; readonly width: number } {
	$effect(() => {
		if (watching) return;
		watching = true;
		const measure = () => {
			size.rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
			size.width = window.innerWidth;
		};
		measure();
		window.addEventListener('resize', measure);
	});
	return size;
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
