import { useEmbed } from './mode.svelte';

/**
 * The viewport the reader sees, for the components that place things in it. On its own page that is the
 * window. In the loader's iframe the window is the whole iframe, as tall as the story, so `position: fixed`
 * and `vh` would be wrong: the host's viewport is given instead, in the iframe's coordinates. In a plain
 * iframe nothing can stay in view. Call it while a component initialises; its fields follow the host.
 */
export interface ReaderViewport {
	/** Whether the reader's viewport is a host page's, reported by the loader. */
	readonly hosted: boolean;
	/** Whether a graphic can stay in view while its steps scroll by (sticky, or kept in place when hosted). */
	readonly sticky: boolean;
	/** The host viewport's top and height in the iframe's coordinates; 0 when not hosted. */
	readonly top: number;
	readonly height: number;
}

export function readerViewport(): ReaderViewport {
	const embed = useEmbed();
	return {
		get hosted() {
			return embed?.mode === 'loader';
		},
		get sticky() {
			return embed?.mode !== 'plain';
		},
		get top() {
			return embed?.mode === 'loader' ? embed.top : 0;
		},
		get height() {
			return embed?.mode === 'loader' ? embed.height : 0;
		}
	};
}
