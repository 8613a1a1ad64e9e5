/**
 * Moves labels apart vertically. Each label is centred on its position and `sizes[i]` tall (both in % of the
 * chart height, 0 at the top); neighbours end up at least `gap` apart and every label wholly inside
 * [0, 100], as near its point as that allows. Sizes are measured, so the spacing follows the text size.
 */
export function dodge(positions: readonly number[], sizes: readonly number[], gap = 0): number[] {
	const order = positions.map((y, i) => ({ y, h: sizes[i] / 2, i })).sort((p, q) => p.y - q.y);
	const placed = order.map((p) => Math.max(p.y, p.h));
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + order[k - 1].h + order[k].h + gap);
	const last = placed.length - 1;
	if (last >= 0 && placed[last] + order[last].h > 100) {
		placed[last] = 100 - order[last].h;
		for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - order[k + 1].h - order[k].h - gap);
	}
	const out = new Array<number>(positions.length);
	order.forEach((p, k) => (out[p.i] = placed[k]));
	return out;
}
