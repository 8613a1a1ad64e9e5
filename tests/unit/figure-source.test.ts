import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { withIds, withoutSources } from '../../src/lib/content/without-sources';
import { figureSource, movedNote, noteHref } from '../../src/lib/components/figure-source';

const content = loadContent('data');
const SOURCE_WORDS = ['quote', 'note', 'formula', 'inputs'];
// What the notes page and the build read, and no chart, headline or sheet in the browser.
const NOT_SENT = [...SOURCE_WORDS, 'block'];

describe('the story page’s figures', () => {
	const page = withoutSources(content.figures);
	it('carry every figure and everything a chart or headline reads, each with its id once it arrives', () => {
		const arrived = withIds(page);
		expect(Object.keys(arrived)).toEqual(Object.keys(content.figures));
		for (const [id, f] of Object.entries(content.figures)) {
			const kept = Object.fromEntries(Object.entries(f).filter(([k]) => !NOT_SENT.includes(k)));
			expect(arrived[id], id).toEqual(kept);
		}
	});
	it('leave the source words and the review block to the notes, and the id to the key', () => {
		for (const [id, f] of Object.entries(page)) for (const k of [...NOT_SENT, 'id']) expect(f, `${id}.${k}`).not.toHaveProperty(k);
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
		expect(figureSource(withIds(withoutSources({ gdp_2020: gdp })).gdp_2020, doc)).toEqual({ quote: gdp.quote, formula: undefined, note: 'n' });
	});
	it('prefers the figure’s own words, as an embed sends them', () => {
		expect(figureSource(gdp, notes('gdp_2020', { quote: 'elsewhere' })).quote).toBe(gdp.quote);
	});
	it('gives nothing for a figure the notes do not print, or while the notes are not at hand', () => {
		const bare = withIds(withoutSources({ gdp_2020: gdp })).gdp_2020;
		expect(figureSource(bare, notes('other', {}))).toEqual({ quote: undefined, formula: undefined, note: undefined });
		expect(figureSource(bare, null)).toEqual({ quote: undefined, formula: undefined, note: undefined });
	});
});

describe('noteHref', () => {
	const ratio = content.figures.income_ratio_2020;
	const gdp = content.figures.gdp_2020;
	it('leads a derived figure to its arithmetic in the story, a reported one to its quote on the notes page', () => {
		expect(ratio.kind).toBe('derived');
		expect(noteHref(ratio, '', '/base/')).toBe('#src-income_ratio_2020');
		expect(noteHref(gdp, '', '/base/')).toBe('/base/notes/#src-gdp_2020');
	});
	it('from a page that is not the story, leads both to the story’s absolute URL', () => {
		const story = 'https://news.example/2021/jiaocheng/';
		expect(noteHref(ratio, story, '/2021/jiaocheng/')).toBe(`${story}#src-income_ratio_2020`);
		expect(noteHref(gdp, story, '/2021/jiaocheng/')).toBe(`${story}notes/#src-gdp_2020`);
	});
});

describe('movedNote', () => {
	it('sends an old link to a reported figure’s note in the story on to the notes page, and leaves every other link', () => {
		expect(movedNote('#src-gdp_2020', content.figures)).toBe(content.figures.gdp_2020);
		expect(movedNote('#src-income_ratio_2020', content.figures)).toBeUndefined();
		expect(movedNote('#src-no_such_figure', content.figures)).toBeUndefined();
		expect(movedNote('#strength', content.figures)).toBeUndefined();
		expect(movedNote('', content.figures)).toBeUndefined();
	});
});
