import { prefersReducedMotion } from 'svelte/motion';

/** Transition length in ms; none for readers who ask for reduced motion (states still change). */
export function duration(ms = 650): number {
	return prefersReducedMotion.current ? 0 : ms;
}
