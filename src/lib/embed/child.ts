import { isHostViewport, originAllowed, parsePymMessage, pymMessage, sizeMessage, type HostViewportMessage } from './protocol';

/** Origins allowed to talk to an embed, set at build time (EMBED_ORIGINS); empty accepts any. */
const ALLOWED: readonly string[] = __EMBED_ORIGINS__;

/** The embed's id: pym's Parent passes `childId`, our loader `embedId`. */
export function embedId(url: URL): string | null {
	return url.searchParams.get('childId') ?? url.searchParams.get('embedId');
}

/**
 * Tells the host the page's height, in pym's dialect and as JSON: at once, whenever the content resizes
 * (fonts loading, a state change, a wider host), and when pym's Parent reports a new width.
 * Returns a function that stops it.
 */
export function reportHeight(id: string, host: Window = window.parent): () => void {
	let last = -1;
	const send = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		host.postMessage(pymMessage(id, 'height', height), '*');
		host.postMessage(sizeMessage(id, height), '*');
	};
	const onMessage = (event: MessageEvent) => {
		if (event.source !== host || !originAllowed(event.origin, ALLOWED)) return;
		const pym = parsePymMessage(event.data, id);
		if (pym?.type === 'width') {
			last = -1;
			send();
		}
	};
	const observer = new ResizeObserver(send);
	observer.observe(document.documentElement);
	window.addEventListener('message', onMessage);
	document.fonts?.ready.then(send);
	send();
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
	};
}

/** Listens for the loader's host-viewport messages; anything else is ignored. */
export function onHostViewport(id: string, handler: (m: HostViewportMessage) => void, host: Window = window.parent): () => void {
	const onMessage = (event: MessageEvent) => {
		if (event.source !== host || !originAllowed(event.origin, ALLOWED)) return;
		if (isHostViewport(event.data, id)) handler(event.data);
	};
	window.addEventListener('message', onMessage);
	return () => window.removeEventListener('message', onMessage);
}
