import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../src/lib/content/figures';

const source = '2020年全县地区生产总值完成 84.9亿元，比 2015年增长 71.5%，县域经济规模不断壮大';
const good = {
	id: 'gdp_2020',
	label: '地区生产总值',
	value: 84.9,
	unit: '亿元',
	period: '2020',
	kind: 'actual',
	section: 'strength',
	quote: '2020年全县地区生产总值完成84.9亿元'
};
const parse = (items: unknown) => () => parseFigures(JSON.stringify(items, null, 2), 'data/figures.json', source);

describe('figures validation', () => {
	it('accepts a well-formed figure whose quote is in the source despite PDF spacing', () => {
		expect(parseFigures(JSON.stringify([good]), 'data/figures.json', source)).toHaveLength(1);
	});
	it('names file and line for broken JSON', () => {
		expect(() => parseFigures('[\n{"id": "x",\n}', 'data/figures.json', source)).toThrow(/data\/figures\.json \(line 3\): not valid JSON/);
	});
	it('rejects a malformed number, naming the id', () => {
		expect(parse([{ ...good, value: '84.9' }])).toThrow(/data\/figures\.json \(line 3, id "gdp_2020"\): value: .*number/);
	});
	it('rejects a missing quote', () => {
		const { quote: _, ...noQuote } = good;
		expect(parse([noQuote])).toThrow(/id "gdp_2020"\): quote: /);
	});
	it('rejects a duplicate id', () => {
		expect(parse([good, good])).toThrow(/id "gdp_2020"\): duplicate id/);
	});
	it('rejects a quote that is not in the source', () => {
		expect(parse([{ ...good, quote: '2020年全县地区生产总值完成 94.9亿元' }])).toThrow(/quote not found in the source text/);
	});
	it('rejects a value that is not in its quote (a typo in the number)', () => {
		expect(parse([{ ...good, value: 89.4 }])).toThrow(/id "gdp_2020"\): value 89.4 does not occur in its quote/);
	});
	it('rejects an unknown kind or section', () => {
		expect(parse([{ ...good, kind: 'guess' }])).toThrow(/kind: /);
		expect(parse([{ ...good, section: 'nowhere' }])).toThrow(/section: /);
	});
	it('rejects unknown fields, so a misspelt field does not vanish silently', () => {
		expect(parse([{ ...good, qoute: 'x' }])).toThrow(/id "gdp_2020"\): figure: .*qoute/);
	});
});
