import { getContext, setContext } from 'svelte';

const KEY = Symbol('notes-page');

/** Where a figure's source note lives: this page (the story) or, on an embed, the story's URL. */
export function setNotesPage(url: string) {
	setContext(KEY, url);
}

/** The page the notes are on ('' for this page); call it while the component initialises. */
export function notesPage(): string {
	return getContext<string | undefined>(KEY) ?? '';
}
