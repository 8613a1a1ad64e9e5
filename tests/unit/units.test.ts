import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import type { Figure } from '../../src/lib/content/types';
import {
	MAX_DOTS,
	MIN_DOTS,
	RECORD_PICKS,
	RECORD_STATES,
	Y2020_PICKS,
	Y2020_STATES,
	buildItems,
	chooseScale,
	countOf,
	dotsFor,
	emphasisOf,
	recordSpec,
	unitFocusKeys,
	y2020Spec,
	type DotsItem,
	type UnitItem,
	type UnitSpec
} from '../../src/lib/charts/units/spec';
import { baseUnit, scaleLabel } from '../../src/lib/content/format';
import { CATALOG } from '../../src/lib/charts/catalog';
import { focusKeys, stepStates } from '../../src/lib/scrolly/states';

const content = loadContent('data');
const figs = content.figures;
const record = { ...content.charts.record, ui: content.ui };
const y2020 = { ...content.charts.y2020, ui: content.ui };
const statesOf = (id: string) => [...new Set(content.sections.find((s) => s.id === id)!.steps.flatMap((s) => (s.state ? [s.state] : [])))];
const dotsOf = (spec: UnitSpec) => spec.items.filter((it): it is DotsItem => it.type === 'dots');
const byId = (spec: UnitSpec, id: string) => spec.items.find((it) => 'figure' in it && it.figure === id);
const fig = (over: Partial<Figure>): Figure => ({ id: 'x', label: 'x', value: 1, unit: '人', period: '2020', kind: 'count', section: 'record', display: '', ...over });

describe('unit arithmetic', () => {
	it('splits 万 and 亿 off a unit', () => {
		expect(baseUnit('万人')).toEqual({ base: '人', multiplier: 10000 });
		expect(baseUnit('户')).toEqual({ base: '户', multiplier: 1 });
		expect(countOf(fig({ value: 2.8, unit: '万人' }))).toBe(28000);
		expect(countOf(fig({ value: 1.1, unit: '万户' }))).toBe(11000);
	});
	it('picks the smallest power of ten that keeps every row under the cap', () => {
		expect(chooseScale([28000, 5096])).toBe(1000);
		expect(chooseScale([47])).toBe(1);
		expect(chooseScale([67])).toBe(10);
		expect(chooseScale([MAX_DOTS])).toBe(1);
		expect(chooseScale([MAX_DOTS + 1])).toBe(10);
	});
	it('rounds dots and says when it did', () => {
		expect(dotsFor(28000, 1000)).toEqual({ dots: 28, approx: false });
		expect(dotsFor(5096, 1000)).toEqual({ dots: 5, approx: true });
		expect(dotsFor(5096, 100)).toEqual({ dots: 51, approx: true });
	});
	it('reads a scale the Chinese way', () => {
		expect(scaleLabel(1000)).toBe('1000');
		expect(scaleLabel(10000)).toBe('1万');
	});
	it('shows a count too small for its shared scale as a number', () => {
		const f = { a: fig({ id: 'a', value: 2250, unit: '名' }), b: fig({ id: 'b', value: 3, unit: '名' }) };
		const items = buildItems([{ id: 'a' }, { id: 'b' }], f, record, 'test');
		expect(items.map((it) => it.type)).toEqual(['dots', 'big']);
	});
	it('never draws money, lengths, areas or percentages as dots', () => {
		const f = { m: fig({ id: 'm', value: 8.9, unit: '亿元' }), k: fig({ id: 'k', value: 70, unit: '公里' }), p: fig({ id: 'p', value: 15, unit: '%' }) };
		expect(buildItems([{ id: 'm' }, { id: 'k' }, { id: 'p' }], f, record, 'test').every((it) => it.type === 'big')).toBe(true);
	});
	it('fails loudly on an unknown figure id', () => {
		expect(() => buildItems([{ id: 'nope' }], figs, record, 'record state “x”')).toThrow('record state “x”: unknown figure id “nope”');
	});
});

