/**
 * The share images, made at build time by scripts/share-images.js from prerendered pages under /share/:
 * each page is photographed at its size, and the image is written beside it (/share/card/ → /share/card.png).
 * Pure (no base path here), so the poster plans that name these files can be unit-tested.
 */
export interface RenderSpec {
	/** CSS pixels; the image is `scale` times as large. */
	width: number;
	height: number;
	scale: number;
	type: 'png' | 'jpeg';
	/** Only for jpeg: the image must stay under this many bytes (WeChat's thumbnail limit is 32 KB). */
	maxBytes?: number;
	/** Portrait posters grow with their content: height is then the least height. */
	fullPage?: boolean;
}

export const CARD: RenderSpec = { width: 1200, height: 630, scale: 1, type: 'png' };
export const THUMB: RenderSpec = { width: 300, height: 300, scale: 1, type: 'jpeg', maxBytes: 32 * 1024 };
/** 1080 px wide at 2×: set in 540 CSS pixels like a phone screen, so the chart is the one readers see. */
export const POSTER: RenderSpec = { width: 540, height: 720, scale: 2, type: 'png', fullPage: true };

/** Site paths (without the base) of the pages the images are made from. */
export const renderPath = {
	card: (chart?: string) => (chart ? `/share/card/${chart}` : '/share/card'),
	thumb: () => '/share/thumb',
	/** A chart's poster, or (with `step`, 1-based) the poster of one step of its section. */
	poster: (chart: string, step?: number) => (step ? `/share/poster/${chart}/${step}` : `/share/poster/${chart}`)
};

const EXT = { png: 'png', jpeg: 'jpg' } as const;

/** The image made from a render page, relative to the site root without the base path. */
export const imageFile = (path: string, spec: RenderSpec) => `${path}.${EXT[spec.type]}`;
