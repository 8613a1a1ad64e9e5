import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { MAP_FILE, loadPlaceMap } from './source.ts';
import { PATH_SCALE } from './project.ts';
import type { MapShapes, PlaceMap } from './types.ts';

const VIEW = 'virtual:place-map/view';
const SHAPES = 'virtual:place-map/shapes';
const IDS = new Set([VIEW, SHAPES]);

/** One <path> per layer, each with an id that the map's <use> elements draw. */
export function shapesMarkup(shapes: MapShapes): string {
	const ids: Record<keyof MapShapes, string> = { land: 'land', city: 'city', cityMesh: 'city-mesh', countyMesh: 'county-mesh', county: 'county' };
	// Borders stay hairlines however far the map zooms in; the path data is in integers of 1/PATH_SCALE.
	return Object.entries(ids)
		.map(([key, id]) => `<path id="place-${id}" transform="scale(${1 / PATH_SCALE})" vector-effect="non-scaling-stroke" d="${shapes[key as keyof MapShapes]}"/>`)
		.join('');
}

/**
 * Projects the locator map at build time (src/lib/map/project.ts) and serves it as two virtual modules:
 * `virtual:place-map/view`, the few hundred bytes the page's map needs to zoom and label, and
 * `virtual:place-map/shapes`, the outlines as SVG markup, which only the server's MapShapes imports.
 */
export function placeMap(dataDir = 'data'): Plugin {
	const dir = resolve(dataDir);
	const file = resolve(dir, MAP_FILE);
	let cached: PlaceMap | undefined;
	const map = () => (cached ??= loadPlaceMap(dir));
	return {
		name: 'story-place-map',
		buildStart() {
			cached = undefined;
			map();
		},
		resolveId(id) {
			return IDS.has(id) ? '\0' + id : undefined;
		},
		load(id) {
			if (!id.startsWith('\0') || !IDS.has(id.slice(1))) return;
			this.addWatchFile(file);
			const value = id.slice(1) === VIEW ? map().view : shapesMarkup(map().shapes);
			return `export default ${JSON.stringify(value)};`;
		},
		watchChange(changed) {
			if (changed === file) cached = undefined;
		}
	};
}
