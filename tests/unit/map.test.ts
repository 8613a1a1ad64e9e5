import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { readCounties, readMapConfig } from '../../src/lib/map/source';
import { projectPlaceMap } from '../../src/lib/map/project';
import { mapSpec } from '../../src/lib/map/spec';
import { shapesMarkup } from '../../src/lib/map/vite-plugin';
import { RelativePath } from '../../src/lib/map/svg-path';
import { MAP_STATES } from '../../src/lib/map/types';

const config = readMapConfig('data');
const counties = readCounties(config.province.prefix);
const map = projectPlaceMap(config, counties);
const label = (kind: string) => map.view.labels.find((l) => l.kind === kind)!;

const rings = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]));
const inside = ([x, y]: Position, ring: Position[]) => {
	let odd = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
	}
	return odd;
};
const story = counties.find((c) => c.feature.properties.name === config.county)!;
const cityCounties = counties.filter((c) => c.city === config.city.file);
// The county's centre in lon/lat: the mean of its outline's vertices is close enough for which side of what.
const outline = rings(story.feature.geometry).flat();
const centre = [0, 1].map((k) => outline.reduce((s, p) => s + p[k], 0) / outline.length);

describe('locator map geometry (build time)', () => {
	it('the story’s county lies in its city, in the city’s east, west of the provincial capital', () => {
		expect(cityCounties.some((c) => rings(c.feature.geometry).some((r) => inside(centre, r)))).toBe(true);
		const lons = cityCounties.flatMap((c) => rings(c.feature.geometry).flat().map((p) => p[0]));
		const mid = (Math.min(...lons) + Math.max(...lons)) / 2;
		expect(centre[0]).toBeGreaterThan(mid);
		const capital = config.labels.find((l) => l.kind === 'capital')!;
		expect(capital.lon!).toBeGreaterThan(centre[0]);
		// On the map too: the capital's label sits east (right) of the county's.
		expect(label('capital').x).toBeGreaterThan(label('focus').x);
	});

	it('names as the county’s neighbours only counties that share a border with it', () => {
		const all: FeatureCollection = { type: 'FeatureCollection', features: counties.map((c) => c.feature) };
		const topo = topology({ c: all }) as Topology<{ c: GeometryCollection }>;
		const i = counties.indexOf(story);
		const near = new Set(neighbors(topo.objects.c.geometries)[i].map((j) => counties[j].feature.properties.name));
		const named = config.labels.filter((l) => l.kind === 'county' && l.states.includes('county')).map((l) => l.feature!);
		expect(named.length).toBeGreaterThan(0);
		for (const n of named) expect(near.has(n), n).toBe(true);
	});

	it('frames nest: the county inside the city inside the province', () => {
		const { province, city, county } = map.view.frames;
		const within = (a: typeof city, b: typeof city) => a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;
		expect(within(city, province)).toBe(true);
		const focus = label('focus');
		expect(focus.x).toBeGreaterThan(county.x0);
		expect(focus.x).toBeLessThan(county.x1);
		expect(focus.x).toBeGreaterThan(city.x0);
		expect(focus.x).toBeLessThan(city.x1);
	});

	it('draws every layer, small enough for a phone: under 3 KB gzip', () => {
		for (const d of Object.values(map.shapes)) expect(d).toMatch(/^m-?\d/);
		expect(gzipSync(shapesMarkup(map.shapes), { level: 9 }).length).toBeLessThan(3000);
	});

	it('says which label names a place the geometry does not have', () => {
		const wrong = { ...config, labels: [{ text: 'x', kind: 'county' as const, states: ['city' as const], feature: 'nowhere' }] };
		expect(() => projectPlaceMap(wrong, counties)).toThrow(/label feature “nowhere”/);
		expect(() => projectPlaceMap({ ...config, county: 'nowhere' }, counties)).toThrow(/county “nowhere”/);
	});
});

describe('locator map spec (step → view)', () => {
	const specs = MAP_STATES.map((s) => mapSpec(map.view, s));

	it('zooms in at each step and draws county borders once past the province', () => {
		expect(specs.map((s) => s.zoom.k)).toEqual([...specs.map((s) => s.zoom.k)].sort((a, b) => a - b));
		expect(new Set(specs.map((s) => s.zoom.k)).size).toBe(MAP_STATES.length);
		expect(specs.map((s) => s.counties)).toEqual([false, true, true]);
	});

	it('shows each state’s labels, placed where the zoom puts their place', () => {
		for (const spec of specs) {
			expect(spec.labels.filter((l) => l.shown).map((l) => l.text)).toEqual(config.labels.filter((l) => l.states.includes(spec.state)).map((l) => l.text));
			const capital = spec.labels.find((l) => l.kind === 'capital')!;
			expect(capital.x).toBeCloseTo(spec.zoom.x + spec.zoom.k * label('capital').x);
		}
		// The county's frame is centred: at the closest view its label is near the middle of the map.
		const focus = specs[2].labels.find((l) => l.kind === 'focus')!;
		expect(Math.abs(focus.x - map.view.width / 2)).toBeLessThan(map.view.width / 4);
	});

	it('names a place too small on screen below it, not over it', () => {
		const f = label('focus');
		const [province, , county] = specs.map((s) => s.labels.find((l) => l.kind === 'focus')!);
		expect(province.y).toBeGreaterThan(specs[0].zoom.y + specs[0].zoom.k * f.bottom!);
		expect(county.y).toBeCloseTo(specs[2].zoom.y + specs[2].zoom.k * f.y);
	});

	it('refuses a state it has no view for', () => {
		expect(() => mapSpec(map.view, 'country')).toThrow(/unknown map state/);
	});
});

describe('relative SVG path', () => {
	it('moves relative to where the last subpath began, in integers of 1/scale', () => {
		const p = new RelativePath(5);
		p.moveTo(1, 1);
		p.lineTo(2, 1);
		p.lineTo(2, 0.4);
		p.closePath();
		p.moveTo(3, 1);
		p.lineTo(3, 1);
		p.lineTo(3.2, 2);
		expect(p.toString()).toBe('m5 5 5 0 0-3zm10 0 1 5');
	});
});
