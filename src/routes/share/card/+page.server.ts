import { storyCard } from '$lib/share/render-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => storyCard();
