import type { Figure, Figures } from '../../content/types';
import { formatDerived, formatSigned } from '../../content/format';
import { fill } from '../../content/text';
import { captionOf, noteOf, say, unknownState, type ChartText } from '../frame/text';

/**
 * The report gives endpoints, not yearly series: 2015 (implied), 2020 (actual), 2025 (goal or projection).
 * An endpoint chart draws only those points; a line between two is labelled as average growth, and one
 * into the future is dashed and labelled as a projection or goal.
 */
export type PointKind = 'implied' | 'actual' | 'target' | 'projection';

export interface EndpointPoint {
	year: number;
	value: number;
	kind: PointKind;
	/** The text shown beside the point. */
	label: string;
	/** The figure the point shows, for its source. */
	figure?: string;
}

export interface EndpointSeries {
	id: string;
	name: string;
	points: EndpointPoint[];
	/** Text on the line between the first two points: the average growth it stands for (年均+11.4%). */
	lineLabel?: string;
	emphasis?: boolean;
	/** Drawn faint: the step is about other series. */
	muted?: boolean;
	/** The state's annotation, drawn with this series' end label. */
	note?: string;
}

export interface EndpointSpec {
	years: number[];
	yMax: number;
	/** Formats an axis tick. */
	unit: string;
	series: EndpointSeries[];
	caption: string;
}

const yearOf: Record<string, number> = { '2015': 2015, '2020': 2020, '2025': 2025 };
const point = (f: Figure, kind: PointKind, label = formatDerived(f)): EndpointPoint => ({
	year: yearOf[f.period.slice(0, 4)] ?? Number(f.period.slice(-4)),
	value: f.value,
	kind,
	label,
	figure: f.id
});

/** A round upper bound for the y axis: 1, 2, 2.5 or 5 times a power of ten above the largest value. */
export function niceMax(value: number): number {
	const power = Math.pow(10, Math.floor(Math.log10(value)));
	for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value * 1.02) return step * power;
	return 10 * power;
}

// The average growth on a line is computed; the state's caption says so (a 约 more would not fit a phone at large text).
const averageGrowth = (figs: Figures, key: string, text: ChartText) => fill(text.ui.average, { value: formatSigned(figs[`${key}_cagr`]) });

/** A level series is named by its figure's own label: one name for one indicator. */
function levelSeries(figs: Figures, key: string, text: ChartText, name = figs[`${key}_2020`].label, emphasis = false): EndpointSeries {
	return {
		id: key,
		name,
		emphasis,
		points: [point(figs[`${key}_2015`], 'implied'), point(figs[`${key}_2020`], 'actual')],
		lineLabel: averageGrowth(figs, key, text)
	};
}

function indexedSeries(figs: Figures, key: string, name = figs[`${key}_2020`].label, emphasis = false): EndpointSeries {
	const growth = figs[`${key}_growth_5y`];
	return {
		id: key,
		name,
		emphasis,
		points: [
			{ year: 2015, value: 100, kind: 'implied', label: '100' },
			{ year: 2020, value: 100 + growth.value, kind: 'actual', label: formatSigned(growth), figure: growth.id }
		]
	};
}

function shareSeries(figs: Figures, key: string, name: string): EndpointSeries {
	return {
		id: key,
		name,
		points: [point(figs[`${key}_share_2015`], 'implied'), point(figs[`${key}_share_2020`], 'actual')]
	};
}

const withMax = (spec: Omit<EndpointSpec, 'yMax'>): EndpointSpec => ({
	...spec,
	yMax: niceMax(Math.max(...spec.series.flatMap((s) => s.points.map((p) => p.value))))
});

/**
 * A step's focus on a state: the series it names are drawn strong and the rest faint (no focus: the state's
 * own emphasis), and the state's note goes to the series it is written for.
 */
function focused(spec: EndpointSpec, state: string, figs: Figures, text: ChartText, focus: readonly string[]): EndpointSpec {
	const on = (id: string) => focus.includes(id);
	return {
		...spec,
		series: spec.series.map((s) => ({
			...s,
			...(focus.length ? { emphasis: on(s.id), muted: !on(s.id) } : {}),
			note: noteOf(text, state, s.id, figs)
		}))
	};
}

const SECTORS = ['gdp', 'industry', 'services', 'revenue'] as const;
/** The series a step may focus on, by chart. */
export const STRENGTH_KEYS = SECTORS;
export const INCOME_KEYS = ['income_urban', 'income_rural', 'ratio'] as const;
export const PLAN14_KEYS = ['gdp-stated', 'gdp-goal', 'revenue-stated', 'revenue-goal'] as const;
export const STRENGTH_STATES = ['gdp', 'sectors', 'indexed', 'shares'] as const;

