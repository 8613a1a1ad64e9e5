import { z } from 'zod';

export const SECTION_IDS = ['opening', 'place', 'strength', 'income', 'record', 'y2020', 'plan14', 'actions2021', 'methods'] as const;
export const KINDS = ['actual', 'change', 'target', 'count', 'stock', 'policy'] as const;

export const figureSchema = z
	.object({
		id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be lower snake_case ASCII'),
		label: z.string().min(1),
		value: z.number().finite(),
		unit: z.string().min(1),
		period: z.string().regex(/^(\d{4}(–\d{4})?|none)$/, 'period must be a year, a range like 2016–2020, or “none” when the report gives no time'),
		kind: z.enum(KINDS),
		section: z.enum(SECTION_IDS),
		quote: z.string().min(4),
		note: z.string().optional(),
		block: z.string().optional(),
		point: z.number().int().min(1).max(5).optional(),
		goal: z.number().int().min(1).max(6).optional(),
		action: z.number().int().min(1).max(8).optional()
	})
	.strict();

export type SourceFigure = z.infer<typeof figureSchema>;

const line = z.string().trim().min(1);

export const stepSchema = z
	.object({
		heading: line.optional(),
		text: line,
		state: line.optional(),
		/** What the graphic says in this step: a short headline shown inside the sticky graphic and on its poster. */
		headline: line.optional(),
		/** The elements of the chart this step is about, comma-separated keys the chart knows; the rest is muted. */
		focus: line.optional(),
		/** The figure id a poster of this step leads with (default: the section's poster_figure). */
		key: line.optional()
	})
	.strict();

// A chart's state and its words; whether the state exists and has a caption is the catalog's check (copy.ts).
export const stateSchema = z
	.object({
		state: line,
		caption: z.string().trim().optional(),
		title: line.optional(),
		/** A short annotation drawn beside one element of the chart in this state: the element's key in `note_on:`. */
		note: line.optional(),
		note_on: line.optional()
	})
	.strict();

export const sectionSchema = z
	.object({
		id: z.enum(SECTION_IDS),
		nav: line,
		kicker: line,
		title: line,
		chart: line.optional(),
		/** The locator map (src/lib/map): drawn, like a chart, in the state its steps name. */
		map: line.optional(),
		headline: line.optional(),
		dek: line.optional(),
		byline: line.optional(),
		source_credit: line.optional(),
		date_line: line.optional(),
		hero: line.optional(),
		hero_label: line.optional(),
		// Sharing: the story's card (opening), and each chart's poster: the state it shows and its key number.
		share_title: line.optional(),
		share_description: line.optional(),
		poster_state: line.optional(),
		poster_figure: line.optional(),
		poster_label: line.optional(),
		steps: z.array(stepSchema).min(1),
		// A chart section's words: a caption (and title) per state, and the chart's own words.
		states: z.array(stateSchema).optional(),
		words: z.record(z.string(), z.string().trim().min(1, 'a word may not be empty')).optional()
	})
	.strict();

export type SectionCopy = z.infer<typeof sectionSchema>;
