// Copy text at run time: kept free of the validator's dependencies so the page bundle stays small.

export type Segment = { text: string } | { fig: string };

/** Text split into plain runs and `{figure_id}` references. */
export function segments(text: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
		if (m.index > last) out.push({ text: text.slice(last, m.index) });
		out.push({ fig: m[1].trim() });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}

/** Copy text with its figure references resolved, for places that take plain text (meta tags, alt text). */
export function plainText(text: string | Segment[], figures: Record<string, { display: string }>): string {
	return (typeof text === 'string' ? segments(text) : text).map((s) => ('fig' in s ? (figures[s.fig]?.display ?? '') : s.text)).join('');
}

/** A figure's period as a reader sees it: 2016—2020; nothing when the report gives no time (its note says so). */
export const periodText = (period: string) => (period === 'none' ? '' : period.replace('–', '—'));

/** Puts values into a text's named slots: fill('分享《{title}》', { title }) → 分享《交城这五年》. */
export function fill(text: string, slots: Record<string, string | number>): string {
	return text.replace(/\{\s*([^{}]*?)\s*\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}
