import content from 'virtual:content';
import { error } from '@sveltejs/kit';
import { plainText } from '$lib/content/text';
import { posterOf, storyShare, storyTitle } from './config';

/** What the card, thumbnail and poster pages show, from the copy and the figures. */
export function storyCard() {
	const opening = content.sections.find((s) => s.id === 'opening');
	const hero = opening?.hero ? content.figures[opening.hero] : undefined;
	return {
		title: storyTitle(content),
		kicker: opening?.kicker ?? '',
		description: storyShare(content).description,
		hero: hero && { display: hero.display, label: opening?.hero_label ? plainText(opening.hero_label, content.figures) : hero.label },
		credit: [opening?.byline, opening?.source_credit].filter(Boolean).join('　'),
		figures: content.figures
	};
}

export function chartCard(chart: string) {
	const section = content.sections.find((s) => s.chart === chart);
	const poster = section && posterOf(section, content.figures);
	if (!section || !poster) error(404, `no chart “${chart}”`);
	return { ...storyCard(), section: { id: section.id, title: section.title, kicker: section.kicker, chart }, poster };
}

export const chartEntries = () => content.sections.flatMap((s) => (s.chart ? [{ chart: s.chart }] : []));
