import content from 'virtual:content';
import { error } from '@sveltejs/kit';
import { plainText } from '$lib/content/text';
import { openingOf } from '$lib/content/opening';
import type { ParsedSection } from '$lib/content/copy';
import type { Poster } from './posters';
import { posterOf, stepPosterOf, storyShare, storyTitle } from './config';

/** What the card, thumbnail and poster pages show, from the copy and the figures. */
export function storyCard() {
	const opening = openingOf(content);
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

const sectionOf = (chart: string) => content.sections.find((s) => s.chart === chart);
const cardOf = (section: ParsedSection, chart: string, poster: Poster) => ({ ...storyCard(), section: { id: section.id, title: section.title, kicker: section.kicker, chart }, poster });

export function chartCard(chart: string) {
	const section = sectionOf(chart);
	const poster = section && posterOf(section, content.figures);
	if (!section || !poster) error(404, `no chart “${chart}”`);
	return cardOf(section, chart, poster);
}

/** One step's poster: `step` as in its URL, 1-based. */
export function stepCard(chart: string, step: string) {
	const section = sectionOf(chart);
	const poster = section && stepPosterOf(section, Number(step) - 1, content.figures);
	if (!section || !poster) error(404, `no step ${step} of chart “${chart}”`);
	return cardOf(section, chart, poster);
}

export const chartEntries = () => content.sections.flatMap((s) => (s.chart ? [{ chart: s.chart }] : []));
export const stepEntries = () => content.sections.flatMap((s) => (s.chart ? s.steps.map((_, i) => ({ chart: s.chart!, step: String(i + 1) })) : []));
