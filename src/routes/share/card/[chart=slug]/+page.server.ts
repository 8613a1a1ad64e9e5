import { chartCard, chartEntries } from '$lib/share/render-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;
export const load: PageServerLoad = ({ params }) => chartCard(params.chart);
