import type { Figure, Figures } from '../../content/types';
import { formatFigure, formatNumber } from '../../content/format';
import type { Tone } from '../frame/tones';

/**
 * Unit charts (isotype dots) for the 五年成绩单 and 2020 sections: counts of people and things become dots,
 * everything else (money, km, 亩, %) a big number. The chart states its scale (“每点代表1000人”); a dot count
 * is the value converted with that scale and rounded, and says “约” when the rounding changed it.
 *
 * One scale per kind of thing in a state: two rows of people share the scale, so more dots always
 * means more people. A row that would get fewer than MIN_DOTS dots on that shared scale is shown as a
 * number instead (a lone dot for 3 medics next to dots of 100 cadres would say nothing).
 */

/** No row gets more dots than this: the smallest power of ten that keeps every row of a kind below it. */
export const MAX_DOTS = 150;
/** Fewer dots than this on the shared scale: the figure is shown as a number. */
export const MIN_DOTS = 3;
/** Scales are powers of ten: “每点代表1000人” is easy to multiply back. */
export const SCALES = [1, 10, 100, 1000, 10000, 100000] as const;

/** Units that count people or things one by one; anything else (亿元, 公里, 万亩, %) is not drawn as dots. */
const COUNT_UNITS = new Set(['人', '名', '户', '个', '项', '件', '座', '所', '处', '条', '台']);
const PEOPLE_UNITS = new Set(['人', '名']);
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export interface DotsItem {
	type: 'dots';
	key: string;
	figure: string;
	label: string;
	/** The figure as the report gives it: 2.8万人. */
	display: string;
	/** What one dot stands for, as the chart says it: 每点代表1000人. */
	scaleText: string;
	per: number;
	dots: number;
	/** True when the value is not an exact multiple of the scale: the count is said with 约. */
	approx: boolean;
	/** 28点, 约5点. */
	dotsText: string;
	/** People are round dots, things square: shape, not colour, tells them apart. */
	people: boolean;
}

export interface BigItem {
	type: 'big';
	key: string;
	figure: string;
	label: string;
	/** The number without its unit (formatted by the one formatter), and the unit, set smaller. */
	number: string;
	unit: string;
	display: string;
}

export interface TextItem {
	type: 'text';
	key: string;
	/** Short phrases set large, e.g. 零感染 / 零疑似 / 零确诊, or an honour's name. */
	parts: string[];
	/** A line under the phrases. */
	detail?: string;
}

export type UnitItem = DotsItem | BigItem | TextItem;

/** A dot grid takes a row of its own; numbers and text items share a wrapping row. */
export type UnitRow = { type: 'grid'; key: string; item: DotsItem } | { type: 'facts'; key: string; items: (BigItem | TextItem)[] };

export interface UnitSpec {
	state: string;
	title: string;
	caption: string;
	tone: Tone;
	items: UnitItem[];
	rows: UnitRow[];
	columns: string[];
	table: string[][];
}

/** A figure of a state, by id; `noun` names what a dot is when the unit alone does not (个 → 个村). */
type Pick = { id: string; noun?: string } | { text: string[]; detail?: string };

/** Splits 万/亿 off a unit: 万人 → 人 × 10000. */
export function baseUnit(unit: string): { base: string; multiplier: number } {
	const m = /^(万|亿)(.+)$/.exec(unit);
	return m ? { base: m[2], multiplier: MULTIPLIERS[m[1]] } : { base: unit, multiplier: 1 };
}

export function isCount(f: Figure): boolean {
	return COUNT_UNITS.has(baseUnit(f.unit).base);
}

/** The number of things a figure counts: 2.8万人 → 28000. Rounded off the float noise of 2.8 × 10000. */
export function countOf(f: Figure): number {
	const { multiplier } = baseUnit(f.unit);
	return Math.round(f.value * multiplier * 1e6) / 1e6;
}

/** The smallest power of ten that gives no row more than `max` dots. */
export function chooseScale(counts: number[], max = MAX_DOTS): number {
	const largest = Math.max(...counts);
	for (const per of SCALES) if (Math.round(largest / per) <= max) return per;
	return SCALES[SCALES.length - 1];
}

export function dotsFor(count: number, per: number): { dots: number; approx: boolean } {
	const dots = Math.round(count / per);
	return { dots, approx: Math.abs(count / per - dots) > 1e-9 };
}

/** 1000 → 1000, 10000 → 1万: a scale reads the Chinese way. */
export function scaleLabel(per: number): string {
	return per >= 1e4 ? `${formatNumber(per / 1e4)}万` : formatNumber(per);
}

