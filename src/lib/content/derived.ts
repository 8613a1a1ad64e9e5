import { formatNumber } from './format.ts';
import { fill } from './text.ts';
import type { Ui } from './ui.ts';

/** Figures computed from the report's own numbers. Never typed: change a source figure and these follow. */
export interface DerivedFigure {
	id: string;
	label: string;
	value: number;
	unit: string;
	digits: number;
	period: string;
	section: string;
	/** The arithmetic, written out with the actual inputs, for the methods note. */
	formula: string;
	inputs: string[];
}

export const YEARS_13TH = 5;
export const YEARS_14TH = 5;

/** The 2015 value implied by a 2020 value and the reported five-year % change. */
export function impliedBase(value2020: number, changePct: number): number {
	return value2020 / (1 + changePct / 100);
}

/** Compound annual growth, in %, that turns `from` into `to` over `years`. */
export function annualGrowth(from: number, to: number, years: number): number {
	return (Math.pow(to / from, 1 / years) - 1) * 100;
}

/** Where `from` lands after `years` of growth at `ratePct` a year. */
export function project(from: number, ratePct: number, years: number): number {
	return from * Math.pow(1 + ratePct / 100, years);
}

/** A source figure by id: its value, and the label and unit a derived figure takes from it. */
type Lookup = (id: string) => { value: number; label: string; unit: string };

const pct = (v: number) => `${formatNumber(v)}%`;

