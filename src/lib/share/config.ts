import type { Content, Figure, Figures } from '$lib/content/types';
import type { PageSection } from '$lib/content/copy';
import { plainText } from '$lib/content/text';
import { storyUrl } from '$lib/embed/urls';
import { CARD, POSTER, THUMB, imagePath, renderPath } from './images';

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

/** A chart's poster: the state it shows and the number it leads with. */
export interface Poster {
	state: string;
	figure: Figure;
	label: string;
	/** The poster image: `src` on this site (for the page), `image` absolute (for sharing). */
	src: string;
	image: string;
	/** The section of the story its QR code opens. */
	link: string;
}

const absolute = (path: string) => `${__STORY_ORIGIN__}${path}`;
const opening = (content: Content) => content.sections.find((s) => s.id === 'opening');

export const storyTitle = (content: Content) => {
	const o = opening(content);
	return o?.headline ?? o?.title ?? '';
};

export function storyShare(content: Content): ShareConfig {
	const o = opening(content);
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

export function posterOf(section: PageSection, figures: Figures): Poster | undefined {
	if (!section.chart || !section.poster_state || !section.poster_figure || !section.poster_label) return undefined;
	return {
		state: section.poster_state,
		figure: figures[section.poster_figure],
		label: plainText(section.poster_label, figures),
		src: imagePath(renderPath.poster(section.chart), POSTER),
		image: absolute(imagePath(renderPath.poster(section.chart), POSTER)),
		link: `${storyUrl}#${section.id}`
	};
}

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
