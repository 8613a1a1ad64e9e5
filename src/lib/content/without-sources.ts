import type { Figure, Figures } from './types';

/** A figure as the story page sends it for hydration. */
export type SentFigure = Omit<Figure, 'id' | 'quote' | 'note' | 'formula' | 'inputs' | 'block'>;

/**
 * The figures as the story page sends them: without their source words (quote, note, formula, inputs), about a
 * third of the payload, without their id, which is their key, and without the review block they belong to, which
 * only the notes page and the build read. The notes print the source words once, and
 * the source sheet reads them there (figure-source.ts). An embed has no notes, so its page keeps them.
 */
export const withoutSources = (figures: Figures): Record<string, SentFigure> =>
	Object.fromEntries(Object.entries(figures).map(([id, { id: _id, quote: _q, note: _n, formula: _f, inputs: _i, block: _b, ...figure }]) => [id, figure]));

/** The sent figures, each with its id again. */
export const withIds = (sent: Record<string, SentFigure>): Figures => Object.fromEntries(Object.entries(sent).map(([id, figure]) => [id, { id, ...figure }]));
