import { getContext, setContext } from 'svelte';

const KEY = Symbol('story-url');

/** Set by a page that is not the story (an embed): its figures' notes are at the story's absolute URL. */
export function setStoryUrl(url: string) {
	setContext(KEY, url);
}

/** The story's URL as this page links to it ('' on the story itself); call it while the component initialises. */
export function storyLink(): string {
	return getContext<string | undefined>(KEY) ?? '';
}
