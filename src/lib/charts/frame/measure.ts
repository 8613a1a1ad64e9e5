import type { Attachment } from 'svelte/attachments';

export interface Size {
	width: number;
	height: number;
}

// One observer for every measured mark. Svelte's bind:offsetWidth also reads the size as the element is
// created, which, in the middle of a state change's DOM writes, lays the chart out before it is finished.
// An observer's callback comes after the browser's own layout, where reading the size costs nothing; the
// sizes are handed on in a task of their own, so the labels they move are drawn in the next frame rather
// than restyled and painted a second time in the frame that drew the new state.
const callbacks = new WeakMap<Element, (size: Size) => void>();
const pending = new Map<Element, Size>();
let observer: ResizeObserver | undefined;

function deliver() {
	const sizes = [...pending];
	pending.clear();
	for (const [element, size] of sizes) callbacks.get(element)?.(size);
}

/** Calls `set` with the element's offset size whenever the browser lays it out at a new size, and never sooner. */
export function measure(set: (size: Size) => void): Attachment<HTMLElement> {
	return (element) => {
		observer ??= new ResizeObserver((entries) => {
			if (pending.size === 0) setTimeout(deliver);
			for (const { target } of entries) {
				const el = target as HTMLElement;
				pending.set(el, { width: el.offsetWidth, height: el.offsetHeight });
			}
		});
		callbacks.set(element, set);
		observer.observe(element);
		return () => {
			observer?.unobserve(element);
			callbacks.delete(element);
			pending.delete(element);
		};
	};
}
