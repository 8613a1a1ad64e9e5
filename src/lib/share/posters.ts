import type { PageSection } from '$lib/content/copy';
import type { Figure, Figures } from '$lib/content/types';
import { plainText } from '$lib/content/text';
import { focusKeys, stepStates } from '$lib/scrolly/states';
import { stepAnchor } from '$lib/components/step-anchor';
import { POSTER, imageFile, renderPath } from './images';

/** A poster: what its page shows, where its picture is, and the place in the story its QR code opens. */
export interface Poster {
	state: string;
	/** Chart elements the poster is about (the step's `focus:`); the rest is muted. */
	focus: string[];
	/** The section's title, which the share control and its dialog name. */
	title: string;
	/** A step's poster: which step, counted from 1. */
	step?: number;
	/** The poster's headline: the step's own, else the section's title. */
	headline: string;
	figure: Figure;
	/** The words before the key number. */
	label: string;
	/** The picture: `src` on this site (base path included, for the page), `image` absolute (for sharing). */
	src: string;
	image: string;
	/** The story at the section or step the poster is of: its QR code, and the link the share control copies. */
	link: string;
}

/** Where the story is: its absolute URL (ending in “/”) and its base path. */
export interface Site {
	story: string;
	base: string;
}

function place(path: string, hash: string, site: Site) {
	const file = imageFile(path, POSTER);
	return { src: `${site.base}${file}`, image: `${site.story}${file.slice(1)}`, link: `${site.story}#${hash}` };
}

/** The chart's own poster, as the copy names it (poster_state, poster_figure, poster_label), opening its section. */
export function sectionPoster(section: PageSection, figures: Figures, site: Site): Poster | undefined {
	if (!section.chart || !section.poster_state || !section.poster_figure || !section.poster_label) return undefined;
	return {
		state: section.poster_state,
		focus: [],
		title: section.title,
		headline: plainText(section.title, figures),
		figure: figures[section.poster_figure],
		label: plainText(section.poster_label, figures),
		...place(renderPath.poster(section.chart), section.id, site)
	};
}

/**
 * The poster of one step (0-based `index`) of a chart section: the chart in that step's state and focus, led by
 * the step's `key:` figure (else the section's poster_figure, with its poster_label; another figure brings its
 * own label), opening the story at that step.
 */
export function stepPoster(section: PageSection, index: number, figures: Figures, site: Site): Poster | undefined {
	const step = section.steps[index];
	if (!step || !section.chart || !section.poster_figure || !section.poster_label) return undefined;
	const id = step.key ?? section.poster_figure;
	const figure = figures[id];
	if (!figure) throw new Error(`${section.file} (step ${index + 1}): key “${id}” is not a figure id`);
	return {
		state: stepStates(section.steps)[index],
		focus: focusKeys(step.focus),
		title: section.title,
		step: index + 1,
		headline: plainText(step.headline ?? section.title, figures),
		figure,
		label: id === section.poster_figure ? plainText(section.poster_label, figures) : figure.label,
		...place(renderPath.poster(section.chart, index + 1), stepAnchor(section.id, index), site)
	};
}
