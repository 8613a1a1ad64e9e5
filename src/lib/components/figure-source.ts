import type { Figure } from '$lib/content/types';

export interface FigureSource {
	quote?: string;
	formula?: string;
	note?: string;
}

/** The notes page's path under the story's URL (src/routes/notes). */
const NOTES_PATH = 'notes/';

/**
 * Where a figure's note is printed: a derived figure's arithmetic in the story's methods section, a reported
 * figure's quoted sentence on the notes page, which keeps a quarter of the story's HTML out of its first load.
 * `story` is the story's URL as the page links to it ('' on the story itself), `root` the site's root path.
 */
export function noteHref(figure: Pick<Figure, 'id' | 'kind'>, story: string, root: string): string {
	return figure.kind === 'derived' ? `${story}#src-${figure.id}` : `${notesPageUrl(story, root)}#src-${figure.id}`;
}

/**
 * The figure an old link to the story names (`#src-<id>`, from before the notes page had its own page) when its
 * note is no longer in the story but on the notes page: the story sends the reader on there.
 */
export function movedNote<F extends Pick<Figure, 'id' | 'kind'>>(hash: string, figures: Record<string, F>): F | undefined {
	const figure = hash.startsWith('#src-') ? figures[decodeURIComponent(hash.slice(5))] : undefined;
	return figure?.kind === 'derived' ? undefined : figure;
}

/** The notes page's URL, from the story's URL as the page links to it ('' on the story) and the site's root path. */
export const notesPageUrl = (story: string, root: string) => `${story || root}${NOTES_PATH}`;

/** Whether a figure's quote is on the notes page rather than in the page's data (an embed sends its quotes). */
export const quoteOnNotesPage = (figure: Pick<Figure, 'kind' | 'quote'>) => figure.kind !== 'derived' && figure.quote === undefined;

/**
 * A figure's source words: the figure's own where the page carries them (an embed), else as the notes print them
 * (StoryNotes.server.svelte and FigureSources.svelte mark each part with data-source), so they travel once.
 * `doc` is the document that prints this figure's note, or null while it is not at hand.
 */
export function figureSource(figure: Figure, doc: Pick<Document, 'getElementById'> | null): FigureSource {
	const printed = (part: keyof FigureSource) => doc?.getElementById(`src-${figure.id}`)?.querySelector(`[data-source="${part}"]`)?.textContent ?? undefined;
	return { quote: figure.quote ?? printed('quote'), formula: figure.formula ?? printed('formula'), note: figure.note ?? printed('note') };
}
