import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';
import type { Figure } from '$lib/content/types';
import { noteHref, notesPageUrl } from './figure-source';

const KEY = Symbol('story-url');

/** Set by a page that is not the story (an embed): its figures' notes are at the story's absolute URL. */
export function setStoryUrl(url: string) {
	setContext(KEY, url);
}

/**
 * Where this page links a figure's note, and the notes page's URL: on the story, its own methods section and
 * notes page; on an embed, the story's. Call it while the component initialises.
 */
export function noteLinks() {
	const story = getContext<string | undefined>(KEY) ?? '';
	const root = `${base}/`;
	return { notesPage: notesPageUrl(story, root), href: (figure: Pick<Figure, 'id' | 'kind'>) => noteHref(figure, story, root) };
}
