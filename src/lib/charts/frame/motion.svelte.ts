/** How long a mark takes to glide from one state to the next, in ms. */
export const MOVE_MS = 650;
/** How it eases: fast out of the old place, slow into the new. */
export const MOVE_EASING = 'cubic-bezier(0.33, 1, 0.68, 1)';

/**
 * True from the moment `read()` changes (not when first read) until `ms` later: a chart turns its CSS
 * transitions on for that long, so its marks glide from one state to the next and jump when they are only
 * measured again. Set before the DOM update that moves the marks, so the move starts with the transitions on.
 */
export function afterChange(read: () => unknown, ms = MOVE_MS + 50): { readonly current: boolean } {
	let current = $state(false);
	let first = true;
	$effect.pre(() => {
		read();
		if (first) {
			first = false;
			return;
		}
		current = true;
		const timer = setTimeout(() => (current = false), ms);
		return () => clearTimeout(timer);
	});
	return {
		get current() {
			return current;
		}
	};
}
