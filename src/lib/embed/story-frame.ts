import { tick } from 'svelte';
import type { EmbedState } from './mode.svelte';
import { embedId, onHostViewport, reportHeight } from './child';

/**
 * Sets the story up for the frame it is in. Not in a frame: nothing. In the loader's frame: report the
 * height, follow the host's viewport, and ask the host to scroll to a deep-linked section. In any other
 * frame: report the height (if the host gave an id) and fall back to the stacked layout.
 * Returns a function that undoes it.
 */
export function frameStory(embed: EmbedState, url: URL, host: Window = window.parent): () => void {
	if (host === window) return () => {};
	const id = embedId(url);
	const root = document.documentElement;
	const stops: (() => void)[] = [];
	if (id && url.searchParams.get('embed') === 'loader') {
		embed.mode = 'loader';
		embed.height = window.innerHeight;
		root.style.setProperty('--host-vh', `${embed.height / 100}px`);
		stops.push(
			onHostViewport(id, (m) => {
				embed.top = m.top;
				if (m.height !== embed.height) root.style.setProperty('--host-vh', `${m.height / 100}px`);
				embed.height = m.height;
			}, host)
		);
	} else {
		embed.mode = 'plain';
	}
	root.classList.add('in-frame');
	if (id) {
		stops.push(reportHeight(id, host));
		host.postMessage({ type: 'embed-ready', id }, '*');
		// Measured once the frame's layout has taken the mode set above (no section menu, each graphic sized
		// by the host's viewport): measured before, every sticky graphic above the section was off by the menu's
		// height, and the host scrolled short.
		void tick().then(() => {
			const section = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
			if (section) host.postMessage({ type: 'embed-scroll-to', id, top: section.getBoundingClientRect().top + window.scrollY }, '*');
		});
	}
	return () => stops.forEach((stop) => stop());
}
