import content from 'virtual:content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => content;
