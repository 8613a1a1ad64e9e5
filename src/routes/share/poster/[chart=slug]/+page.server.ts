import { chartCard, chartEntries } from '$lib/share/render-data';
import { qrSvg } from '$lib/share/qr';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;
export const load: PageServerLoad = async ({ params }) => {
	const card = chartCard(params.chart);
	return { ...card, qr: await qrSvg(card.poster.link) };
};
