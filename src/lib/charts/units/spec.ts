import type { Figure, Figures } from '../../content/types';
import { APPROX, COUNT_UNITS, PEOPLE_UNITS, baseUnit, formatFigure, formatNumber, scaleLabel } from '../../content/format';
import { fill } from '../../content/text';
import { captionOf, say, unknownState, type ChartText } from '../frame/text';
import type { Tone } from '../frame/tones';

/**
 * Unit charts (isotype dots) for the 五年成绩单 and 2020 sections: counts of people and things become dots,
 * everything else (money, km, 亩, %) a big number. The chart states its scale (“每点代表1000人”); a dot count
 * is the value converted with that scale and rounded, and says “约” when the rounding changed it.
 *
 * One scale per kind of thing in a state: two rows of people share the scale, so more dots always
 * means more people. A row that would get fewer than MIN_DOTS dots on that shared scale is shown as a
 * number instead (a lone dot for 3 medics next to dots of 100 cadres would say nothing).
 *
 * A step's focus (`focus:` keys, the item keys below) draws those items strong and mutes the rest.
 */

/**
 * No row gets more dots than this: the smallest power of ten that keeps every row of a kind below it. Five
 * tens fit one line of units large enough to count on a 320 px phone, so a row is one line and a state of
 * four rows fits the sticky graphic; more dots would mean smaller ones, the barcode this replaced.
 */
export const MAX_DOTS = 50;
/** Fewer dots than this on the shared scale: the figure is shown as a number. */
export const MIN_DOTS = 3;
/** Scales are powers of ten: “每点代表1000人” is easy to multiply back. */
export const SCALES = [1, 10, 100, 1000, 10000, 100000] as const;

/** How an item is drawn under a step's focus: `normal` when the step names none. */
export type Emphasis = 'normal' | 'strong' | 'muted';

export interface DotsItem {
	type: 'dots';
	key: string;
	emphasis: Emphasis;
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
	/** Beside the units: the scale, and the count with 约 when rounding changed it (约5点，每点代表1000人). */
	legend: string;
	/** People are round dots, things square: shape, not colour, tells them apart. */
	people: boolean;
}

export interface BigItem {
	type: 'big';
	key: string;
	emphasis: Emphasis;
	figure: string;
	label: string;
	/** The number without its unit (formatted by the one formatter), and the unit, set smaller. */
	number: string;
	unit: string;
	display: string;
}

