import type { Figure, Figures } from '../../content/types';
import { formatNumber } from '../../content/format';
import type { BarDatum } from './layers/BarsX.svelte';

/**
 * 2021's “八大行动”: states a1..a8 show the eight actions with the active one marked and its targets as
 * key numbers; `pipeline` shows action 2's project pipeline (谋划、签约、开工、续建、投产) as bars of total investment.
 * Only words live here (the actions' short names, the batches' names); every number comes from a figure.
 */

/** Short names of the eight actions, from the report's action titles (实施产业大升级行动 …), in order. */
export const ACTION_NAMES = ['产业大升级', '园区大提质', '乡村大治理', '改革大深化', '城市大更新', '环境大优化', '民生大改善', '效能大提升'] as const;

/** Chinese ordinals for captions: 行动一 … 行动八. */
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八'] as const;

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

/** The pipeline's batches, top to bottom. 投产一批 has no count or investment in the report. */
export const PIPELINE_BATCHES = [
	{ key: 'planned', name: '谋划一批' },
	{ key: 'signed', name: '签约一批' },
	{ key: 'started', name: '开工一批' },
	{ key: 'continued', name: '续建一批' },
	{ key: 'producing', name: '投产一批' }
] as const;

/** What a value of the 2021 actions is: a task for 2021, or a scale, reserve or policy with no deadline. */
const SCOPE: Record<string, string> = {
	dated: '2021年的任务',
	target: '规模或储备，报告未给出时限',
	policy: '长期政策或标准'
};

/** What a batch without figures says instead of a bar. */
export const MISSING_TEXT = '报告未给出数字';

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
	/** The action has no quantified target (action 8). */
	empty: boolean;
}

export interface PipelineSpec extends BaseSpec {
	kind: 'pipeline';
	bars: BarDatum[];
	/** The x domain of the bars, in 亿元. */
	domain: [number, number];
	totalCount: Figure;
	totalInvest: Figure;
}

export type ActionsSpec = ListSpec | PipelineSpec;

/** The action a state shows: a3 → 3, pipeline → 2. Unknown states fall back to the first action. */
export function actionOf(state: string): number {
	if (state === 'pipeline') return 2;
	const m = /^a([1-8])$/.exec(state);
	return m ? Number(m[1]) : 1;
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
export function pipelineBars(figs: Figures): BarDatum[] {
	return PIPELINE_BATCHES.map(({ key, name }) => {
		const count = figs[`pipeline_${key}_count`];
		const invest = figs[`pipeline_${key}_invest`];
		if (!count || !invest) return { key, name, value: null, label: MISSING_TEXT };
		return { key, name, value: invest.value, label: `${count.display}项目 · ${invest.display}`, figure: invest.id };
	});
}

const entries = (active: number): ActionEntry[] => ACTION_NAMES.map((name, i) => ({ n: i + 1, name, active: i + 1 === active }));

export function actionsSpec(state: string, figs: Figures): ActionsSpec {
	const active = actionOf(state);
	const name = ACTION_NAMES[active - 1];
	if (state === 'pipeline') {
		const bars = pipelineBars(figs);
		const totalCount = need(figs, 'pipeline_total_count');
		const totalInvest = need(figs, 'pipeline_total_invest');
		return {
			kind: 'pipeline',
			state,
			active,
			actions: entries(active),
			bars,
			domain: barDomain(bars.map((b) => b.value)),
			totalCount,
			totalInvest,
			caption: '2021年谋划、签约、开工、续建、投产的项目：条长为各批项目的总投资（亿元），不是当年投入；合计为前四批相加',
			columns: ['批次', '项目数', '总投资'],
			table: [
				...PIPELINE_BATCHES.map(({ key, name: batch }) => {
					const count = figs[`pipeline_${key}_count`];
					const invest = figs[`pipeline_${key}_invest`];
					return [batch, count ? count.display : MISSING_TEXT, invest ? invest.display : MISSING_TEXT];
				}),
				['前四批合计', totalCount.display, totalInvest.display]
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
		actions: entries(active),
		keys,
		empty: keys.length === 0,
		caption: keys.length
			? `2021年“八大行动”之${ORDINALS[active - 1]}：${name}行动的主要数字`
			: `2021年“八大行动”之${ORDINALS[active - 1]}：${name}行动，报告未给出量化指标`,
		columns: ['指标', '数值', '是什么'],
		table: shown.length ? shown.map((f) => [f.label, f.display, SCOPE[f.period === 'none' ? f.kind : 'dated']]) : [[`${name}行动`, '无量化指标', '—']]
	};
}
