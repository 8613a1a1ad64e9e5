import type { EndpointSpec } from './spec';

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * Interpolates between two endpoint-chart states. Series present in both move; a series that joins
 * grows up from the axis; one that leaves is dropped at once (its fade is CSS's job).
 */
export function interpolateSpec(a: EndpointSpec, b: EndpointSpec): (t: number) => EndpointSpec {
	const before = new Map(a.series.map((s) => [s.id, s]));
	return (t) => ({
		...b,
		yMax: lerp(a.yMax, b.yMax, t),
		series: b.series.map((s) => {
			const from = before.get(s.id);
			const same = from && from.points.length === s.points.length;
			return {
				...s,
				points: s.points.map((p, i) => ({ ...p, value: lerp(same ? from.points[i].value : 0, p.value, t) }))
			};
		})
	});
}

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
