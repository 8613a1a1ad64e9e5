import { z } from 'zod';

export const SECTION_IDS = ['opening', 'place', 'strength', 'income', 'record', 'y2020', 'plan14', 'actions2021', 'methods'] as const;
export const KINDS = ['actual', 'change', 'target', 'count'] as const;

export const figureSchema = z
	.object({
		id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be lower snake_case ASCII'),
		label: z.string().min(1),
		value: z.number().finite(),
		unit: z.string().min(1),
		period: z.string().regex(/^\d{4}(–\d{4})?$/, 'period must be a year or a range like 2016–2020'),
		kind: z.enum(KINDS),
		section: z.enum(SECTION_IDS),
		quote: z.string().min(4),
		note: z.string().optional(),
		block: z.string().optional(),
		point: z.number().int().min(1).max(5).optional(),
		goal: z.string().optional(),
		action: z.number().int().min(1).max(8).optional()
	})
	.strict();

export type SourceFigure = z.infer<typeof figureSchema>;

const line = z.string().trim().min(1);

export const stepSchema = z
	.object({
		heading: line.optional(),
		text: line,
		state: line.optional()
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
		graphics_credit: line.optional(),
		date_line: line.optional(),
		hero: line.optional(),
		hero_label: line.optional(),
		// Sharing: the story's card (opening), and each chart's poster: the state it shows and its key number.
		share_title: line.optional(),
		share_description: line.optional(),
		poster_state: line.optional(),
		poster_figure: line.optional(),
		poster_label: line.optional(),
		steps: z.array(stepSchema).min(1)
	})
	.strict();

export type SectionCopy = z.infer<typeof sectionSchema>;
