import { error } from '@sveltejs/kit';
import content from 'virtual:content';
import { chartShare, storyTitle } from '$lib/share/config';
import { openingOf } from '$lib/content/opening';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content.sections.flatMap((s) => (s.chart ? [{ chart: s.chart }] : []));

export const load: PageServerLoad = ({ params }) => {
	const section = content.sections.find((s) => s.chart === params.chart);
	if (!section) error(404, `no chart “${params.chart}”`);
	const opening = openingOf(content);
	return {
		section,
		figures: content.figures,
		share: chartShare(content, section),
		story: { title: storyTitle(content), byline: opening?.byline, credit: opening?.source_credit }
	};
};
