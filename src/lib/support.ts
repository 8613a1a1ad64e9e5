/**
 * What the browser had before anything patched it. hooks.client.ts imports this first, then stands in a
 * do-nothing IntersectionObserver where there is none, so SvelteKit's link preloading does not throw;
 * the story asks this module, not the global, whether it can scroll-drive its charts.
 */
export const hasIntersectionObserver = typeof window !== 'undefined' && typeof window.IntersectionObserver === 'function';

/**
 * Lets the browser paint and handle input before the next piece of work: `scheduler.yield()` where there is one
 * (it keeps the work's place in line), a new task elsewhere.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((ok) => setTimeout(ok, 0));
}
