import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { plainText } from '../../src/lib/content/text';
import { openPage, siteUrl, type Watched } from './browser';

const content = loadContent('data');
const referenced = [...new Set(content.sections.flatMap((s) => s.steps.flatMap((st) => st.segments.flatMap((seg) => ('fig' in seg ? [seg.fig] : [])))))];

describe('the story as text', () => {
	let w: Watched;
	beforeAll(async () => {
		w = await openPage();
	});
	afterAll(() => w.close());

	it('shows every figure the copy refers to, with exactly the value the formatter gives from data/', async () => {
		const shown = await w.page.$$eval('a.fig[data-fig]', (links) => links.map((a) => [a.getAttribute('data-fig'), a.textContent]));
		const byId = new Map<string, Set<string>>();
		for (const [id, text] of shown) byId.set(id!, (byId.get(id!) ?? new Set()).add(text!));
		for (const id of referenced) {
			expect(byId.get(id), id).toEqual(new Set([content.figures[id].display]));
		}
	});

	it('has every section, in order, with its heading', async () => {
		const ids = await w.page.$$eval('main > section, main > header', (els) => els.map((e) => e.id));
		expect(ids).toEqual(content.sections.map((s) => s.id));
	});

	it('reveals a figure’s source sentence on tap, and on keyboard focus', async () => {
		const id = 'gdp_2020';
		await w.page.locator(`main a.fig[data-fig="${id}"]`).first().click();
		const sheet = w.page.locator('.source-sheet');
		await expect.poll(() => sheet.textContent()).toContain(content.figures[id].quote!.replace(/\s+/g, ' ').trim().slice(0, 8));
		await w.page.keyboard.press('Escape');
		await expect.poll(() => sheet.getAttribute('class')).not.toContain('open');
		await w.page.locator('main a.fig[data-fig="income_ratio_2020"]').first().focus();
		await expect.poll(() => sheet.textContent()).toContain(content.figures.income_ratio_2020.formula!);
	});

	it('leads from the sheet to the figure’s quote on the notes page', async () => {
		await w.page.keyboard.press('Escape');
		await w.page.locator('main a.fig[data-fig="industry_2020"]').first().click();
		await w.page.locator('.source-sheet.open .links a').click();
		await w.page.waitForURL(/\/notes\/#src-industry_2020$/);
		const note = await w.page.locator(':target').innerText();
		expect(note.replace(/\s+/g, '')).toContain(content.figures.industry_2020.quote!.replace(/\s+/g, ''));
		await w.page.goBack();
		await expect.poll(() => w.page.locator('main a.fig[data-fig="industry_2020"]').count()).toBeGreaterThan(0);
	});

	it('sends an old link to a reported figure’s note in the story on to its quote on the notes page', async () => {
		const old = await openPage({}, '#src-gdp_2020');
		await old.page.waitForURL(/\/notes\/#src-gdp_2020$/);
		const note = await old.page.locator(':target').innerText();
		expect(note.replace(/\s+/g, '')).toContain(content.figures.gdp_2020.quote!.replace(/\s+/g, ''));
		await old.close();
	});

	it('shows a figure’s value and the way to its note when the notes page cannot be fetched', async () => {
		const off = await openPage({}, '', undefined, (page) => page.route('**/notes/', (r) => r.abort()));
		await off.page.locator('main a.fig[data-fig="gdp_2020"]').first().click();
		const sheet = off.page.locator('.source-sheet.open');
		await expect.poll(() => sheet.locator('.value').textContent()).toBe(content.figures.gdp_2020.display);
		await expect.poll(() => sheet.locator('.loading').count()).toBe(0);
		expect(await sheet.locator('blockquote').count()).toBe(0);
		expect(await sheet.locator('.links a').getAttribute('href')).toMatch(/\/notes\/#src-gdp_2020$/);
		await off.close();
	});

	it('fetches the notes page only when a reader touches a number whose quote is there', async () => {
		const fresh = await openPage();
		const notes: string[] = [];
		fresh.page.on('request', (r) => new URL(r.url()).pathname.endsWith('/notes/') && notes.push(r.url()));
		await fresh.page.mouse.wheel(0, 100000);
		await fresh.page.waitForTimeout(500);
		expect(notes).toEqual([]);
		await fresh.page.locator('main a.fig[data-fig="income_ratio_2020"]').first().click();
		await expect.poll(() => fresh.page.locator('.source-sheet.open .formula').count()).toBe(1);
		expect(notes).toEqual([]);
		await fresh.page.locator('main a.fig[data-fig="gdp_2020"]').first().click();
		await expect.poll(() => fresh.page.locator('.source-sheet.open blockquote').count()).toBe(1);
		expect(notes.length).toBe(1);
		await fresh.close();
	});

	it('makes no request to another host and logs no error', async () => {
		await w.page.mouse.wheel(0, 100000);
		await w.page.waitForTimeout(300);
		expect(w.foreign).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});

describe('layout', () => {
	for (const width of [320, 375, 414]) {
		it(`has no horizontal overflow at ${width} px`, async () => {
			const w = await openPage({ viewport: { width, height: 700 } });
			const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			await w.close();
			expect(overflow).toBe(0);
		});
	}
});

describe('without JavaScript', () => {
	it('still has the whole text, and every figure links to its quoted source in the notes', async () => {
		const w = await openPage({ javaScriptEnabled: false });
		const text = (await w.page.locator('main').innerText()).replace(/\s+/g, '');
		for (const s of content.sections) {
			for (const step of s.steps) expect(text).toContain(plainText(step.segments, content.figures).replace(/\s+/g, ''));
		}
		const targets = await w.page.$$eval('main a.fig', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		const ids = async () => new Set(await w.page.$$eval('[id^="src-"]', (els) => els.map((e) => `${location.href.split('#')[0]}#${e.id}`)));
		const printed = await ids();
		await w.page.goto(new URL('notes/', siteUrl()).href);
		for (const id of await ids()) printed.add(id);
		for (const href of targets) expect(printed.has(href), href).toBe(true);
		const note = await w.page.locator('#src-gdp_2020').innerText();
		expect(note.replace(/\s+/g, '')).toContain(content.figures.gdp_2020.quote!.replace(/\s+/g, ''));
		await w.close();
	});

	it('keeps each reported figure’s quote on the notes page, which ships no script, and each derived figure’s arithmetic in the story', async () => {
		const w = await openPage({ javaScriptEnabled: false }, 'notes/');
		expect(await w.page.locator('script').count()).toBe(0);
		const notes = await w.page.$$eval('[id^="src-"]', (els) => els.map((e) => [e.id.slice(4), e.textContent!.replace(/\s+/g, '')]));
		const reported = Object.values(content.figures).filter((f) => f.kind !== 'derived');
		expect(notes.map(([id]) => id).sort()).toEqual(reported.map((f) => f.id).sort());
		for (const [id, text] of notes) expect(text, id).toContain(content.figures[id].quote!.replace(/\s+/g, ''));
		await w.page.goto(siteUrl());
		const derived = Object.values(content.figures).filter((f) => f.kind === 'derived');
		for (const f of derived) expect(await w.page.locator(`main #src-${f.id}`).innerText(), f.id).toContain(f.formula!);
		expect(await w.page.locator('main [id^="src-"]').count()).toBe(derived.length);
		await w.close();
	});
});

describe('what the prerendered pages say', () => {
	const opening = content.sections.find((s) => s.id === 'opening')!;
	const textOf = async (path: string, selector = 'body') => {
		const w = await openPage({ javaScriptEnabled: false }, path);
		const text = await w.page.locator(selector).first().innerText();
		await w.close();
		return text;
	};

	it('bylines this desk, and credits the source article as a source', async () => {
		const byline = await textOf('', '.opening .byline');
		expect(byline).toContain(opening.byline!);
		expect(opening.byline).not.toContain('孙宝忠');
		expect(byline).toContain(opening.source_credit!);
		expect(opening.source_credit).toContain('孙宝忠');
		const methods = await textOf('', '#methods');
		expect(methods).not.toMatch(/文字解读：孙宝忠/);
	});

	it('prints the opening’s and the steps’ words once, in the HTML, and leaves them out of the page’s data', async () => {
		const html = await (await fetch(siteUrl())).text();
		const data = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
		expect(data).toContain('figures:');
		const strength = content.sections.find((s) => s.id === 'strength')!;
		const words = [opening.byline!, opening.source_credit!, opening.date_line!, plainText(opening.dek!, content.figures).slice(0, 12), plainText(strength.steps[0].segments, content.figures).slice(0, 12)];
		const shown = await textOf('');
		for (const said of words) {
			expect(shown, said).toContain(said);
			expect(data, said).not.toContain(said);
		}
	});

	it('keeps “五个一批” to poverty relief, where the report uses it', async () => {
		expect(await textOf('', '#actions2021')).not.toContain('五个一批');
		expect(await textOf('embed/actions2021/')).not.toContain('五个一批');
		expect(await textOf('', '#record')).toContain('实施“五个一批”');
	});

	it('captions every chart with its state’s words from the copy, in every embed', async () => {
		for (const s of content.sections.filter((x) => x.chart)) {
			const caption = await textOf(`embed/${s.chart}/`, 'figcaption .caption');
			const first = s.steps.find((st) => st.state)!.state!;
			expect(caption, s.chart).toBe(plainText(content.charts[s.chart!].states[first].caption, content.figures));
		}
	});
});

