import { stepCard, stepEntries } from '$lib/share/render-data';
import { qrSvg } from '$lib/share/qr';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = stepEntries;
export const load: PageServerLoad = async ({ params }) => {
	const card = stepCard(params.chart, params.step);
	return { ...card, qr: await qrSvg(card.poster.link) };
};
