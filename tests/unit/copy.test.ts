import { describe, expect, it } from 'vitest';
import { parseCopy } from '../../src/lib/content/copy';
import { plainText, segments } from '../../src/lib/content/text';

const ids = new Set(['gdp_2020', 'gdp_growth_5y']);
const file = 'data/copy/01-strength.aml';
const section = (steps: string) => `id: strength\nnav: 综合实力\nkicker: 十三五\ntitle: 综合实力跃上新台阶\n[steps]\n${steps}\n[]\n`;

describe('copy (ArchieML)', () => {
	it('parses steps and splits figure references', () => {
		const s = parseCopy(section('text: 2020年达到{gdp_2020}，增长{ gdp_growth_5y }。\nstate: gdp'), file, ids);
		expect(s.steps).toHaveLength(1);
		expect(s.steps[0].state).toBe('gdp');
		expect(s.steps[0].segments).toEqual([{ text: '2020年达到' }, { fig: 'gdp_2020' }, { text: '，增长' }, { fig: 'gdp_growth_5y' }, { text: '。' }]);
	});
	it('accepts a multi-line value closed by :end', () => {
		const s = parseCopy(section('text: 第一行\n第二行\n:end'), file, ids);
		expect(plainText(s.steps[0].segments, {})).toContain('第二行');
	});
	it('names file and line for an unknown figure id', () => {
		expect(() => parseCopy(section('text: 达到{gdp_2021}。'), file, ids)).toThrow('data/copy/01-strength.aml (line 6): unknown figure id “gdp_2021”');
	});
	it('names the line of text ArchieML would silently drop', () => {
		expect(() => parseCopy(section('text: 第一段。\n忘了写键名的一段。\nstate: gdp'), file, ids)).toThrow(/\(line 7\): text outside any key would be dropped/);
	});
	it('rejects a line of text that ArchieML would read as a command', () => {
		expect(() => parseCopy(section('text: 一段\n{gdp_2020}开头\n:end'), file, ids)).toThrow(/\(line 7\): a line of text may not begin with/);
	});
	it('rejects a step that ArchieML would merge into the one before', () => {
		expect(() => parseCopy(section('text: 第一步\nheading: 标题\n\nheading: 第二步标题\ntext: 第二步'), file, ids)).toThrow(
			'data/copy/01-strength.aml (line 9): “heading:” again in the same step would overwrite it; every step must begin with “text:”'
		);
	});
	it('rejects a missing title and an unknown key', () => {
		expect(() => parseCopy('id: strength\nnav: a\nkicker: b\n[steps]\ntext: x\n[]', file, ids)).toThrow(/01-strength\.aml: title: /);
		expect(() => parseCopy(section('txet: 错字'), file, ids)).toThrow(/step 1\): steps\.0: unknown key “txet”|text: /);
	});
	it('rejects an unknown section id', () => {
		expect(() => parseCopy(section('text: x').replace('id: strength', 'id: nowhere'), file, ids)).toThrow(/\(line 1\): id: /);
	});
	it('resolves references to plain text for meta tags', () => {
		expect(plainText('增长{gdp_growth_5y}', { gdp_growth_5y: { display: '71.5%' } })).toBe('增长71.5%');
		expect(segments('无数字')).toEqual([{ text: '无数字' }]);
	});
});

describe('copy: share posters', () => {
	const chartSection = (head: string) =>
		`id: strength\nnav: 综合实力\nkicker: 十三五\ntitle: 工业领跑\nchart: strength\n${head}[steps]\ntext: 达到{gdp_2020}。\nstate: gdp\n\ntext: 增长{gdp_growth_5y}。\nstate: indexed\n[]\n`;
	const poster = 'poster_state: indexed\nposter_figure: gdp_growth_5y\nposter_label: 五年增长\n';
	it('takes a chart section with a poster of one of its states', () => {
		const s = parseCopy(chartSection(poster), file, ids);
		expect([s.poster_state, s.poster_figure, s.poster_label]).toEqual(['indexed', 'gdp_growth_5y', '五年增长']);
	});
	it('asks a chart section for its poster', () => {
		expect(() => parseCopy(chartSection(''), file, ids)).toThrow('data/copy/01-strength.aml: a section with a chart needs “poster_state:” (its share poster)');
	});
	it('rejects a poster state no step shows', () => {
		expect(() => parseCopy(chartSection(poster.replace('indexed', 'shares')), file, ids)).toThrow('(line 6): poster_state “shares” is not the state of any step (gdp, indexed)');
	});
	it('rejects an unknown poster figure, and an unknown id in a poster label', () => {
		expect(() => parseCopy(chartSection(poster.replace('poster_figure: gdp_growth_5y', 'poster_figure: gdp_growth')), file, ids)).toThrow('(line 7): unknown figure id “gdp_growth”');
		expect(() => parseCopy(chartSection(poster.replace('五年增长', '增长{gdp_2021}')), file, ids)).toThrow('unknown figure id “gdp_2021”');
	});
	it('keeps poster keys to sections with a chart', () => {
		expect(() => parseCopy(section('text: x').replace('[steps]', 'poster_label: 多余\n[steps]'), file, ids)).toThrow('(line 5): “poster_label:” belongs to a section with a chart');
	});
});
