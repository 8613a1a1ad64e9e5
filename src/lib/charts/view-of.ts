import type { ChartId } from './catalog';

/**
 * Which view draws each chart, for every chart of the catalog. Kept apart from the catalog (which imports every chart's spec) so the browser can
 * decide which view's code to fetch, and fetch that one alone, before it has any chart code.
 */
export const VIEW_OF = {
	strength: 'endpoint',
	income: 'endpoint',
	plan14: 'plan14',
	record: 'units',
	y2020: 'units',
	actions2021: 'actions'
} as const satisfies Record<ChartId, string>;

export type ViewName = (typeof VIEW_OF)[keyof typeof VIEW_OF];
