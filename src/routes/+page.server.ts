import content from 'virtual:content';
import { storyShare } from '$lib/share/config';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ ...content, share: storyShare(content) });
