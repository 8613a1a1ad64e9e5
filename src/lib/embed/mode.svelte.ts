import { getContext, setContext } from 'svelte';

/**
 * How the story is being read. `page`: on its own (or the server's render). `loader`: in a host page's
 * iframe made by static/embed.js, which reports the host's viewport (top, height) in the iframe's
 * coordinates. `plain`: in an iframe with no loader, where sticky graphics cannot work, so every step
 * gets its own chart.
 */
export class EmbedState {
	mode = $state<'page' | 'loader' | 'plain'>('page');
	top = $state(0);
	height = $state(0);
}

const KEY = Symbol('embed');

export function provideEmbed(): EmbedState {
	return setContext(KEY, new EmbedState());
}

export function useEmbed(): EmbedState | undefined {
	return getContext<EmbedState | undefined>(KEY);
}
