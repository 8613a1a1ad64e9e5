import { ui } from '$lib/content/words';
import type { Words } from '$lib/content/types';
import type { ChartText } from './text';

/** A chart's words (its section's `[states]` and `{words}`, from its view's `virtual:chart-words/<view>`) with the
 * interface's. */
export const chartText = (words: Words['charts'], chart: string): ChartText => ({ ...words[chart], ui });
