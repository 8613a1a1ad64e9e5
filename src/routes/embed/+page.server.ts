import content from 'virtual:content';
import { posterOf, storyShare, storyTitle } from '$lib/share/config';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return {
		title: storyTitle(content),
		charts: content.sections.flatMap((s) => (s.chart ? [{ chart: s.chart, section: s.id, title: s.title, nav: s.nav, poster: posterOf(s, content.figures) }] : [])),
		share: storyShare(content),
		sections: content.sections.map((s) => ({ id: s.id, nav: s.nav }))
	};
};
