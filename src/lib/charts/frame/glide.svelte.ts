import { getContext, setContext, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { afterChange, MOVE_MS, MOVE_EASING } from './motion.svelte';

/** A mark's place in its plot, in % of the plot's width and height (its `left` and `top`). */
export interface Place {
	x: number;
	y: number;
}

interface Settle {
	readonly phase: 'waiting' | 'settling' | 'settled';
}

interface Glide {
	animation: Animation;
	dx: number;
	dy: number;
}

const KEY = Symbol('settle');
const placed = new WeakMap<Element, Place>();
const gliding = new WeakMap<Element, Glide>();
let reduced: MediaQueryList | undefined;

/**
 * A chart settles when it is first measured (`measured()` turns true): its marks leave the server's estimate
 * of the labels' room for the measured one. `current` is true for a glide's time from then (`afterChange`);
 * the chart's marks (`useGlide`) glide only in that time, and follow nothing once it is over.
 */
export function settleChart(measured: () => boolean): { readonly current: boolean } {
	const settling = afterChange(measured);
	setContext<Settle>(KEY, {
		get phase() {
			return settling.current ? 'settling' : measured() ? 'settled' : 'waiting';
		}
	});
	return settling;
}

/**
 * Carries a mark placed by `left`/`top` from where it stood to where it stands once its chart settles, on a
 * chart the reader sees (`[data-in-view]`: an embed, a load or reload in mid-story). The new place is
 * written at once; an animation of `translate` from the old place carries the eye. The compositor runs
 * it, and a move so carried is no layout shift, where a transition of `left`/`top` was one in every frame of
 * an embed's first second. Changes of state (`.moving`) keep their CSS transitions, even while the chart
 * settles; once it has settled, a mark's attachment follows nothing, so a state's task spends no script on
 * it. `plot`: the plot's size in px (LayerCake's context); `place` is read in the attachment's effect, which
 * runs again when it changes.
 */
export function useGlide(plot: { readonly width: number; readonly height: number }): (place: () => Place) => Attachment<HTMLElement> {
	const settle = getContext<Settle>(KEY);
	return (place) => (element) => {
		if (settle.phase === 'settled') return;
		const { x, y } = place();
		untrack(() => {
			const before = placed.get(element);
			if (before && before.x === x && before.y === y) return;
			placed.set(element, { x, y });
			reduced ??= matchMedia('(prefers-reduced-motion: reduce)');
			if (!before || settle.phase !== 'settling' || reduced.matches || !element.closest('[data-in-view]') || element.closest('.moving')) return;
			const running = gliding.get(element);
			// What is left of a glide under way: its offset times the share of the (eased) way still to go.
			const left = 1 - (running?.animation.effect?.getComputedTiming().progress ?? 1);
			const dx = ((before.x - x) / 100) * plot.width + (running ? running.dx * left : 0);
			const dy = ((before.y - y) / 100) * plot.height + (running ? running.dy * left : 0);
			running?.animation.cancel();
			const animation = element.animate([{ translate: `${dx}px ${dy}px` }, { translate: '0 0' }], { duration: MOVE_MS, easing: MOVE_EASING, id: 'glide' });
			gliding.set(element, { animation, dx, dy });
		});
	};
}
