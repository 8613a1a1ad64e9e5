import { base } from '$app/paths';
import type { Content, Figures } from '$lib/content/types';
import type { PageSection } from '$lib/content/copy';
import { plainText } from '$lib/content/text';
import { storyUrl } from '$lib/embed/urls';
import { CARD, THUMB, imageFile, renderPath, type RenderSpec } from './images';
import { sectionPoster, stepPoster, type Poster } from './posters';
import { openingOf } from '$lib/content/opening';

export type { Poster };

/** Everything a share card needs, one per page: meta tags, WeChat's card and the system share sheet read it. */
export interface ShareConfig {
	title: string;
	description: string;
	/** The absolute URL a shared card opens. */
	link: string;
	/** Landscape card for Open Graph and Twitter, absolute. */
	image: { url: string; width: number; height: number; alt: string };
	/** Square thumbnail for WeChat's card, absolute. */
	thumb: string;
}

const absolute = (path: string) => `${__STORY_ORIGIN__}${path}`;
/** Where the image made from a render page is served, relative to the site root (base path included). */
const imagePath = (path: string, spec: RenderSpec) => `${base}${imageFile(path, spec)}`;
const site = { story: storyUrl, base };

export const storyTitle = (content: Content) => {
	const o = openingOf(content);
	return o?.headline ?? o?.title ?? '';
};

export function storyShare(content: Content): ShareConfig {
	const o = openingOf(content);
	const title = o?.share_title ?? storyTitle(content);
	const text = o?.share_description ?? o?.dek;
	return {
		title: plainText(title, content.figures),
		description: text ? plainText(text, content.figures) : '',
		link: storyUrl,
		image: { url: absolute(imagePath(renderPath.card(), CARD)), width: CARD.width * CARD.scale, height: CARD.height * CARD.scale, alt: plainText(title, content.figures) },
		thumb: absolute(imagePath(renderPath.thumb(), THUMB))
	};
}

/** A chart's poster: its section's chosen state and number, opening the section. */
export const posterOf = (section: PageSection, figures: Figures) => sectionPoster(section, figures, site);

/** The poster of the step a reader is on (0-based), opening the story at that step. */
export const stepPosterOf = (section: PageSection, index: number, figures: Figures) => stepPoster(section, index, figures, site);

/** A chart's card: its title and key number, opening its section of the story. */
export function chartShare(content: Content, section: PageSection): ShareConfig {
	const poster = posterOf(section, content.figures);
	const title = `${section.title} · ${storyTitle(content)}`;
	return {
		title,
		description: poster ? `${poster.label}${poster.figure.display}。` : '',
		link: `${storyUrl}#${section.id}`,
		image: { url: absolute(imagePath(renderPath.card(section.chart), CARD)), width: CARD.width * CARD.scale, height: CARD.height * CARD.scale, alt: title },
		thumb: absolute(imagePath(renderPath.thumb(), THUMB))
	};
}
