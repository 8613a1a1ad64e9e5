declare module 'virtual:place-map/view' {
	const view: import('./types.ts').MapView;
	export default view;
}

declare module 'virtual:place-map/shapes' {
	/** SVG markup of the map's outlines; server-only (MapShapes.server.svelte). */
	const markup: string;
	export default markup;
}
