/**
 * Which step is active, from positions alone: the step whose box contains the trigger line, else the
 * last step above it (0 before the first). Pure, so a jump, a reload or a fling gives the same answer
 * as a slow scroll.
 */
export function activeStep(tops: readonly number[], bottoms: readonly number[], line: number): number {
	let active = 0;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i] <= line) active = i;
		if (tops[i] <= line && bottoms[i] > line) return i;
	}
	return active;
}

/** How far the trigger line has travelled through a step, 0 at its top, 1 at its bottom. */
export function stepProgress(top: number, bottom: number, line: number): number {
	if (bottom <= top) return 0;
	return Math.min(1, Math.max(0, (line - top) / (bottom - top)));
}
