import content from 'virtual:content';
import { storyShare } from '$lib/share/config';
import { withoutText } from '$lib/content/copy';
import { withoutSources } from '$lib/content/without-sources';
import type { PageServerLoad } from './$types';

// The page needs the figures and sections; the words come with the components that say them (virtual:ui), and
// the steps' text and the notes only from the server (StepText, StoryNotes), so they are not sent twice; the
// source sheet reads the figures' quotes from the notes.
export const load: PageServerLoad = () => ({ figures: withoutSources(content.figures), sections: content.sections.map(withoutText), share: storyShare(content) });
