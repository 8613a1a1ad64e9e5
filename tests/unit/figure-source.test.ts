import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { withoutSources } from '../../src/lib/content/without-sources';
import { figureSource } from '../../src/lib/components/figure-source';

const content = loadContent('data');
const SOURCE_WORDS = ['quote', 'note', 'formula', 'inputs'];

describe('the story page’s figures', () => {
	const page = withoutSources(content.figures);
	it('carry every figure and everything a chart or headline reads', () => {
		expect(Object.keys(page)).toEqual(Object.keys(content.figures));
		for (const [id, f] of Object.entries(content.figures)) {
			const kept = Object.fromEntries(Object.entries(f).filter(([k]) => !SOURCE_WORDS.includes(k)));
			expect(page[id], id).toEqual(kept);
		}
	});
	it('leave the source words to the notes', () => {
		for (const f of Object.values(page)) for (const k of SOURCE_WORDS) expect(f, `${f.id}.${k}`).not.toHaveProperty(k);
	});
});

describe('figureSource', () => {
	// The notes' markup as StoryNotes.server.svelte prints it, reduced to what figureSource reads.
	const notes = (id: string, parts: Record<string, string>) =>
		({
			getElementById: (el: string) =>
				el === `src-${id}` ? { querySelector: (sel: string) => ({ textContent: parts[/data-source="(\w+)"/.exec(sel)![1]] ?? null }) } : null
		}) as unknown as Document;
	const gdp = content.figures.gdp_2020;

	it('reads a figure’s quote and note from the notes when the page sent none', () => {
		const doc = notes('gdp_2020', { quote: gdp.quote!, note: 'n' });
		expect(figureSource(withoutSources({ gdp_2020: gdp }).gdp_2020, doc)).toEqual({ quote: gdp.quote, formula: undefined, note: 'n' });
	});
	it('prefers the figure’s own words, as an embed sends them', () => {
		expect(figureSource(gdp, notes('gdp_2020', { quote: 'elsewhere' })).quote).toBe(gdp.quote);
	});
	it('gives nothing for a figure the notes do not print', () => {
		expect(figureSource(withoutSources({ gdp_2020: gdp }).gdp_2020, notes('other', {}))).toEqual({ quote: undefined, formula: undefined, note: undefined });
	});
});