export const strengthSpec = (state: string, figs: Figures, text: ChartText, focus: readonly string[] = []): EndpointSpec =>
	focused(strengthStates(state, figs, text), state, figs, text, focus);

function strengthStates(state: string, figs: Figures, text: ChartText): EndpointSpec {
	const caption = captionOf(text, state, figs);
	const unit = figs.gdp_2020.unit;
	switch (state) {
		case 'gdp':
			return withMax({ years: [2015, 2020], unit, series: [levelSeries(figs, 'gdp', text, undefined, true)], caption });
		case 'sectors':
			return withMax({ years: [2015, 2020], unit, series: SECTORS.map((key) => levelSeries(figs, key, text, undefined, key === 'gdp')), caption });
		case 'indexed':
			return withMax({ years: [2015, 2020], unit: '', series: SECTORS.map((key) => indexedSeries(figs, key, undefined, key === 'gdp')), caption });
		case 'shares':
			return {
				years: [2015, 2020],
				unit: figs.industry_share_2020.unit,
				yMax: 100,
				series: [shareSeries(figs, 'industry', say(text.words.share_industry, figs)), shareSeries(figs, 'services', say(text.words.share_services, figs))],
				caption
			};
		default:
			return unknownState('strength', state);
	}
}

export const INCOME_STATES = ['levels', 'growth', 'ratio'] as const;

export const incomeSpec = (state: string, figs: Figures, text: ChartText, focus: readonly string[] = []): EndpointSpec =>
	focused(incomeStates(state, figs, text), state, figs, text, focus);

function incomeStates(state: string, figs: Figures, text: ChartText): EndpointSpec {
	const caption = captionOf(text, state, figs);
	const urban = say(text.words.urban, figs);
	const rural = say(text.words.rural, figs);
	switch (state) {
		case 'levels':
			return withMax({
				years: [2015, 2020],
				unit: figs.income_urban_2020.unit,
				series: [levelSeries(figs, 'income_urban', text, urban), levelSeries(figs, 'income_rural', text, rural, true)],
				caption
			});
		case 'growth':
			return withMax({ years: [2015, 2020], unit: '', series: [indexedSeries(figs, 'income_urban', urban), indexedSeries(figs, 'income_rural', rural, true)], caption });
		case 'ratio':
			return {
				years: [2015, 2020],
				unit: '',
				yMax: 2.5,
				series: [
					{
						id: 'ratio',
						name: say(text.words.ratio, figs),
						emphasis: true,
						points: [point(figs.income_ratio_2015, 'implied'), point(figs.income_ratio_2020, 'actual')]
					}
				],
				caption
			};
		default:
			return unknownState('income', state);
	}
}

/** The line chart's states; the section's last state, `goals`, shows the goals list (goals/spec.ts). */
export const PLAN14_LINE_STATES = ['gdp-stated', 'gdp-required', 'revenue'] as const;

function planSeries(figs: Figures, key: 'gdp' | 'revenue', text: ChartText, withGoal: boolean): EndpointSeries[] {
	const landing = figs[`${key}_at_stated_rate`];
	const path: EndpointSeries = {
		id: `${key}-stated`,
		name: say(text.words[`path_${key}`], figs),
		points: [
			point(figs[`${key}_2015`], 'implied'),
			point(figs[`${key}_2020`], 'actual'),
			{ year: 2025, value: landing.value, kind: 'projection', label: formatDerived(landing), figure: landing.id }
		],
		emphasis: true
	};
	if (!withGoal) return [path];
	const goal = figs[`${key}_2025_target`];
	return [
		path,
		{
			id: `${key}-goal`,
			name: say(text.words[`goal_${key}`], figs),
			points: [point(figs[`${key}_2020`], 'actual'), { year: 2025, value: goal.value, kind: 'target', label: goal.display, figure: goal.id }]
		}
	];
}

export const plan14Spec = (state: string, figs: Figures, text: ChartText, focus: readonly string[] = []): EndpointSpec =>
	focused(plan14States(state, figs, text), state, figs, text, focus);

function plan14States(state: string, figs: Figures, text: ChartText): EndpointSpec {
	const caption = captionOf(text, state, figs);
	const frame = { years: [2015, 2020, 2025], unit: figs.gdp_2020.unit, caption };
	switch (state) {
		case 'gdp-stated':
			return withMax({ ...frame, series: planSeries(figs, 'gdp', text, false) });
		case 'gdp-required':
			return withMax({ ...frame, series: planSeries(figs, 'gdp', text, true) });
		case 'revenue':
			return withMax({ ...frame, series: planSeries(figs, 'revenue', text, true) });
		default:
			return unknownState('plan14', state);
	}
}