export interface TextItem {
	type: 'text';
	/** The copy's word that holds the phrases (covid_zero): the key a step's focus names. */
	key: string;
	emphasis: Emphasis;
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

/**
 * A figure of a state, by id; `noun`: what a dot is, when the unit alone does not say (个 → 个村), is the
 * copy's word `dot_<id>`. A text item is the copy's word `<text>` (phrases split at “、”) and `<text>_detail`.
 */
type Pick = { id: string; noun?: true } | { text: string };

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

/** Which figures each 成绩单 state shows: its block's most tangible counts, in the order the copy names them. */
export const RECORD_PICKS = {
	industry: [{ id: 'talent_recruited' }, { id: 'investment_projects_signed', noun: true }, { id: 'investment_signed_total' }],
	battles: [{ id: 'poverty_people_lifted' }, { id: 'relocation_people' }, { id: 'poverty_villages_exited', noun: true }, { id: 'enterprises_upgraded' }],
	urban_rural: [{ id: 'heating_households_added' }, { id: 'toilets_rebuilt_rural' }, { id: 'village_sewage_treated', noun: true }, { id: 'farmland_high_standard' }],
	wellbeing: [{ id: 'schools_upgraded' }, { id: 'day_care_centres', noun: true }, { id: 'football_pitches' }, { id: 'evil_force_gangs_broken', noun: true }],
	reform: [{ id: 'tax_fee_cuts' }, { id: 'land_rights_villages', noun: true }, { id: 'village_coops', noun: true }],
	governance: [{ id: 'npc_suggestions_handled' }, { id: 'cppcc_proposals_handled' }, { id: 'gov_documents_cut' }, { id: 'meetings_cut' }]
} as const satisfies Record<string, readonly Pick[]>;
export const RECORD_STATES = Object.keys(RECORD_PICKS) as (keyof typeof RECORD_PICKS)[];

/** The five points of 2020. p5 has no figures: its honours are named, as the report names them. */
export const Y2020_PICKS = {
	p1: [{ id: 'covid_checkpoints', noun: true }, { id: 'covid_cadres_mobilised' }, { text: 'covid_zero' }, { id: 'covid_medics_to_hubei' }],
	p2: [{ id: 'relocated_employed_nearby' }, { id: 'poor_village_upgrade_projects', noun: true }, { id: 'poverty_survey_households' }],
	p3: [
		{ id: 'major_projects_started_2020', noun: true },
		{ id: 'investment_projects_completed_2020', noun: true },
		{ id: 'firms_research_cooperation' },
		{ id: 'high_tech_firms_cultivated', noun: true }
	],
	p4: [{ id: 'clean_heating_households' }, { id: 'clean_heating_villages', noun: true }],
	p5: [{ text: 'honour_1' }, { text: 'honour_2' }, { text: 'honour_3' }, { text: 'honour_4' }, { text: 'honour_5' }]
} as const satisfies Record<string, readonly Pick[]>;
export const Y2020_STATES = Object.keys(Y2020_PICKS) as (keyof typeof Y2020_PICKS)[];

/** The copy's words a unit chart needs: a noun for each dot that needs one, each text item and its detail. */
export function unitWords(picks: Record<string, readonly Pick[]>): string[] {
	return Object.values(picks).flatMap((list) => list.flatMap((p) => ('id' in p ? (p.noun ? [`dot_${p.id}`] : []) : [p.text, `${p.text}_detail`])));
}

function figureOf(figs: Figures, id: string, where: string): Figure {
	const f = figs[id];
	if (!f) throw new Error(`${where}: unknown figure id “${id}”`);
	return f;
}

/** The key of the item a pick becomes: its figure's id, or its text's word. */
const keyOf = (p: Pick) => ('id' in p ? p.id : p.text);

/** Every key a step's `focus:` may name in a chart: the keys of the items its states draw. */
export function unitFocusKeys(picks: Record<string, readonly Pick[]>): string[] {
	return [...new Set(Object.values(picks).flatMap((list) => list.map(keyOf)))];
}

/** Strong when the focus names the item, muted when it names others, normal when it names none. */
export function emphasisOf(key: string, focus: readonly string[]): Emphasis {
	return focus.length === 0 ? 'normal' : focus.includes(key) ? 'strong' : 'muted';
}

/** Turns the picks of one state into items: one scale per kind of thing, small counts as numbers. */
export function buildItems(picks: readonly Pick[], figs: Figures, text: ChartText, where: string, focus: readonly string[] = []): UnitItem[] {
	const figures = picks.map((p) => ('id' in p ? figureOf(figs, p.id, where) : undefined));
	const kindOf = (i: number) => {
		const p = picks[i];
		const f = figures[i];
		return f && 'id' in p ? `${baseUnit(f.unit).base}|${p.noun ? text.words[`dot_${p.id}`] : ''}` : '';
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
		const emphasis = emphasisOf(keyOf(p), focus);
		if (!f || !('id' in p)) {
			const key = (p as { text: string }).text;
			return { type: 'text', key, emphasis, parts: say(text.words[key], figs).split('、'), detail: say(text.words[`${key}_detail`], figs) };
		}
		const per = scales.get(kindOf(i));
		if (per !== undefined) {
			const { dots, approx } = dotsFor(countOf(f), per);
			if (dots >= MIN_DOTS) {
				const base = baseUnit(f.unit).base;
				const noun = p.noun ? text.words[`dot_${p.id}`] : undefined;
				const thing = noun && base !== noun ? `${base}${noun}` : base;
				const scaleText = fill(text.ui.dot_scale, { n: scaleLabel(per), thing });
				const dotsText = `${approx ? APPROX : ''}${fill(text.ui.dot_count, { n: dots })}`;
				return {
					type: 'dots',
					key: f.id,
					emphasis,
					figure: f.id,
					label: f.label,
					display: f.display,
					per,
					scaleText,
					dots,
					approx,
					dotsText,
					// An exact count needs no saying: the reader counts the tens. A rounded one says so.
					legend: approx ? `${dotsText}，${scaleText}` : scaleText,
					people: PEOPLE_UNITS.has(base)
				};
			}
		}
		// A change says what it is measured against: 政府文件压减（比2015年）.
		const label = f.kind === 'change' ? fill(text.ui.change_against, { label: f.label, year: f.period.slice(0, 4) }) : f.label;
		return { type: 'big', key: f.id, emphasis, figure: f.id, label, number: formatNumber(f.value, f.digits), unit: f.unit, display: formatFigure(f) };
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
function tableOf(items: UnitItem[], ui: ChartText['ui']): { columns: string[]; table: string[][] } {
	const words = items.every((it) => it.type === 'text');
	const columns = words ? [ui.col_item, ui.col_detail] : [ui.col_indicator, ui.col_value, ui.col_shown];
	const table = items.map((it) => {
		if (it.type === 'dots') return [it.label, it.display, `${it.dotsText}，${it.scaleText}`];
		if (it.type === 'big') return [it.label, it.display, ui.shown_number];
		const row = [it.parts.join('、'), it.detail ?? ''];
		return words ? row : [...row, ui.shown_text];
	});
	return { columns, table };
}

function unitSpec(chart: string, state: string, picks: readonly Pick[] | undefined, figs: Figures, text: ChartText, tone: Tone, focus: readonly string[]): UnitSpec {
	if (!picks) return unknownState(chart, state);
	const items = buildItems(picks, figs, text, `${chart} state “${state}”`, focus);
	return { state, title: say(text.states[state].title ?? '', figs), caption: captionOf(text, state, figs), tone, items, rows: layoutRows(items), ...tableOf(items, text.ui) };
}

/**
 * The five years' totals take the present's red, as 2020 does: they are what the five years had achieved by
 * then (the past's slate is 2015, the start line; ink, the totals' old colour, made bars of black).
 */
const RECORD_TONE: Tone = 'present';

/** 五年成绩单: one state per block of the review. */
export const recordSpec = (state: string, figs: Figures, text: ChartText, focus: readonly string[] = []): UnitSpec =>
	unitSpec('record', state, (RECORD_PICKS as Record<string, readonly Pick[]>)[state], figs, text, RECORD_TONE, focus);

/** 浓墨重彩的2020年: one state per numbered point. */
export const y2020Spec = (state: string, figs: Figures, text: ChartText, focus: readonly string[] = []): UnitSpec =>
	unitSpec('y2020', state, (Y2020_PICKS as Record<string, readonly Pick[]>)[state], figs, text, 'present', focus);
