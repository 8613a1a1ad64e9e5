import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { annualGrowth, deriveFigures, impliedBase, project } from '../../src/lib/content/derived';
import { parseUi } from '../../src/lib/content/ui';

// The report's own figures, as the derived module reads them.
const report: Record<string, number> = {
	gdp_2020: 84.9,
	gdp_growth_5y: 71.5,
	industry_2020: 53.5,
	industry_growth_5y: 104,
	services_2020: 26.4,
	services_growth_5y: 39.5,
	revenue_2020: 6.6,
	revenue_growth_5y: 73.9,
	income_urban_2020: 25142,
	income_urban_growth_5y: 34.5,
	income_rural_2020: 12265,
	income_rural_growth_5y: 48.9,
	gdp_2025_target: 200,
	gdp_growth_target: 15,
	revenue_2025_target: 15,
	revenue_growth_target: 18,
	pipeline_planned_count: 16,
	pipeline_planned_invest: 100,
	pipeline_signed_count: 12,
	pipeline_signed_invest: 80,
	pipeline_started_count: 5,
	pipeline_started_invest: 45.4,
	pipeline_continued_count: 6,
	pipeline_continued_invest: 48.2
};
const ui = parseUi(readFileSync('data/copy/ui.aml', 'utf8'), 'data/copy/ui.aml');
const unitOf = (id: string) => (/growth/.test(id) ? '%' : id.startsWith('income') ? '元' : id.endsWith('_count') ? '个' : '亿元');
const source = (id: string) => ({ value: report[id], label: `label of ${id}`, unit: unitOf(id) });
const derived = Object.fromEntries(deriveFigures(source, ui).map((d) => [d.id, d]));
const value = (id: string) => derived[id].value;

describe('growth arithmetic', () => {
	it('implies a base from a value and its % change', () => {
		expect(impliedBase(171.5, 71.5)).toBeCloseTo(100, 10);
	});
	it('compounds and un-compounds consistently', () => {
		expect(project(100, 10, 2)).toBeCloseTo(121, 10);
		expect(annualGrowth(100, 121, 2)).toBeCloseTo(10, 10);
	});
});

describe('derived figures, checked by hand arithmetic', () => {
	it('implied 2015 values', () => {
		expect(value('gdp_2015')).toBeCloseTo(84.9 / 1.715, 6); // 49.50
		expect(value('gdp_2015')).toBeCloseTo(49.5, 1);
		expect(value('industry_2015')).toBeCloseTo(26.23, 2); // 53.5 / 2.04
		expect(value('services_2015')).toBeCloseTo(18.92, 2); // 26.4 / 1.395
		expect(value('revenue_2015')).toBeCloseTo(3.795, 3); // 6.6 / 1.739
		expect(value('income_urban_2015')).toBeCloseTo(18692.9, 1); // 25142 / 1.345
		expect(value('income_rural_2015')).toBeCloseTo(8237.1, 1); // 12265 / 1.489
	});
	it('compound annual growth 2015→2020', () => {
		expect(value('gdp_cagr')).toBeCloseTo(11.4, 1); // 1.715^(1/5)
		expect(value('industry_cagr')).toBeCloseTo(15.3, 1); // 2.04^(1/5)
		expect(value('services_cagr')).toBeCloseTo(6.9, 1);
		expect(value('revenue_cagr')).toBeCloseTo(11.7, 1);
		expect(value('income_urban_cagr')).toBeCloseTo(6.1, 1);
		expect(value('income_rural_cagr')).toBeCloseTo(8.3, 1);
	});
	it('shares of GDP: industry up, services down', () => {
		expect(value('industry_share_2015')).toBeCloseTo(53.0, 1); // 26.23 / 49.50
		expect(value('industry_share_2020')).toBeCloseTo(63.0, 1); // 53.5 / 84.9
		expect(value('services_share_2015')).toBeCloseTo(38.2, 1); // 18.92 / 49.50
		expect(value('services_share_2020')).toBeCloseTo(31.1, 1); // 26.4 / 84.9
	});
	it('urban/rural income ratio narrows, the absolute gap widens', () => {
		expect(value('income_ratio_2015')).toBeCloseTo(2.27, 2);
		expect(value('income_ratio_2020')).toBeCloseTo(2.05, 2);
		expect(value('income_gap_2015')).toBeCloseTo(10456, 0);
		expect(value('income_gap_2020')).toBe(25142 - 12265);
	});
	it('what the 2025 goals need, and where the stated rates land', () => {
		expect(value('gdp_required_growth')).toBeCloseTo(18.69, 2); // (200/84.9)^(1/5) - 1
		expect(value('gdp_at_stated_rate')).toBeCloseTo(170.76, 2); // 84.9 × 1.15^5
		expect(value('gdp_implied_price_rise')).toBeCloseTo(3.21, 2); // (200/170.76)^(1/5) - 1
		expect(value('revenue_required_growth')).toBeCloseTo(17.84, 2); // (15/6.6)^(1/5) - 1
		expect(value('revenue_at_stated_rate')).toBeCloseTo(15.10, 2); // 6.6 × 1.18^5
	});
	it('2021 project pipeline totals', () => {
		expect(value('pipeline_total_count')).toBe(39);
		expect(value('pipeline_total_invest')).toBeCloseTo(273.6, 10);
	});
	it('writes each formula with its actual inputs', () => {
		expect(derived.gdp_2015.formula).toBe('84.9亿元 ÷ (1 + 71.5%) ≈ 49.5亿元');
		expect(derived.pipeline_total_invest.formula).toBe('100 + 80 + 45.4 + 48.2 = 273.6亿元');
	});
});

describe('derived labels and units', () => {
	it('take their names from the source figures and their words from the copy', () => {
		expect(derived.gdp_2015.label).toBe(ui.derived_2015.replace('{label}', 'label of gdp_2020'));
		expect(derived.income_gap_2020.unit).toBe('元');
		expect(derived.industry_share_2020.label).toContain('label of industry_2020');
		expect(derived.pipeline_total_invest.label).toBe(ui.derived_pipeline_invest);
	});
});
