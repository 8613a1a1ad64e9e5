import type { Figure, Figures } from '../../content/types';
import { formatNumber } from '../../content/format';
import { segments, type Segment } from '../../content/text';
import { captionOf, say, unknownState, type ChartText } from '../frame/text';
import type { BarDatum } from './layers/BarsX.svelte';

/**
 * 2021's “八大行动”: states a1..a8 show the eight actions with the active one marked and its targets as
 * key numbers; `pipeline` shows action 2's project pipeline (谋划、签约、开工、续建、投产) as bars of total investment.
 * Only words live here (the actions' short names, the batches' names); every number comes from a figure.
 */

export const ACTION_COUNT = 8;

export const ACTION_STATES = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'pipeline'] as const;

/** At most this many key numbers under the list: more would not fit a phone's sticky graphic. */
export const MAX_KEYS = 5;

/**
 * Actions whose key numbers are not simply their first figures. Action 2's own figures are mostly the
 * pipeline's batches (the `pipeline` state shows them); its key numbers are the start rate and the totals.
 */
export const ACTION_PICKS: Partial<Record<number, readonly string[]>> = {
	2: ['pipeline_signed_start_rate', 'pipeline_total_count', 'pipeline_total_invest']
};

/** The pipeline's batches, top to bottom; their names are the copy's `batch_<key>`. 投产一批 has no figures. */
export const PIPELINE_BATCHES = ['planned', 'signed', 'started', 'continued', 'producing'] as const;

/** What a value of the 2021 actions is, by its period and kind: the copy's `scope_<key>`. */
const scopeOf = (f: Figure) => (f.period === 'none' ? (f.kind === 'policy' ? 'scope_policy' : 'scope_open') : 'scope_dated');

/** The copy's words the actions chart needs. */
export const ACTION_WORDS = [
	...Array.from({ length: ACTION_COUNT }, (_, i) => `action_${i + 1}`),
	...PIPELINE_BATCHES.map((b) => `batch_${b}`),
	'missing',
	'bar',
	'pipeline_kicker',
	'pipeline_total',
	'table_total',
	'empty',
	'empty_row',
	'col_indicator',
	'col_value',
	'col_scope',
	'col_batch',
	'col_count',
	'col_invest',
	'scope_dated',
	'scope_open',
	'scope_policy'
];
/** Slots the copy may use in these words; any other `{…}` is a figure id. */
export const ACTION_SLOTS: Record<string, readonly string[]> = { bar: ['count', 'invest'] };

export interface ActionEntry {
	n: number;
	name: string;
	active: boolean;
}

export interface ActionKey {
	figure: string;
	label: string;
	/** The number without its unit (the one formatter), and the unit, set smaller. */
	number: string;
	unit: string;
	display: string;
}

interface BaseSpec {
	state: string;
	/** The action the state belongs to (the pipeline is action 2's). */
	active: number;
	actions: ActionEntry[];
	caption: string;
	columns: string[];
	table: string[][];
}

export interface ListSpec extends BaseSpec {
	kind: 'list';
	keys: ActionKey[];
	/** What the action says when it has no number (action 8); empty when it has numbers. */
	empty: string;
}

export interface PipelineSpec extends BaseSpec {
	kind: 'pipeline';
	bars: BarDatum[];
	/** The x domain of the bars, in 亿元. */
	domain: [number, number];
	kicker: string;
	/** 前四批合计 39个项目 · 总投资 273.6亿元: the copy's words, with the totals as figure references. */
	total: Segment[];
}

export type ActionsSpec = ListSpec | PipelineSpec;

/** The action a state shows: a3 → 3, pipeline → 2. */
export function actionOf(state: string): number {
	if (state === 'pipeline') return 2;
	const m = /^a([1-8])$/.exec(state);
	return m ? Number(m[1]) : unknownState('actions2021', state);
}

/** Every figure of action n, in the order of figures.json. */
export function actionFigures(n: number, figs: Figures): Figure[] {
	return Object.values(figs).filter((f) => f.action === n);
}

const need = (figs: Figures, id: string): Figure => {
	const f = figs[id];
	if (!f) throw new Error(`actions chart: figure "${id}" is missing`);
	return f;
};

/** The figures shown as key numbers for action n: its picks, or its first MAX_KEYS figures. */
export function keyFigures(n: number, figs: Figures): Figure[] {
	const picks = ACTION_PICKS[n];
	return picks ? picks.map((id) => need(figs, id)) : actionFigures(n, figs).slice(0, MAX_KEYS);
}

const toKey = (f: Figure): ActionKey => ({
	figure: f.id,
	label: f.label,
	number: formatNumber(f.value, f.digits),
	unit: f.unit,
	display: f.display
});

/** The bars' domain: from zero to the largest value, so the largest bar spans the row (every bar is labelled). */
export function barDomain(values: readonly (number | null)[]): [number, number] {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	const max = present.length ? Math.max(...present) : 0;
	return [0, max > 0 ? max : 1];
}

/** One bar per batch; a batch without figures gets no value and says so. */
export function pipelineBars(figs: Figures, text: ChartText): BarDatum[] {
	return PIPELINE_BATCHES.map((key) => {
		const name = say(text.words[`batch_${key}`], figs);
		const count = figs[`pipeline_${key}_count`];
		const invest = figs[`pipeline_${key}_invest`];
		if (!count || !invest) return { key, name, value: null, label: say(text.words.missing, figs) };
		return { key, name, value: invest.value, label: say(text.words.bar, figs, { count: count.display, invest: invest.display }), figure: invest.id };
	});
}

const entries = (active: number, figs: Figures, text: ChartText): ActionEntry[] =>
	Array.from({ length: ACTION_COUNT }, (_, i) => ({ n: i + 1, name: say(text.words[`action_${i + 1}`], figs), active: i + 1 === active }));

export function actionsSpec(state: string, figs: Figures, text: ChartText): ActionsSpec {
	const active = actionOf(state);
	const actions = entries(active, figs, text);
	const caption = captionOf(text, state, figs);
	const w = (key: string) => say(text.words[key], figs);
	if (state === 'pipeline') {
		const bars = pipelineBars(figs, text);
		const totalCount = need(figs, 'pipeline_total_count');
		const totalInvest = need(figs, 'pipeline_total_invest');
		return {
			kind: 'pipeline',
			state,
			active,
			actions,
			bars,
			domain: barDomain(bars.map((b) => b.value)),
			kicker: w('pipeline_kicker'),
			total: segments(text.words.pipeline_total),
			caption,
			columns: [w('col_batch'), w('col_count'), w('col_invest')],
			table: [
				...PIPELINE_BATCHES.map((key) => {
					const count = figs[`pipeline_${key}_count`];
					const invest = figs[`pipeline_${key}_invest`];
					return [w(`batch_${key}`), count ? count.display : w('missing'), invest ? invest.display : w('missing')];
				}),
				[w('table_total'), totalCount.display, totalInvest.display]
			]
		};
	}
	const all = actionFigures(active, figs);
	const keys = keyFigures(active, figs).map(toKey);
	const shown = ACTION_PICKS[active] ? keyFigures(active, figs) : all;
	return {
		kind: 'list',
		state,
		active,
		actions,
		keys,
		empty: keys.length ? '' : w('empty'),
		caption,
		columns: [w('col_indicator'), w('col_value'), w('col_scope')],
		table: shown.length ? shown.map((f) => [f.label, f.display, w(scopeOf(f))]) : [[actions[active - 1].name, w('empty_row'), '—']]
	};
}
