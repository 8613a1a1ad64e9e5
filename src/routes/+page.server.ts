import content from 'virtual:content';
import { storyShare } from '$lib/share/config';
import type { PageServerLoad } from './$types';

// The page needs the figures and sections; the words come with the components that say them (virtual:ui).
export const load: PageServerLoad = () => ({ figures: content.figures, sections: content.sections, share: storyShare(content) });
