import { hasIntersectionObserver } from '$lib/support';

if (!hasIntersectionObserver) {
	// Old in-app browsers: SvelteKit's router builds an IntersectionObserver for preloading at start.
	// Without one it throws; with this stand-in it simply never preloads, and the story stacks its steps.
	window.IntersectionObserver = class {
		readonly root = null;
		readonly rootMargin = '0px';
		readonly thresholds = [0];
		observe() {}
		unobserve() {}
		disconnect() {}
		takeRecords() {
			return [];
		}
	} as unknown as typeof IntersectionObserver;
}