describe('record (五年成绩单)', () => {
	it('has a spec for every state of the copy', () => {
		const states = statesOf('record');
		expect(states.length).toBeGreaterThan(0);
		for (const s of states) {
			expect(RECORD_STATES, s).toContain(s);
			expect(recordSpec(s, figs, record).state).toBe(s);
		}
	});
	it('shows 2.8万 people lifted out of poverty as 28 dots of 1000', () => {
		const spec = recordSpec('battles', figs, record);
		const poor = byId(spec, 'poverty_people_lifted') as DotsItem;
		expect(poor).toMatchObject({ type: 'dots', dots: 28, per: 1000, approx: false, scaleText: '每点代表1000人', dotsText: '28点', people: true });
		// Same kind, same scale: more dots always means more people.
		expect(byId(spec, 'relocation_people')).toMatchObject({ type: 'dots', per: 1000, dots: 5, approx: true, dotsText: '约5点' });
		expect(byId(spec, 'poverty_villages_exited')).toMatchObject({ type: 'dots', per: 10, dots: 7, scaleText: '每点代表10个村', people: false });
	});
	it('says the scale beside the units, and the count only when rounding changed it', () => {
		const spec = recordSpec('battles', figs, record);
		expect(byId(spec, 'poverty_people_lifted')).toMatchObject({ legend: '每点代表1000人' });
		expect(byId(spec, 'relocation_people')).toMatchObject({ legend: '约5点，每点代表1000人' });
	});
	it('uses only figures of the state’s own block, each block once', () => {
		const blocks = RECORD_STATES.map((s) => {
			const ids = RECORD_PICKS[s].flatMap((p) => ('id' in p ? [p.id] : []));
			const own = new Set(ids.map((id) => figs[id]?.block));
			expect(own.size, s).toBe(1);
			expect(ids.every((id) => figs[id]?.section === 'record'), s).toBe(true);
			expect(recordSpec(s, figs, record).title).toBe([...own][0]);
			return [...own][0];
		});
		expect(new Set(blocks).size).toBe(RECORD_STATES.length);
	});
	it('draws money and 亩 as big numbers', () => {
		expect(byId(recordSpec('industry', figs, record), 'investment_signed_total')).toMatchObject({ type: 'big', number: '521.1', unit: '亿元' });
		expect(byId(recordSpec('urban_rural', figs, record), 'farmland_high_standard')).toMatchObject({ type: 'big', display: '1.8万亩' });
	});
	it('says what a change is measured against', () => {
		expect(byId(recordSpec('governance', figs, record), 'gov_documents_cut')).toMatchObject({ type: 'big', label: '政府文件压减（比2015年）', number: '15', unit: '%' });
	});
	it('refuses a state it does not draw, instead of drawing another', () => {
		expect(() => recordSpec('', figs, record)).toThrow('chart “record” has no state “”');
	});
});

describe('y2020 (浓墨重彩的2020年)', () => {
	it('has a spec for every state of the copy', () => {
		const states = statesOf('y2020');
		expect(states).toEqual(Y2020_STATES);
		for (const s of states) expect(y2020Spec(s, figs, y2020).state).toBe(s);
	});
	it('uses only figures of the matching point', () => {
		Y2020_STATES.forEach((s, i) => {
			for (const p of Y2020_PICKS[s]) if ('id' in p) expect(figs[p.id]?.point, `${s} ${p.id}`).toBe(i + 1);
		});
	});
	it('p1: checkpoints and cadres as dots, zero cases as text, 3 medics as a number', () => {
		const spec = y2020Spec('p1', figs, y2020);
		expect(byId(spec, 'covid_checkpoints')).toMatchObject({ type: 'dots', per: 10, dots: 27, approx: true });
		expect(byId(spec, 'covid_cadres_mobilised')).toMatchObject({ type: 'dots', per: 100, dots: 23, approx: true });
		expect(byId(spec, 'covid_medics_to_hubei')).toMatchObject({ type: 'big', display: '3名' });
		expect(spec.items.some((it) => it.type === 'text' && it.parts.join('、') === '零感染、零疑似、零确诊')).toBe(true);
	});
	it('p5: honours as text, no figure', () => {
		const spec = y2020Spec('p5', figs, y2020);
		expect(spec.items.length).toBeGreaterThan(0);
		expect(spec.items.every((it) => it.type === 'text')).toBe(true);
	});
});

