import type { Figure, Figures } from '../../content/types';
import { APPROX, formatDerived, formatFigure, formatSigned } from '../../content/format';

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

const averageGrowth = (figs: Figures, key: string) => `年均${APPROX}${formatSigned(figs[`${key}_cagr`])}`;

function levelSeries(figs: Figures, key: string, name: string, emphasis = false): EndpointSeries {
	return {
		id: key,
		name,
		emphasis,
		points: [point(figs[`${key}_2015`], 'implied'), point(figs[`${key}_2020`], 'actual')],
		lineLabel: averageGrowth(figs, key)
	};
}

function indexedSeries(figs: Figures, key: string, name: string, emphasis = false): EndpointSeries {
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

export function strengthSpec(state: string, figs: Figures): EndpointSpec {
	const sectors = () => [
		levelSeries(figs, 'gdp', '地区生产总值', true),
		levelSeries(figs, 'industry', '工业增加值'),
		levelSeries(figs, 'services', '服务业增加值'),
		levelSeries(figs, 'revenue', '一般公共预算收入')
	];
	switch (state) {
		case 'sectors':
			return withMax({ years: [2015, 2020], unit: '亿元', series: sectors(), caption: '2015年为按增幅推算值，单位：亿元' });
		case 'indexed':
			return withMax({
				years: [2015, 2020],
				unit: '',
				series: [
					indexedSeries(figs, 'gdp', '地区生产总值', true),
					indexedSeries(figs, 'industry', '工业增加值'),
					indexedSeries(figs, 'services', '服务业增加值'),
					indexedSeries(figs, 'revenue', '一般公共预算收入')
				],
				caption: '指数：2015年=100'
			});
		case 'shares':
			return {
				years: [2015, 2020],
				unit: '%',
				yMax: 100,
				series: [shareSeries(figs, 'industry', '工业占GDP比重'), shareSeries(figs, 'services', '服务业占GDP比重')],
				caption: '占地区生产总值的比重，2015年为推算值'
			};
		default:
			return withMax({ years: [2015, 2020], unit: '亿元', series: [sectors()[0]], caption: '2015年为按增幅推算值，单位：亿元' });
	}
}

export function incomeSpec(state: string, figs: Figures): EndpointSpec {
	switch (state) {
		case 'growth':
			return withMax({
				years: [2015, 2020],
				unit: '',
				series: [indexedSeries(figs, 'income_urban', '城镇居民'), indexedSeries(figs, 'income_rural', '农村居民', true)],
				caption: '指数：2015年=100'
			});
		case 'ratio':
			return {
				years: [2015, 2020],
				unit: '',
				yMax: 2.5,
				series: [
					{
						id: 'ratio',
						name: '城乡收入比',
						emphasis: true,
						points: [point(figs.income_ratio_2015, 'implied'), point(figs.income_ratio_2020, 'actual')]
					}
				],
				caption: `城镇居民收入是农村居民的几倍；两者差额（推算）由${formatDerived(figs.income_gap_2015)}扩大到${figs.income_gap_2020.display}`
			};
		default:
			return withMax({
				years: [2015, 2020],
				unit: '元',
				series: [levelSeries(figs, 'income_urban', '城镇居民'), levelSeries(figs, 'income_rural', '农村居民', true)],
				caption: '居民可支配收入，2015年为按增幅推算值，单位：元'
			});
	}
}

export const PLAN14_STATES = ['gdp-stated', 'gdp-required', 'revenue'] as const;

function planSeries(figs: Figures, key: 'gdp' | 'revenue', withGoal: boolean): EndpointSeries[] {
	const stated = figs[`${key}_growth_target`];
	const path: EndpointSeries = {
		id: `${key}-stated`,
		name: `按年均${formatFigure(stated)}`,
		points: [
			point(figs[`${key}_2015`], 'implied'),
			point(figs[`${key}_2020`], 'actual'),
			{ year: 2025, value: figs[`${key}_at_stated_rate`].value, kind: 'projection', label: formatDerived(figs[`${key}_at_stated_rate`]), figure: `${key}_at_stated_rate` }
		],
		emphasis: true
	};
	if (!withGoal) return [path];
	const goal = figs[`${key}_2025_target`];
	return [
		path,
		{
			id: `${key}-goal`,
			name: `目标 需年均${formatDerived(figs[`${key}_required_growth`])}`,
			points: [point(figs[`${key}_2020`], 'actual'), { year: 2025, value: goal.value, kind: 'target', label: goal.display, figure: goal.id }]
		}
	];
}

export function plan14Spec(state: string, figs: Figures): EndpointSpec {
	const caption = '2025年为目标或按目标增速推算（虚线），不是实际数据；2015年为推算值。单位：亿元';
	switch (state) {
		case 'gdp-required':
			return withMax({ years: [2015, 2020, 2025], unit: '亿元', series: planSeries(figs, 'gdp', true), caption });
		case 'revenue':
			return withMax({ years: [2015, 2020, 2025], unit: '亿元', series: planSeries(figs, 'revenue', true), caption });
		default:
			return withMax({ years: [2015, 2020, 2025], unit: '亿元', series: planSeries(figs, 'gdp', false), caption });
	}
}
