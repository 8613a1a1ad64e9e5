import type { Content } from './types';

/** The story's opening section: its headline, dek, byline, credit and hero number, which the share cards use too. */
export const openingOf = (content: Pick<Content, 'sections'>) => content.sections.find((s) => s.id === 'opening');
