import charts from 'virtual:chart-words';
import { ui } from '$lib/content/words';
import type { ChartText } from './text';

/** A chart's words (its section's `[states]` and `{words}`) with the interface's: loaded with the chart's code. */
export const chartText = (chart: string): ChartText => ({ ...charts[chart], ui });
