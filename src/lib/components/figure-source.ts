import type { Figure } from '$lib/content/types';

export interface FigureSource {
	quote?: string;
	formula?: string;
	note?: string;
}

/**
 * A figure's source words: the figure's own where the page carries them (an embed), else as the story's notes
 * print them (StoryNotes.server.svelte marks each part with data-source), so they travel once.
 */
export function figureSource(figure: Figure, doc: Document = document): FigureSource {
	const printed = (part: keyof FigureSource) => doc.getElementById(`src-${figure.id}`)?.querySelector(`[data-source="${part}"]`)?.textContent ?? undefined;
	return { quote: figure.quote ?? printed('quote'), formula: figure.formula ?? printed('formula'), note: figure.note ?? printed('note') };
}
