import type { EndpointSpec } from './specs/endpoints';

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
 * Moves labels apart so none is closer than `gap` to the next (positions in % of the chart height,
 * 0 at the top), keeping them inside [0, 100] and as near their points as that allows.
 */
export function dodge(positions: readonly number[], gap: number): number[] {
	const order = positions.map((y, i) => ({ y, i })).sort((p, q) => p.y - q.y);
	const placed = order.map((p) => p.y);
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
	const overflow = placed.length ? placed[placed.length - 1] - 100 : 0;
	if (overflow > 0) {
		placed[placed.length - 1] -= overflow;
		for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
	}
	const out = new Array<number>(positions.length);
	order.forEach((p, k) => (out[p.i] = placed[k]));
	return out;
}
