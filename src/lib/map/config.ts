import { z } from 'zod';
import { LABEL_KINDS, MAP_STATES } from './types.ts';

const line = z.string().trim().min(1);

const label = z
	.object({
		text: line,
		kind: z.enum(LABEL_KINDS),
		states: z.array(z.enum(MAP_STATES)).min(1),
		/** A place labelled at its outline's centre: a county's or the city's name as the geometry spells it. */
		feature: line.optional(),
		/** A place labelled at a point (a capital's seat, a region's name). */
		lon: z.number().min(-180).max(180).optional(),
		lat: z.number().min(-90).max(90).optional()
	})
	.strict()
	.refine((l) => (l.feature === undefined) !== (l.lon === undefined || l.lat === undefined), {
		message: 'a label is placed either at a “feature” or at “lon” and “lat”'
	});

/** data/map.json: which province, city and county the map is about, and the names it shows. */
export const mapConfigSchema = z
	.object({
		/** The geometry package's file prefix of the province (its files are one per city). */
		province: z.object({ prefix: line, name: line }).strict(),
		/** The story's city: its file's name after the prefix, and its name. */
		city: z.object({ file: line, name: line }).strict(),
		/** The story's county, as the geometry names it. */
		county: line,
		/** The map said in words, for readers who cannot see it. */
		caption: line,
		note: line,
		credit: line,
		labels: z.array(label).min(1)
	})
	.strict();

export type MapConfig = z.infer<typeof mapConfigSchema>;
