import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { squash } from '../../src/lib/content/figures';
import { plainText } from '../../src/lib/content/text';

// The real data/: these hold for the files an editor changes, not only for fixtures.
const content = loadContent('data');
const raw = JSON.parse(readFileSync('data/figures.json', 'utf8')) as { id: string; value: number; quote: string; kind: string; period: string; section: string }[];
const source = squash(readFileSync('data/source/report.txt', 'utf8'));
const used = new Set(content.sections.flatMap((s) => s.steps.flatMap((st) => st.segments.flatMap((seg) => ('fig' in seg ? [seg.fig] : [])))));
for (const s of content.sections) if (s.hero) used.add(s.hero);

describe('data/figures.json', () => {
	it('has unique ids', () => {
		expect(new Set(raw.map((f) => f.id)).size).toBe(raw.length);
	});
	it('quotes only what the source says (whitespace-insensitive)', () => {
		for (const f of raw) expect(source.includes(squash(f.quote)), f.id).toBe(true);
	});
	it('has each value inside its quote', () => {
		for (const f of raw) expect(squash(f.quote).includes(String(f.value)), f.id).toBe(true);
	});
	it('covers every section of the report', () => {
		const sections = new Set(raw.map((f) => f.section));
		for (const s of ['opening', 'strength', 'income', 'record', 'y2020', 'plan14', 'actions2021']) expect(sections.has(s), s).toBe(true);
	});
	it('keeps the 十四五 goals as 2025 targets, and its growth rates as 2021–2025 averages, never 2021', () => {
		for (const f of raw.filter((f) => f.section === 'plan14')) {
			expect(f.kind, f.id).toBe('target');
			expect(f.period, f.id).toBe(f.id.endsWith('_growth_target') ? '2021–2025' : '2025');
		}
	});
	it('gives no year to a capacity, a reserve or a policy the report sets no time for', () => {
		const timeless = ['coke_park_capacity', 'fertilizer_park_capacity', 'building_materials_park_output', 'baijiu_base_capacity', 'air_separation_capacity', 'energy_projects_invest', 'energy_projects_count', 'wind_project_capacity', 'land_contract_extension', 'listing_reward', 'coke_oven_phaseout_height'];
		for (const id of timeless) expect(raw.find((f) => f.id === id)?.period, id).toBe('none');
	});
	it('marks a stock at the end of 2020 as a stock, not a five-year total', () => {
		for (const id of ['day_care_centres', 'river_chiefs', 'river_patrollers']) expect(raw.find((f) => f.id === id), id).toMatchObject({ kind: 'stock', period: '2020' });
	});
});

describe('data/copy', () => {
	it('uses every figure of the report somewhere in the story', () => {
		const unused = raw.map((f) => f.id).filter((id) => !used.has(id));
		expect(unused).toEqual([]);
	});
	it('types no figure: digits in copy are years, plan names or ordinal list numbers', () => {
		for (const s of content.sections) {
			for (const step of s.steps) {
				const typed = step.segments
					// Dates (4月14日), quoted names with digits (“6133”产业工程) and the index base are not figures.
					.map((seg) => ('text' in seg ? seg.text.replace(/\d{1,2}月\d{1,2}日|\d{1,2}日|“[^”]*”|记作100/g, '') : ''))
					.flatMap((text) => text.match(/\d+(\.\d+)?/g) ?? [])
					.filter((n) => !/^(19|20)\d\d$/.test(n) && !/^\d$/.test(n));
				expect(typed, `${s.file}: ${plainText(step.segments, content.figures)}`).toEqual([]);
			}
		}
	});
});
