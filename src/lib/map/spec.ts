import { MAP_STATES, type Box, type LabelKind, type MapState, type MapView } from './types.ts';

/** Room kept clear around a state's frame, as a fraction of the map's size. */
const MARGIN = 0.06;
/** A label's line height in map units (labels are 14.5–17 px): a place shorter on screen is named below. */
const LINE = 20;

export interface ShownLabel {
	text: string;
	kind: LabelKind;
	/** Where the label sits on screen in this state, in the map's coordinates. */
	x: number;
	y: number;
	shown: boolean;
}

export interface MapSpec {
	state: MapState;
	/** Scale and offset that fit the state's frame into the map: translate(x, y) scale(k). */
	zoom: { k: number; x: number; y: number };
	/** County borders only from the city view on: at the province view they would be a tangle. */
	counties: boolean;
	labels: ShownLabel[];
}

export const isMapState = (s: string): s is MapState => (MAP_STATES as readonly string[]).includes(s);

/** The transform that centres `frame` in a width × height map, as large as fits. */
export function fit(frame: Box, width: number, height: number) {
	const k = Math.min((width * (1 - 2 * MARGIN)) / (frame.x1 - frame.x0), (height * (1 - 2 * MARGIN)) / (frame.y1 - frame.y0));
	return { k, x: width / 2 - k * (frame.x0 + frame.x1) / 2, y: height / 2 - k * (frame.y0 + frame.y1) / 2 };
}

/**
 * What the map shows in a state: its zoom, whether county borders show, and each label's place. Labels stay
 * outside the zoom (their type keeps its size) and move with it: a label at p sits at zoom(p), and since CSS
 * interpolates translate and scale linearly, label and map move together through the transition.
 */
export function mapSpec(view: MapView, state: string): MapSpec {
	if (!isMapState(state)) throw new Error(`unknown map state “${state}” (${MAP_STATES.join(', ')})`);
	const zoom = fit(view.frames[state], view.width, view.height);
	return {
		state,
		zoom,
		counties: state !== 'province',
		labels: view.labels.map((l) => {
			// A name over a shape smaller than itself would hide the shape it names.
			const below = l.top !== undefined && l.bottom !== undefined && zoom.k * (l.bottom - l.top) < LINE;
			return {
				text: l.text,
				kind: l.kind,
				x: zoom.x + zoom.k * l.x,
				y: below ? zoom.y + zoom.k * l.bottom! + LINE / 2 : zoom.y + zoom.k * l.y,
				shown: l.states.includes(state)
			};
		})
	};
}
