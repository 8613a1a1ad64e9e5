import { describe, expect, it } from 'vitest';
import { parseCopy } from '../../src/lib/content/copy';
import { readFileSync } from 'node:fs';
import { plainText, segments } from '../../src/lib/content/text';
import { parseUi } from '../../src/lib/content/ui';

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

// A chart section with every state captioned and every word of its chart given, as the catalog asks.
const STATES = '[states]\nstate: gdp\ncaption: 总量\n\nstate: sectors\ncaption: 四项\n\nstate: indexed\ncaption: 指数\n\nstate: shares\ncaption: 比重\n[]\n';
const WORDS = '{words}\nshare_industry: 工业占比\nshare_services: 服务业占比\n{}\n';
const chartSection = (head: string, tail = STATES + WORDS) =>
	`id: strength\nnav: 综合实力\nkicker: 十三五\ntitle: 工业领跑\nchart: strength\n${head}[steps]\ntext: 达到{gdp_2020}。\nheadline: 总量{gdp_2020}\nstate: gdp\n\ntext: 增长{gdp_growth_5y}。\nheadline: 增长\nstate: indexed\n[]\n${tail}`;
const poster = 'poster_state: indexed\nposter_figure: gdp_growth_5y\nposter_label: 五年增长\n';

describe('copy: share posters', () => {
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

describe('copy: the chart catalog', () => {
	// Lines of chartSection(poster): chart 5, steps' states 11 and 14, [states] 16 (shares at 26), {words} 29.
	const parse = (text: string) => () => parseCopy(text, file, ids);
	it('gives a chart its captions and words, and keeps them off the section', () => {
		const s = parseCopy(chartSection(poster), file, ids);
		expect(s.chartCopy?.states.gdp).toEqual({ state: 'gdp', caption: '总量' });
		expect(s.chartCopy?.words.share_industry).toBe('工业占比');
		expect(s).not.toHaveProperty('states');
		expect(s).not.toHaveProperty('words');
	});
	it('names the line of an unknown chart', () => {
		expect(parse(chartSection(poster).replace('chart: strength', 'chart: strenght'))).toThrow(/01-strength\.aml \(line 5\): unknown chart “strenght” \(the catalog has strength, income, plan14, record, y2020, actions2021\)/);
	});
	it('names the line and step of a state the chart does not have', () => {
		expect(parse(chartSection(poster).replace('state: indexed\n[]', 'state: index\n[]'))).toThrow('data/copy/01-strength.aml (line 16, step 2): unknown state “index” of chart “strength” (its states: gdp, sectors, indexed, shares)');
	});
	it('names the line and step of a focus the chart does not know, and keeps focus to charts', () => {
		expect(parse(chartSection(poster).replace('state: indexed\n[]', 'state: indexed\nfocus: farming\n[]'))).toThrow(/01-strength\.aml \(line 17, step 2\): unknown focus “farming” of chart “strength”/);
		expect(parse(chartSection(poster).replace('headline: 增长\n', ''))).toThrow('data/copy/01-strength.aml (line 14, step 2): a step of a graphic needs “headline:”');
		expect(parse(chartSection(poster).replace('headline: 增长', 'headline: 增长{gdp_2016}'))).toThrow(/01-strength\.aml \(line 15\): unknown figure id “gdp_2016”/);
		expect(parse(section('text: 交城在吕梁。\nfocus: county'))).toThrow('data/copy/01-strength.aml (line 7, step 1): “focus:” names elements of a chart, and this section has none');
	});
	it('names the line of an unknown state in [states]', () => {
		expect(parse(chartSection(poster, STATES.replace('state: shares', 'state: share') + WORDS))).toThrow('data/copy/01-strength.aml (line 28): unknown state “share” of chart “strength”');
	});
	it('asks every state for its caption', () => {
		expect(parse(chartSection(poster, STATES.replace('caption: 比重\n', '') + WORDS))).toThrow('data/copy/01-strength.aml (line 28): state “shares” has no caption');
		expect(parse(chartSection(poster, STATES.replace('\nstate: shares\ncaption: 比重\n', '') + WORDS))).toThrow('(line 18): state “shares” of chart “strength” has no caption: [states] needs “state: shares” with its “caption:”');
	});
	it('names an unknown figure in a caption', () => {
		expect(parse(chartSection(poster, STATES.replace('caption: 指数', 'caption: 指数{gdp_2016}') + WORDS))).toThrow('data/copy/01-strength.aml (line 26): unknown figure id “gdp_2016”');
	});
	it('asks for every word of the chart, and no other', () => {
		expect(parse(chartSection(poster, STATES + WORDS.replace('share_services: 服务业占比\n', '')))).toThrow('(line 31): chart “strength” needs the word “share_services:” in {words}');
		expect(parse(chartSection(poster, STATES + WORDS.replace('{}', 'share_farming: 农业\n{}')))).toThrow('(line 34): unknown word “share_farming” for chart “strength”');
	});
});

describe('copy: the interface words (ui.aml)', () => {
	const full = readFileSync('data/copy/ui.aml', 'utf8');
	const ui = 'data/copy/ui.aml';
	it('reads the real file', () => {
		expect(parseUi(full, ui).close).toBeTruthy();
	});
	it('names an unknown key, a slot the code does not fill, and a missing key', () => {
		expect(() => parseUi(`${full}\nshare_now: 立即分享\n`, ui)).toThrow(/ui\.aml \(line \d+\): unknown key “share_now”/);
		expect(() => parseUi(full.replace('share_dialog: 分享《{title}》', 'share_dialog: 分享《{name}》'), ui)).toThrow(/\(line \d+\): “\{name\}” is not a slot of “share_dialog” \(\{title\}\)/);
		expect(() => parseUi(full.replace(/^close: .*$/m, ''), ui)).toThrow('data/copy/ui.aml: missing “close:”');
	});
});
