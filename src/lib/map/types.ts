/** The map's three views, in the order a reader zooms through them; the copy names one per step. */
export const MAP_STATES = ['province', 'city', 'county'] as const;
export type MapState = (typeof MAP_STATES)[number];

/** How a label is drawn: the story's county stands out, a capital gets a dot, a region is set wide. */
export const LABEL_KINDS = ['region', 'capital', 'city', 'focus', 'county'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A rectangle in the map's own coordinates (the projected province fills width × height). */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface MapLabel {
	text: string;
	kind: LabelKind;
	/** Projected position of the place, in map coordinates. */
	x: number;
	y: number;
	/** Top and bottom of the place's outline, for a label at a feature: one too small for its name is named below it. */
	top?: number;
	bottom?: number;
	states: MapState[];
}

/** Everything the page needs to draw and zoom the map, save the outlines themselves (a few hundred bytes). */
export interface MapView {
	width: number;
	height: number;
	/** The part of the map each state shows. */
	frames: Record<MapState, Box>;
	labels: MapLabel[];
	caption: string;
	note: string;
	credit: string;
}

/** The outlines as SVG path data, drawn once on the page and shared by every view of the map. */
export interface MapShapes {
	/** The province as one shape. */
	land: string;
	/** The story's city. */
	city: string;
	/** Borders between the province's cities. */
	cityMesh: string;
	/** County borders in and around the story's city. */
	countyMesh: string;
	/** The story's county. */
	county: string;
}

export interface PlaceMap {
	view: MapView;
	shapes: MapShapes;
}
