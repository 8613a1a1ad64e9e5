import type { Figures } from './types';

/**
 * The figures as the story page sends them for hydration: without their source words (quote, note, formula,
 * inputs), about a third of the payload. The notes print those once in the HTML, and the source sheet reads
 * them from there (figure-source.ts). An embed has no notes, so its page keeps them.
 */
export const withoutSources = (figures: Figures): Figures =>
	Object.fromEntries(Object.entries(figures).map(([id, { quote: _q, note: _n, formula: _f, inputs: _i, ...figure }]) => [id, figure]));