describe('every state', () => {
	const specs = [...RECORD_STATES.map((s) => recordSpec(s, figs, record)), ...Y2020_STATES.map((s) => y2020Spec(s, figs, y2020))];
	it('uses only figures that exist', () => {
		for (const spec of specs) for (const it of spec.items) if ('figure' in it) expect(figs[it.figure], it.figure).toBeDefined();
	});
	it('converts every dot count from its value with the stated scale', () => {
		for (const spec of specs)
			for (const it of dotsOf(spec)) {
				const f = figs[it.figure];
				const exact = countOf(f) / it.per;
				expect(it.dots, it.figure).toBe(Math.round(exact));
				expect(it.dots, it.figure).toBeGreaterThanOrEqual(MIN_DOTS);
				expect(it.dots, it.figure).toBeLessThanOrEqual(MAX_DOTS);
				expect(it.approx, it.figure).toBe(it.dots !== exact);
				expect(it.dotsText.startsWith('约'), it.figure).toBe(it.approx);
				expect(it.scaleText, it.figure).toMatch(/^每点代表(1|10|100|1000|1万)/);
				expect(it.display).toBe(f.display);
				expect(it.legend, it.figure).toBe(it.approx ? `${it.dotsText}，${it.scaleText}` : it.scaleText);
			}
	});
	it('gives rows of the same kind of thing one scale', () => {
		for (const spec of specs) {
			const scales = new Map<string, Set<number>>();
			for (const it of dotsOf(spec)) {
				const kind = it.scaleText.replace(/^每点代表[\d万]+/, '');
				scales.set(kind, (scales.get(kind) ?? new Set()).add(it.per));
			}
			for (const [kind, set] of scales) expect(set.size, `${spec.state} ${kind}`).toBe(1);
		}
	});
	it('shows 2 to 5 items, with a caption and a table row each', () => {
		for (const spec of specs) {
			expect(spec.items.length, spec.state).toBeGreaterThanOrEqual(2);
			expect(spec.items.length, spec.state).toBeLessThanOrEqual(5);
			expect(spec.table).toHaveLength(spec.items.length);
			expect(spec.caption.length, spec.state).toBeGreaterThan(0);
			// Rows keep every item once, in order.
			expect(spec.rows.flatMap<UnitItem>((r) => (r.type === 'grid' ? [r.item] : r.items))).toEqual(spec.items);
			for (const row of spec.table) expect(row, spec.state).toHaveLength(spec.columns.length);
		}
	});
	it('names the state in its caption', () => {
		for (const spec of specs) expect(spec.caption, spec.state).toContain(spec.title);
	});
});

describe('focus', () => {
	it('draws the named items strong and the rest muted; without a focus, all normal', () => {
		expect(emphasisOf('a', [])).toBe('normal');
		expect(emphasisOf('a', ['a'])).toBe('strong');
		expect(emphasisOf('b', ['a'])).toBe('muted');
		const spec = recordSpec('battles', figs, record, ['poverty_people_lifted', 'relocation_people']);
		expect(spec.items.map((it) => [it.key, it.emphasis])).toEqual([
			['poverty_people_lifted', 'strong'],
			['relocation_people', 'strong'],
			['poverty_villages_exited', 'muted'],
			['enterprises_upgraded', 'muted']
		]);
		expect(recordSpec('battles', figs, record).items.every((it) => it.emphasis === 'normal')).toBe(true);
	});
	it('names a text item by its word, as the copy does', () => {
		const spec = y2020Spec('p1', figs, y2020, ['covid_zero']);
		expect(spec.items.find((it) => it.type === 'text')).toMatchObject({ key: 'covid_zero', emphasis: 'strong' });
	});
	it('lets a step name every item a state draws, and nothing else', () => {
		for (const [chart, picks, spec] of [
			['record', RECORD_PICKS, (s: string) => recordSpec(s, figs, record)],
			['y2020', Y2020_PICKS, (s: string) => y2020Spec(s, figs, y2020)]
		] as const) {
			const keys = unitFocusKeys(picks);
			expect(CATALOG[chart].focus).toEqual(keys);
			const drawn = Object.keys(picks).flatMap((s) => spec(s).items.map((it) => it.key));
			expect(new Set(keys)).toEqual(new Set(drawn));
			// A word's key and a figure's id never meet: a focus names one thing.
			expect(new Set(keys).size).toBe(keys.length);
		}
	});
	it('every step’s focus names items its own state draws', () => {
		for (const [id, spec] of [
			['record', (s: string) => recordSpec(s, figs, record)],
			['y2020', (s: string) => y2020Spec(s, figs, y2020)]
		] as const) {
			const steps = content.sections.find((s) => s.id === id)!.steps;
			const states = stepStates(steps);
			steps.forEach((step, i) => {
				const drawn = spec(states[i]).items.map((it) => it.key);
				for (const key of focusKeys(step.focus)) expect(drawn, `${id} step ${i + 1}: focus “${key}”`).toContain(key);
			});
		}
	});
});
