import words from 'virtual:words';
import type { ChartText } from '$lib/charts/frame/text';

/**
 * The words the page's components say, from data/ (validated at build): the interface's (data/copy/ui.aml)
 * and each chart's (its section's `[states]` and `{words}`). A module of their own, so a chart's code carries
 * its words without the whole story's content.
 */
export const ui = words.ui;

export const chartText = (chart: string): ChartText => ({ ...words.charts[chart], ui });
