import type { Figures } from '../content/types';
import type { ChartText } from './frame/text';
import { INCOME_KEYS, INCOME_STATES, PLAN14_KEYS, STRENGTH_KEYS, STRENGTH_STATES, incomeSpec, strengthSpec } from './endpoint/spec';
import { GOAL_KEYS, GOAL_WORDS } from './goals/spec';
import { RECORD_PICKS, RECORD_STATES, Y2020_PICKS, Y2020_STATES, recordSpec, unitFocusKeys, unitWords, y2020Spec } from './units/spec';
import { ACTION_SLOTS, ACTION_STATES, ACTION_WORDS, actionsSpec } from './actions/spec';
import { PLAN14_STATES, plan14ViewSpec } from './views/plan14-spec';

/**
 * Every chart of the story, by the id a copy section names in `chart:` (the view that draws it: view-of.ts): the spec
 * builder that turns figures and words into what it draws, its states, and the words its section's copy must
 * give (`{words}`), with the named slots a word may hold, and the elements a step may focus on. The validator checks the copy against this: an
 * unknown chart or state, a state without its caption, a word missing or unknown stops the build. The browser never
 * loads the catalog: each view imports the spec builders of the charts it draws (views/), so an embed of one chart
 * fetches no other chart's code.
 */
interface Entry<Spec> {
	states: readonly string[];
	words: readonly string[];
	slots?: Readonly<Record<string, readonly string[]>>;
	/** The keys a step's `focus:` may name: the chart draws those elements strong and mutes the rest. */
	focus?: readonly string[];
	spec: (state: string, figures: Figures, text: ChartText, focus: readonly string[]) => Spec;
}

export const CATALOG = {
	strength: { states: STRENGTH_STATES, words: ['share_industry', 'share_services'], focus: STRENGTH_KEYS, spec: strengthSpec },
	income: { states: INCOME_STATES, words: ['urban', 'rural', 'ratio'], focus: INCOME_KEYS, spec: incomeSpec },
	plan14: {
		states: PLAN14_STATES,
		words: ['path_gdp', 'path_revenue', 'goal_gdp', 'goal_revenue', ...GOAL_WORDS],
		focus: [...PLAN14_KEYS, ...GOAL_KEYS],
		spec: plan14ViewSpec
	},
	record: { states: RECORD_STATES, words: unitWords(RECORD_PICKS), focus: unitFocusKeys(RECORD_PICKS), spec: recordSpec },
	y2020: { states: Y2020_STATES, words: unitWords(Y2020_PICKS), focus: unitFocusKeys(Y2020_PICKS), spec: y2020Spec },
	actions2021: { states: ACTION_STATES, words: ACTION_WORDS, slots: ACTION_SLOTS, spec: actionsSpec }
} as const satisfies Record<string, Entry<unknown>>;

export type ChartId = keyof typeof CATALOG;

export const isChartId = (id: string): id is ChartId => Object.hasOwn(CATALOG, id);

/** The catalog's facts about a chart, without its types: what the validator reads. */
export function chartOf(id: string): Entry<unknown> | undefined {
	return isChartId(id) ? CATALOG[id] : undefined;
}
