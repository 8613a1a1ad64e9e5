import type { Figure, Figures } from '../../content/types';
import { captionOf, say, type ChartText } from '../frame/text';

/**
 * The six “十四五” goals for 2025, in the report's order. Three carry numbers (figures whose `goal` is their
 * number); three are qualitative and show as text. Each number is shown with the words the report puts
 * around it (年均增 … 以上, 进入全省前 …), from the copy's `lead_<id>` and `tail_<id>`: the validator checks
 * they occur in the figure's quote, so a reader never sees “30位” where the report says “前30位”.
 */

export const GOAL_COUNT = 6;

/** The goals' figures: each needs its lead words in the copy, and these also a tail. */
export const GOAL_FIGURES = [
	'gdp_2025_target',
	'gdp_growth_target',
	'revenue_2025_target',
	'revenue_growth_target',
	'province_rank_target',
	'industrial_firms_target',
	'strategic_emerging_share_target',
	'foreign_trade_firms_target',
	'market_entities_target'
] as const;
export const GOAL_TAILS = ['gdp_growth_target', 'revenue_growth_target', 'strategic_emerging_share_target'] as const;

/** The words of the goals list, for the catalog. */
/** The keys a step's focus may name: one per goal, as the copy names the goals' words. */
export const GOAL_KEYS = Array.from({ length: GOAL_COUNT }, (_, i) => `goal_${i + 1}`);

export const GOAL_WORDS = [
	...Array.from({ length: GOAL_COUNT }, (_, i) => `goal_${i + 1}`),
	...GOAL_FIGURES.map((id) => `lead_${id}`),
	...GOAL_TAILS.map((id) => `tail_${id}`),
	'qualitative',
	'col_goal',
	'col_indicator',
	'col_value'
];

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
	/** Faint: the step is about another goal. */
	muted: boolean;
	name: string;
	items: GoalItem[];
}

export interface GoalsSpec {
	groups: GoalGroup[];
	caption: string;
	/** What a goal without numbers says in their place. */
	qualitative: string;
	columns: string[];
	table: string[][];
}

const itemOf = (f: Figure, text: ChartText): GoalItem => ({
	figure: f.id,
	lead: text.words[`lead_${f.id}`] ?? '',
	value: f.display,
	tail: text.words[`tail_${f.id}`] ?? '',
	label: f.label
});

/** The six goals with their figures (in the order of figures.json). */
export function goalGroups(figs: Figures, text: ChartText, focus: readonly string[] = []): GoalGroup[] {
	const all = Object.values(figs).filter((f) => f.goal !== undefined);
	return Array.from({ length: GOAL_COUNT }, (_, i) => ({
		n: i + 1,
		muted: focus.length > 0 && !focus.includes(GOAL_KEYS[i]),
		name: say(text.words[`goal_${i + 1}`], figs),
		items: all.filter((f) => f.goal === i + 1).map((f) => itemOf(f, text))
	}));
}

export function goalsSpec(figs: Figures, text: ChartText, focus: readonly string[] = []): GoalsSpec {
	const groups = goalGroups(figs, text, focus);
	const qualitative = say(text.words.qualitative, figs);
	return {
		groups,
		caption: captionOf(text, 'goals', figs),
		qualitative,
		columns: [text.words.col_goal, text.words.col_indicator, text.words.col_value],
		table: groups.flatMap((g) => (g.items.length ? g.items.map((it) => [g.name, it.label, `${it.lead}${it.value}${it.tail}`]) : [[g.name, '—', qualitative]]))
	};
}