export function deriveFigures(lookup: Lookup, ui: Ui): DerivedFigure[] {
	const get = (id: string) => lookup(id).value;
	const label = (id: string) => lookup(id).label;
	const out: DerivedFigure[] = [];
	const add = (f: DerivedFigure) => out.push(f);

	const series = [
		{ key: 'gdp', digits: 1, section: 'strength' },
		{ key: 'industry', digits: 1, section: 'strength' },
		{ key: 'services', digits: 1, section: 'strength' },
		{ key: 'revenue', digits: 1, section: 'strength' },
		{ key: 'income_urban', digits: 0, section: 'income' },
		{ key: 'income_rural', digits: 0, section: 'income' }
	].map((s) => ({ ...s, label: label(`${s.key}_2020`), unit: lookup(`${s.key}_2020`).unit }));
	for (const s of series) {
		const v2020 = get(`${s.key}_2020`);
		const change = get(`${s.key}_growth_5y`);
		const base = impliedBase(v2020, change);
		add({
			id: `${s.key}_2015`,
			label: fill(ui.derived_2015, { label: s.label }),
			value: base,
			unit: s.unit,
			digits: s.digits,
			period: '2015',
			section: s.section,
			formula: `${formatNumber(v2020)}${s.unit} ÷ (1 + ${pct(change)}) ≈ ${formatNumber(base, s.digits)}${s.unit}`,
			inputs: [`${s.key}_2020`, `${s.key}_growth_5y`]
		});
		const rate = annualGrowth(1, 1 + change / 100, YEARS_13TH);
		add({
			id: `${s.key}_cagr`,
			label: fill(ui.derived_cagr, { label: s.label }),
			value: rate,
			unit: '%',
			digits: 1,
			period: '2015–2020',
			section: s.section,
			formula: `(1 + ${pct(change)})^(1/${YEARS_13TH}) − 1 ≈ ${formatNumber(rate, 1)}%`,
			inputs: [`${s.key}_growth_5y`]
		});
	}

	const gdp2020 = get('gdp_2020');
	const gdp2015 = impliedBase(gdp2020, get('gdp_growth_5y'));
	for (const key of ['industry', 'services'] as const) {
		const name = label(`${key}_2020`);
		const v2020 = get(`${key}_2020`);
		const v2015 = impliedBase(v2020, get(`${key}_growth_5y`));
		for (const [year, v, g] of [
			['2015', v2015, gdp2015],
			['2020', v2020, gdp2020]
		] as const) {
			const share = (v / g) * 100;
			add({
				id: `${key}_share_${year}`,
				label: fill(ui.derived_share, { label: name, total: label('gdp_2020'), year }),
				value: share,
				unit: '%',
				digits: 1,
				period: year,
				section: 'strength',
				formula: `${formatNumber(v, 1)} ÷ ${formatNumber(g, 1)} ≈ ${formatNumber(share, 1)}%`,
				inputs: year === '2015' ? [`${key}_2020`, `${key}_growth_5y`, 'gdp_2020', 'gdp_growth_5y'] : [`${key}_2020`, 'gdp_2020']
			});
		}
	}

	for (const year of ['2015', '2020'] as const) {
		const urban = year === '2020' ? get('income_urban_2020') : impliedBase(get('income_urban_2020'), get('income_urban_growth_5y'));
		const rural = year === '2020' ? get('income_rural_2020') : impliedBase(get('income_rural_2020'), get('income_rural_growth_5y'));
		const inputs =
			year === '2020'
				? ['income_urban_2020', 'income_rural_2020']
				: ['income_urban_2020', 'income_urban_growth_5y', 'income_rural_2020', 'income_rural_growth_5y'];
		const ratio = urban / rural;
		add({
			id: `income_ratio_${year}`,
			label: fill(ui.derived_ratio, { year }),
			value: ratio,
			unit: ':1',
			digits: 2,
			period: year,
			section: 'income',
			formula: `${formatNumber(urban, 0)} ÷ ${formatNumber(rural, 0)} ≈ ${formatNumber(ratio, 2)}`,
			inputs
		});
		const gap = urban - rural;
		add({
			id: `income_gap_${year}`,
			label: fill(ui.derived_gap, { year }),
			value: gap,
			unit: lookup('income_urban_2020').unit,
			digits: 0,
			period: year,
			section: 'income',
			formula: `${formatNumber(urban, 0)} − ${formatNumber(rural, 0)} ≈ ${formatNumber(gap, 0)}${lookup('income_urban_2020').unit}`,
			inputs
		});
	}

	for (const s of [
		{ key: 'gdp', label: label('gdp_2020'), digits: 1 },
		{ key: 'revenue', label: label('revenue_2020'), digits: 1 }
	]) {
		const from = get(`${s.key}_2020`);
		const goal = get(`${s.key}_2025_target`);
		const stated = get(`${s.key}_growth_target`);
		const required = annualGrowth(from, goal, YEARS_14TH);
		add({
			id: `${s.key}_required_growth`,
			label: fill(ui.derived_required, { label: s.label }),
			value: required,
			unit: '%',
			digits: 1,
			period: '2020–2025',
			section: 'plan14',
			formula: `(${formatNumber(goal)} ÷ ${formatNumber(from)})^(1/${YEARS_14TH}) − 1 ≈ ${formatNumber(required, 1)}%`,
			inputs: [`${s.key}_2020`, `${s.key}_2025_target`]
		});
		const landing = project(from, stated, YEARS_14TH);
		add({
			id: `${s.key}_at_stated_rate`,
			label: fill(ui.derived_at_stated, { label: s.label, rate: pct(stated) }),
			value: landing,
			unit: lookup(`${s.key}_2020`).unit,
			digits: s.digits,
			period: '2025',
			section: 'plan14',
			formula: `${formatNumber(from)} × (1 + ${pct(stated)})^${YEARS_14TH} ≈ ${formatNumber(landing, s.digits)}${lookup(`${s.key}_2020`).unit}`,
			inputs: [`${s.key}_2020`, `${s.key}_growth_target`]
		});
	}

	const gdpGoal = get('gdp_2025_target');
	const gdpStatedLanding = project(gdp2020, get('gdp_growth_target'), YEARS_14TH);
	const priceRise = annualGrowth(gdpStatedLanding, gdpGoal, YEARS_14TH);
	add({
		id: 'gdp_implied_price_rise',
		label: ui.derived_price_rise,
		value: priceRise,
		unit: '%',
		digits: 1,
		period: '2020–2025',
		section: 'plan14',
		formula: `(${formatNumber(gdpGoal)} ÷ ${formatNumber(gdpStatedLanding, 1)})^(1/${YEARS_14TH}) − 1 ≈ ${formatNumber(priceRise, 1)}%`,
		inputs: ['gdp_2020', 'gdp_growth_target', 'gdp_2025_target']
	});

	const batches = ['planned', 'signed', 'started', 'continued'];
	const counts = batches.map((b) => get(`pipeline_${b}_count`));
	const invests = batches.map((b) => get(`pipeline_${b}_invest`));
	const totalCount = counts.reduce((a, b) => a + b, 0);
	const totalInvest = invests.reduce((a, b) => a + b, 0);
	add({
		id: 'pipeline_total_count',
		label: ui.derived_pipeline_count,
		value: totalCount,
		unit: lookup('pipeline_planned_count').unit,
		digits: 0,
		period: '2021',
		section: 'actions2021',
		formula: `${counts.join(' + ')} = ${totalCount}${lookup('pipeline_planned_count').unit}`,
		inputs: batches.map((b) => `pipeline_${b}_count`)
	});
	add({
		id: 'pipeline_total_invest',
		label: ui.derived_pipeline_invest,
		value: totalInvest,
		unit: lookup('pipeline_planned_invest').unit,
		digits: 1,
		period: '2021',
		section: 'actions2021',
		formula: `${invests.map((v) => formatNumber(v)).join(' + ')} = ${formatNumber(totalInvest, 1)}${lookup('pipeline_planned_invest').unit}`,
		inputs: batches.map((b) => `pipeline_${b}_invest`)
	});

	return out;
}
