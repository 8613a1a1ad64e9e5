/**
 * What the browser had before anything patched it. hooks.client.ts imports this first, then stands in a
 * do-nothing IntersectionObserver where there is none, so SvelteKit's link preloading does not throw;
 * the story asks this module, not the global, whether it can scroll-drive its charts.
 */
export const hasIntersectionObserver = typeof window !== 'undefined' && typeof window.IntersectionObserver === 'function';
