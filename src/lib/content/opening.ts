import type { Content } from './types';
import type { SECTION_IDS } from './schema';

/** The opening section's id: the element the server prints it into, and the section the story's body leaves out. */
export const OPENING_ID = 'opening' satisfies (typeof SECTION_IDS)[number];

/** The story's opening section: its headline, dek, byline, credit and hero number, which the share cards use too. */
export const openingOf = (content: Pick<Content, 'sections'>) => content.sections.find((s) => s.id === OPENING_ID);