/** Which figures each 成绩单 state shows: its block's most tangible counts, in the order the copy names them. */
export const RECORD_PICKS: Record<string, Pick[]> = {
	industry: [{ id: 'talent_recruited' }, { id: 'investment_projects_signed', noun: '项目' }, { id: 'investment_signed_total' }],
	battles: [
		{ id: 'poverty_people_lifted' },
		{ id: 'relocation_people' },
		{ id: 'poverty_villages_exited', noun: '村' },
		{ id: 'enterprises_upgraded' }
	],
	urban_rural: [
		{ id: 'heating_households_added' },
		{ id: 'toilets_rebuilt_rural' },
		{ id: 'village_sewage_treated', noun: '村' },
		{ id: 'farmland_high_standard' }
	],
	wellbeing: [
		{ id: 'schools_upgraded' },
		{ id: 'day_care_centres', noun: '中心' },
		{ id: 'football_pitches' },
		{ id: 'evil_force_gangs_broken', noun: '团伙' }
	],
	reform: [{ id: 'tax_fee_cuts' }, { id: 'land_rights_villages', noun: '村' }, { id: 'village_coops', noun: '合作社' }],
	governance: [{ id: 'npc_suggestions_handled' }, { id: 'cppcc_proposals_handled' }, { id: 'gov_documents_cut' }, { id: 'meetings_cut' }]
};
export const RECORD_STATES = Object.keys(RECORD_PICKS);

/** What the values of each 成绩单 state are: done over five years, a stock at the end of 2020, or a change against 2015. */
const RECORD_SCOPE: Record<string, string> = {
	industry: '“十三五”五年来的累计数',
	battles: '“十三五”五年来的累计数',
	urban_rural: '“十三五”五年来的累计数',
	wellbeing: '学校、足球场、打掉的团伙为五年来的累计数，日间照料中心为在运行的数量',
	reform: '“十三五”五年来的累计数',
	governance: '建议、提案为五年来的累计数；文件、会议为与2015年相比的减幅'
};

/** The five points of 2020. p5 has no figures: its honours are named, as the report names them. */
export const Y2020_PICKS: Record<string, Pick[]> = {
	p1: [
		{ id: 'covid_checkpoints', noun: '检查站' },
		{ id: 'covid_cadres_mobilised' },
		{ text: ['零感染', '零疑似', '零确诊'], detail: '全县疫情防控结果' },
		{ id: 'covid_medics_to_hubei' }
	],
	p2: [
		{ id: 'relocated_employed_nearby' },
		{ id: 'poor_village_upgrade_projects', noun: '工程' },
		{ id: 'poverty_survey_households' }
	],
	p3: [
		{ id: 'major_projects_started_2020', noun: '项目' },
		{ id: 'investment_projects_completed_2020', noun: '项目' },
		{ id: 'firms_research_cooperation' },
		{ id: 'high_tech_firms_cultivated', noun: '企业' }
	],
	p4: [{ id: 'clean_heating_households' }, { id: 'clean_heating_villages', noun: '村' }],
	p5: [
		{ text: ['“2020中国最美县域”'], detail: '吕梁唯一入榜' },
		{ text: ['省级文明县城'], detail: '成功创建' },
		{ text: ['如金温泉'], detail: '国家3A级旅游景区' },
		{ text: ['苏家湾'], detail: '全省第二批3A级乡村旅游示范村' },
		{ text: ['汾河流域水污染治理攻坚现场会'], detail: '全市现场会在交城召开' }
	]
};
export const Y2020_STATES = Object.keys(Y2020_PICKS);

/** Short names of the five points (their headings are long). */
export const Y2020_TITLES: Record<string, string> = {
	p1: '坚持战疫情促生产',
	p2: '坚持抓脱贫促振兴',
	p3: '坚持开好局起好步',
	p4: '坚持补短板惠民生',
	p5: '坚持化危机育新机'
};
const ORDINALS = ['一', '二', '三', '四', '五'];

function figureOf(figs: Figures, id: string, where: string): Figure {
	const f = figs[id];
	if (!f) throw new Error(`${where}: unknown figure id “${id}”`);
	return f;
}

