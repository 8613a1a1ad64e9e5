import type { Figure, Figures } from '../../content/types';

/**
 * The six 十四五 goals for 2025, in the report's order. Three carry numbers (figures whose `goal` names
 * them); three are qualitative and show as text. Each number is shown with the words the report puts
 * around it (年均增 … 以上, 进入全省前 …), so a reader never sees “30位” where the report says “前30位”.
 */

/** The six bullets of the report's 十四五 section, in its order. */
export const GOALS = ['县域综合实力显著提升', '现代产业体系初步形成', '生态文明建设持续推进', '改革开放达到更高水平', '县域治理实现大幅提升', '民生保障水平稳步提高'] as const;

/**
 * The words before and after a number, copied from the figure's quote (a test checks they occur there).
 * A figure not listed here is shown with its label, less a trailing 目标.
 */
export const GOAL_WORDING: Record<string, { lead: string; tail?: string }> = {
	gdp_2025_target: { lead: '地区生产总值' },
	gdp_growth_target: { lead: '年均增', tail: '以上' },
	revenue_2025_target: { lead: '一般预算收入' },
	revenue_growth_target: { lead: '年均增长', tail: '以上' },
	province_rank_target: { lead: '进入全省前' },
	industrial_firms_target: { lead: '规上工业企业' },
	strategic_emerging_share_target: { lead: '战略性新兴产业占GDP的比重', tail: '以上' },
	foreign_trade_firms_target: { lead: '新培育外贸企业' },
	market_entities_target: { lead: '新增市场主体' }
};

export interface GoalItem {
	figure: string;
	/** Words before the number, shown small. */
	lead: string;
	/** The figure as the one formatter wrote it: 200亿元. */
	value: string;
	/** Words after the number: 以上. */
	tail: string;
	/** The figure's own label, for the table. */
	label: string;
}

export interface GoalGroup {
	n: number;
	name: string;
	items: GoalItem[];
}

export interface GoalsSpec {
	groups: GoalGroup[];
	caption: string;
	columns: string[];
	table: string[][];
}

/** Qualitative goals say so in place of numbers. */
export const QUALITATIVE_TEXT = '定性目标';

const itemOf = (f: Figure): GoalItem => {
	const wording = GOAL_WORDING[f.id];
	return {
		figure: f.id,
		lead: wording ? wording.lead : f.label.replace(/目标$/, ''),
		value: f.display,
		tail: wording?.tail ?? '',
		label: f.label
	};
};

/** The six goals with their figures (in the order of figures.json). A figure naming an unknown goal is an error. */
export function goalGroups(figs: Figures): GoalGroup[] {
	const all = Object.values(figs).filter((f) => f.goal !== undefined);
	const unknown = all.find((f) => !(GOALS as readonly string[]).includes(f.goal as string));
	if (unknown) throw new Error(`goals list: figure "${unknown.id}" names an unknown goal "${unknown.goal}"`);
	return GOALS.map((name, i) => ({ n: i + 1, name, items: all.filter((f) => f.goal === name).map(itemOf) }));
}

export function goalsSpec(figs: Figures): GoalsSpec {
	const groups = goalGroups(figs);
	return {
		groups,
		caption: '十四五末（2025年）的六方面目标；虚线框内为目标值',
		columns: ['目标', '指标', '2025年'],
		table: groups.flatMap((g) =>
			g.items.length ? g.items.map((it) => [g.name, it.label, `${it.lead}${it.value}${it.tail}`]) : [[g.name, '—', QUALITATIVE_TEXT]]
		)
	};
}
