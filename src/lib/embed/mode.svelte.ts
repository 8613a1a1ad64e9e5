import { getContext, setContext } from 'svelte';

/**
 * How the story is being read. `page`: on its own (or the server's render). `loader`: in a host page's
 * iframe made by static/embed.js, which reports the host's viewport (top, height) in the iframe's
 * coordinates. `plain`: in an iframe with no loader, where sticky graphics cannot work, so every step
 * gets its own chart.
 */
export interface EmbedState {
	mode: 'page' | 'loader' | 'plain';
	top: number;
	height: number;
}

const KEY = Symbol('embed');

// A reactive object, not a class with $state fields: those compile to private fields, which the browser floor
// (Safari 14.0) has rewritten into WeakMaps and accessors, on every page's first load.
export function provideEmbed(): EmbedState {
	const embed = $state<EmbedState>({ mode: 'page', top: 0, height: 0 });
	return setContext(KEY, embed);
}

export function useEmbed(): EmbedState | undefined {
	return getContext<EmbedState | undefined>(KEY);
}
