import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { topology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';
import { feature, merge, mesh, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapConfig } from './config.ts';
import { RelativePath } from './svg-path.ts';
import type { Box, MapLabel, MapState, PlaceMap } from './types.ts';

/** The map's coordinate space: about the plot's size on a 375 px phone, so 1 unit ≈ 1 px there. */
export const WIDTH = 340;
export const HEIGHT = 280;
const PAD = 8;

/**
 * Smallest triangle (in map units², Visvalingam) a vertex may span and stay. Outlines seen only at the
 * province and city views are coarse; those the reader sees up close (the city's counties, the county's
 * neighbours) are fine. Tuned so a vertex dropped moves the line less than a pixel at its closest view.
 */
const COARSE = 2.5;
const CITY = 0.5;
const NEAR = 0.12;
/** Path coordinates in fifths of a unit: off by at most half a pixel at the closest view (about 5×). */
export const PATH_SCALE = 5;
/** Around the county, this much of its size on each side: enough to show whom it borders. */
const COUNTY_MARGIN = 0.55;

export interface CountyFeature {
	/** The city's file key (e.g. lv3_liang2), which groups counties into cities. */
	city: string;
	feature: Feature<Polygon | MultiPolygon, { name: string }>;
}

type Props = { name: string; city: string };

const projectCoords = (coords: Position[][], p: GeoProjection) => coords.map((ring) => ring.map((pt) => p(pt as [number, number]) as Position));

function projectGeometry(g: Polygon | MultiPolygon, p: GeoProjection): Polygon | MultiPolygon {
	return g.type === 'Polygon'
		? { type: 'Polygon', coordinates: projectCoords(g.coordinates, p) }
		: { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => projectCoords(poly, p)) };
}

function boxOf(geometry: Geometry): Box {
	const [[x0, y0], [x1, y1]] = geoPath().bounds(geometry);
	return { x0, y0, x1, y1 };
}

const grow = (b: Box, f: number): Box => {
	const dx = (b.x1 - b.x0) * f;
	const dy = (b.y1 - b.y0) * f;
	return { x0: b.x0 - dx, y0: b.y0 - dy, x1: b.x1 + dx, y1: b.y1 + dy };
};

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Projects a province's counties into SVG paths for the map (at build time: d3-geo and topojson never reach
 * the reader). The outlines are projected to the plane first, so the GeoJSON's ring winding does not matter.
 */
export function projectPlaceMap(config: MapConfig, counties: CountyFeature[]): PlaceMap {
	const byName = new Map<string, CountyFeature>();
	for (const c of counties) byName.set(c.feature.properties.name, c);
	const story = byName.get(config.county);
	if (!story) throw new Error(`county “${config.county}” is not in the geometry`);
	if (story.city !== config.city.file) throw new Error(`county “${config.county}” is not in city ${config.city.file}`);

	const points: Position[] = counties.flatMap((c) =>
		(c.feature.geometry.type === 'Polygon' ? [c.feature.geometry.coordinates] : c.feature.geometry.coordinates).flatMap((poly) => poly[0])
	);
	const projection = geoMercator().fitExtent(
		[
			[PAD, PAD],
			[WIDTH - PAD, HEIGHT - PAD]
		],
		{ type: 'MultiPoint', coordinates: points }
	);

	const planar: FeatureCollection<Polygon | MultiPolygon, Props> = {
		type: 'FeatureCollection',
		features: counties.map((c) => ({
			type: 'Feature',
			properties: { name: c.feature.properties.name, city: c.city },
			geometry: projectGeometry(c.feature.geometry, projection)
		}))
	};
	// The topology keeps the features' order: geometry i is county i.
	const props = planar.features.map((f) => f.properties);
	const topo = presimplify(topology({ counties: planar }) as Topology<{ counties: GeometryCollection }>);
	const geoms = topo.objects.counties.geometries;
	const index = new Map(geoms.map((g, i) => [g, i]));
	const storyIndex = props.findIndex((p) => p.name === config.county);
	const near = new Set([storyIndex, ...neighbors(geoms)[storyIndex]]);
	const inCity = (i: number) => props[i].city === config.city.file;

	// Arcs keep the detail of the closest view they are seen at: the county's and its neighbours' at the
	// county view, the city's at the city view, the rest of the province at the province view.
	const weight = new Map<number, number>();
	const arcsOf = (arcs: unknown): number[] => (Array.isArray(arcs) ? arcs.flatMap(arcsOf) : typeof arcs === 'number' ? [arcs < 0 ? ~arcs : arcs] : []);
	geoms.forEach((g, i) => {
		const w = near.has(i) ? NEAR : inCity(i) ? CITY : COARSE;
		if ('arcs' in g) for (const a of arcsOf(g.arcs)) weight.set(a, Math.min(weight.get(a) ?? COARSE, w));
	});
	topo.arcs = topo.arcs.map((arc, i) => arc.filter((p) => (p[2] ?? Infinity) >= (weight.get(i) ?? COARSE)));

	const d = (g: Geometry | null) => {
		if (!g) return '';
		const out = new RelativePath(PATH_SCALE);
		geoPath(null, out)(g);
		return out.toString();
	};
	const shapeOf = (i: number) => (feature(topo, geoms[i]) as Feature).geometry;
	const cityShape = merge(topo, geoms.filter((_, i) => inCity(i)) as never);
	const land = merge(topo, geoms as never);
	const countyShape = shapeOf(storyIndex);
	// Borders between two counties of one city, drawn where the reader zooms in: in the story's city and
	// around the story's county.
	const sameCity = (a: number, b: number) => a !== b && props[a].city === props[b].city;
	const countyMesh = mesh(topo, topo.objects.counties, (a, b) => {
		const [i, j] = [index.get(a)!, index.get(b)!];
		return sameCity(i, j) && (inCity(i) || near.has(i) || near.has(j));
	});
	const cityMesh = mesh(topo, topo.objects.counties, (a, b) => a !== b && props[index.get(a)!].city !== props[index.get(b)!].city);

	const countyBox = boxOf(countyShape);
	const frames: Record<MapState, Box> = { province: boxOf(land), city: boxOf(cityShape), county: grow(countyBox, COUNTY_MARGIN) };

	const shapeNamed = (name: string): Geometry => {
		if (name === config.city.name) return cityShape;
		const i = props.findIndex((p) => p.name === name);
		if (i < 0) throw new Error(`label feature “${name}” is not in the geometry`);
		return shapeOf(i);
	};
	const labels: MapLabel[] = config.labels.map((l) => {
		const base = { text: l.text, kind: l.kind, states: l.states };
		if (!l.feature) {
			const [x, y] = projection([l.lon!, l.lat!])!;
			return { ...base, x: round(x), y: round(y) };
		}
		const shape = shapeNamed(l.feature);
		const [x, y] = geoPath().centroid(shape);
		const box = boxOf(shape);
		return { ...base, x: round(x), y: round(y), top: round(box.y0), bottom: round(box.y1) };
	});

	return {
		view: {
			width: WIDTH,
			height: HEIGHT,
			frames: Object.fromEntries(Object.entries(frames).map(([k, b]) => [k, { x0: round(b.x0), y0: round(b.y0), x1: round(b.x1), y1: round(b.y1) }])) as Record<MapState, Box>,
			labels,
			caption: config.caption,
			note: config.note,
			credit: config.credit
		},
		shapes: {
			land: d(land),
			city: d(cityShape),
			cityMesh: d(cityMesh),
			countyMesh: d(countyMesh),
			county: d(countyShape)
		}
	};
}