/** Turns the picks of one state into items: one scale per kind of thing, small counts as numbers. */
export function buildItems(picks: Pick[], figs: Figures, where: string): UnitItem[] {
	const figures = picks.map((p) => ('id' in p ? figureOf(figs, p.id, where) : undefined));
	const kindOf = (i: number) => {
		const p = picks[i];
		const f = figures[i];
		return f && 'id' in p ? `${baseUnit(f.unit).base}|${p.noun ?? ''}` : '';
	};
	const scales = new Map<string, number>();
	picks.forEach((_, i) => {
		const f = figures[i];
		if (!f || !isCount(f)) return;
		const kind = kindOf(i);
		const counts = picks.map((__, j) => (kindOf(j) === kind && figures[j] && isCount(figures[j]!) ? countOf(figures[j]!) : 0));
		scales.set(kind, chooseScale(counts));
	});

	return picks.map((p, i): UnitItem => {
		const f = figures[i];
		if (!f || !('id' in p)) {
			const t = p as { text: string[]; detail?: string };
			return { type: 'text', key: `text-${t.text.join('')}`, parts: t.text, detail: t.detail };
		}
		const per = scales.get(kindOf(i));
		if (per !== undefined) {
			const { dots, approx } = dotsFor(countOf(f), per);
			if (dots >= MIN_DOTS) {
				const base = baseUnit(f.unit).base;
				const thing = p.noun && base !== p.noun ? `${base}${p.noun}` : base;
				return {
					type: 'dots',
					key: f.id,
					figure: f.id,
					label: f.label,
					display: f.display,
					per,
					scaleText: `每点代表${scaleLabel(per)}${thing}`,
					dots,
					approx,
					dotsText: `${approx ? '约' : ''}${dots}点`,
					people: PEOPLE_UNITS.has(base)
				};
			}
		}
		// A change says what it is measured against: 政府文件压减（比2015年）.
		const label = f.kind === 'change' ? `${f.label}（比${f.period.slice(0, 4)}年）` : f.label;
		return { type: 'big', key: f.id, figure: f.id, label, number: formatNumber(f.value, f.digits), unit: f.unit, display: formatFigure(f) };
	});
}

/** Consecutive numbers and text items share a row; each dot grid has its own. */
export function layoutRows(items: UnitItem[]): UnitRow[] {
	const rows: UnitRow[] = [];
	for (const item of items) {
		if (item.type === 'dots') rows.push({ type: 'grid', key: item.key, item });
		else {
			const last = rows[rows.length - 1];
			if (last?.type === 'facts') last.items.push(item);
			else rows.push({ type: 'facts', key: item.key, items: [item] });
		}
	}
	return rows;
}

/** A state of words only (the honours of p5) has no numbers to tabulate: what, and its detail. */
function columnsOf(items: UnitItem[]): string[] {
	return items.every((it) => it.type === 'text') ? ['事项', '说明'] : ['指标', '数值', '图中'];
}

function tableOf(items: UnitItem[]): string[][] {
	const words = items.every((it) => it.type === 'text');
	return items.map((it) => {
		if (it.type === 'dots') return [it.label, it.display, `${it.dotsText}，${it.scaleText}`];
		if (it.type === 'big') return [it.label, it.display, '数字'];
		const row = [it.parts.join('、'), it.detail ?? ''];
		return words ? row : [...row, '文字'];
	});
}

function finish(state: string, title: string, caption: string, tone: Tone, items: UnitItem[]): UnitSpec {
	return { state, title, caption, tone, items, rows: layoutRows(items), columns: columnsOf(items), table: tableOf(items) };
}

/** 五年成绩单: one state per block of the review; the block's name is the figures' own `block`. */
export function recordSpec(state: string, figs: Figures): UnitSpec {
	const key = state in RECORD_PICKS ? state : RECORD_STATES[0];
	const picks = RECORD_PICKS[key];
	const items = buildItems(picks, figs, `record state “${key}”`);
	const first = figureOf(figs, (picks.find((p) => 'id' in p) as { id: string }).id, key);
	const title = first.block ?? '';
	return finish(key, title, `${title}：${RECORD_SCOPE[key]}`, 'ink', items);
}

/** 浓墨重彩的2020年: one state per numbered point. */
export function y2020Spec(state: string, figs: Figures): UnitSpec {
	const key = state in Y2020_PICKS ? state : Y2020_STATES[0];
	const items = buildItems(Y2020_PICKS[key], figs, `y2020 state “${key}”`);
	const n = Y2020_STATES.indexOf(key);
	const title = `（${ORDINALS[n]}）${Y2020_TITLES[key]}`;
	return finish(key, title, `2020年${title}`, 'present', items);
}
