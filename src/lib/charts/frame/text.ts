import type { Figures } from '../../content/types';
import type { ReaderUi } from '../../content/ui';
import { fill, plainText } from '../../content/text';

/** One state's words, from the `[states]` block of its chart's section. */
export interface StateText {
	state: string;
	caption: string;
	title?: string;
	/** An annotation, and the key of the element it is drawn beside. */
	note?: string;
	note_on?: string;
}

/** Everything a chart says, from data/: its states' captions, its own words, and the interface's words. */
export interface ChartText {
	states: Record<string, StateText>;
	words: Record<string, string>;
	ui: ReaderUi;
}

/** Copy as a reader sees it: named slots filled, then `{figure_id}` resolved to the figure's display. */
export const say = (text: string, figures: Figures, slots: Record<string, string | number> = {}) => plainText(fill(text, slots), figures);

/** The caption of a state, with its figures resolved. The validator has made sure every state has one. */
export const captionOf = (text: ChartText, state: string, figures: Figures) => say(text.states[state].caption, figures);

/** The state's annotation, with its figures resolved, when it is drawn beside the element `key`. */
export const noteOf = (text: ChartText, state: string, key: string, figures: Figures) => {
	const t = text.states[state];
	return t?.note && t.note_on === key ? say(t.note, figures) : undefined;
};

/** A state a chart does not draw: the validator stops the build first, so reaching this is a bug. */
export function unknownState(chart: string, state: string): never {
	throw new Error(`chart “${chart}” has no state “${state}”`);
}
