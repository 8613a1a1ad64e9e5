import { INCOME_KEYS, INCOME_STATES, PLAN14_KEYS, STRENGTH_KEYS, STRENGTH_STATES } from './endpoint/spec';
import { GOAL_KEYS, GOAL_WORDS } from './goals/spec';
import { RECORD_PICKS, RECORD_STATES, Y2020_PICKS, Y2020_STATES, unitFocusKeys, unitWords } from './units/spec';
import { ACTION_SLOTS, ACTION_STATES, ACTION_WORDS } from './actions/spec';
import { PLAN14_STATES } from './views/plan14-spec';

/**
 * Every chart of the story, by the id a copy section names in `chart:`: its states, the words its section's copy
 * must give (`{words}`), with the named slots a word may hold, and the elements a step may focus on. The validator
 * checks the copy against this: an unknown chart or state, a state without its caption, a word missing or unknown
 * stops the build. The browser never loads it: the view that draws a chart (view-of.ts) imports that chart's spec
 * builder itself (views/), so an embed of one chart fetches no other chart's code.
 */
interface Entry {
	states: readonly string[];
	words: readonly string[];
	slots?: Readonly<Record<string, readonly string[]>>;
	/** The keys a step's `focus:` may name: the chart draws those elements strong and mutes the rest. */
	focus?: readonly string[];
}

export const CATALOG = {
	strength: { states: STRENGTH_STATES, words: ['share_industry', 'share_services'], focus: STRENGTH_KEYS },
	income: { states: INCOME_STATES, words: ['urban', 'rural', 'ratio'], focus: INCOME_KEYS },
	plan14: {
		states: PLAN14_STATES,
		words: ['path_gdp', 'path_revenue', 'goal_gdp', 'goal_revenue', ...GOAL_WORDS],
		focus: [...PLAN14_KEYS, ...GOAL_KEYS]
	},
	record: { states: RECORD_STATES, words: unitWords(RECORD_PICKS), focus: unitFocusKeys(RECORD_PICKS) },
	y2020: { states: Y2020_STATES, words: unitWords(Y2020_PICKS), focus: unitFocusKeys(Y2020_PICKS) },
	actions2021: { states: ACTION_STATES, words: ACTION_WORDS, slots: ACTION_SLOTS }
} as const satisfies Record<string, Entry>;

export type ChartId = keyof typeof CATALOG;

export const isChartId = (id: string): id is ChartId => Object.hasOwn(CATALOG, id);

/** The catalog's facts about a chart, without its types: what the validator reads. */
export function chartOf(id: string): Entry | undefined {
	return isChartId(id) ? CATALOG[id] : undefined;
}
