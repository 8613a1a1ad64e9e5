import type { Figures } from '../../content/types';
import { PLAN14_LINE_STATES, plan14Spec } from '../endpoint/spec';
import type { ChartText } from '../frame/text';
import { goalsSpec } from '../goals/spec';

export const PLAN14_STATES = [...PLAN14_LINE_STATES, 'goals'] as const;

/** The “十四五” chart draws two things: the line chart, and the goals list. `goals` shows the list; the line chart
 * meanwhile rests on its last state, so switching back shows no jump. */
export const plan14ViewSpec = (state: string, figures: Figures, text: ChartText, focus: readonly string[] = []) => ({
	line: plan14Spec((PLAN14_LINE_STATES as readonly string[]).includes(state) ? state : PLAN14_LINE_STATES[PLAN14_LINE_STATES.length - 1], figures, text, focus),
	goals: goalsSpec(figures, text, focus),
	showGoals: state === 'goals'
});
