import { describe, expect, it } from 'vitest';
import { dodge } from '../../src/lib/charts/endpoint/geometry';
import { activeStep, stepProgress } from '../../src/lib/scrolly/active-step';
import { niceMax, strengthSpec, incomeSpec, plan14Spec } from '../../src/lib/charts/endpoint/spec';
import { toneOfYear } from '../../src/lib/charts/frame/tones';
import { stepStates } from '../../src/lib/scrolly/states';
import { loadContent } from '../../src/lib/content/load';

const content = loadContent('data');
const { figures } = content;
const text = (chart: string) => ({ ...content.charts[chart], ui: content.ui });

describe('label dodging', () => {
	it('leaves labels that are far enough apart where they are', () => {
		expect(dodge([10, 50, 90], [4, 4, 4], 1)).toEqual([10, 50, 90]);
	});
	it('pushes close labels apart by their half sizes and the gap, keeping their order', () => {
		expect(dodge([50, 52, 51], [4, 4, 4], 1)).toEqual([50, 60, 55]);
	});
	it('spaces taller labels (larger text, two lines) further apart', () => {
		expect(dodge([50, 51], [8, 12], 0)).toEqual([50, 60]);
	});
	it('keeps every label wholly inside the chart, pushing up from the bottom and down from the top', () => {
		expect(dodge([98, 99], [4, 6], 0)).toEqual([92, 97]);
		expect(dodge([0], [10], 0)).toEqual([5]);
	});
});

describe('the active step, from positions alone', () => {
	const tops = [100, 600, 1100];
	const bottoms = [600, 1100, 1400];
	it('is the step that contains the trigger line', () => {
		expect(activeStep(tops, bottoms, 650)).toBe(1);
	});
	it('is the first step before the steps begin, and the last after they end', () => {
		expect(activeStep(tops, bottoms, 50)).toBe(0);
		expect(activeStep(tops, bottoms, 2000)).toBe(2);
	});
	it('measures progress through the step', () => {
		expect(stepProgress(600, 1100, 850)).toBe(0.5);
		expect(stepProgress(600, 1100, 2000)).toBe(1);
	});
});

describe('endpoint chart specs', () => {
	it('draws only endpoints the report gives: 2015 implied, 2020 reported', () => {
		const spec = strengthSpec('sectors', figures, text('strength'));
		for (const s of spec.series) expect(s.points.map((p) => [p.year, p.kind])).toEqual([[2015, 'implied'], [2020, 'actual']]);
		expect(spec.series.map((s) => s.points[1].value)).toEqual([84.9, 53.5, 26.4, 6.6]);
	});
	it('labels each line between endpoints as the average growth it stands for', () => {
		const spec = strengthSpec('sectors', figures, text('strength'));
		expect(spec.series.map((s) => s.lineLabel)).toEqual(['年均+11.4%', '年均+15.3%', '年均+6.9%', '年均+11.7%']);
	});
	it('indexes 2015 to 100 and ends at 100 + the reported growth', () => {
		const spec = strengthSpec('indexed', figures, text('strength'));
		expect(spec.series.find((s) => s.id === 'industry')!.points[1].value).toBe(204);
	});
	it('shows industry’s share rising and services’ falling', () => {
		const [industry, services] = strengthSpec('shares', figures, text('strength')).series;
		expect(industry.points[1].value).toBeGreaterThan(industry.points[0].value);
		expect(services.points[1].value).toBeLessThan(services.points[0].value);
	});
	it('shows the urban/rural ratio narrowing', () => {
		const [ratio] = incomeSpec('ratio', figures, text('income')).series;
		expect(ratio.points.map((p) => p.label)).toEqual(['约2.27:1', '约2.05:1']);
	});
	it('draws 2025 as a dashed projection or goal, never as data', () => {
		const spec = plan14Spec('gdp-required', figures, text('plan14'));
		const future = spec.series.flatMap((s) => s.points.filter((p) => p.year === 2025));
		expect(future.map((p) => p.kind).sort()).toEqual(['projection', 'target']);
		expect(future.map((p) => p.label).sort()).toEqual(['200亿元', '约170.8亿元']);
	});
	it('says 约 before every number it computed, and never before a reported one', () => {
		const spec = strengthSpec('gdp', figures, text('strength'));
		const [implied, actual] = spec.series[0].points;
		expect(implied.label).toBe('约49.5亿元');
		expect(actual.label).toBe('84.9亿元');
		const ratio = incomeSpec('ratio', figures, text('income'));
		expect(ratio.caption).toContain('推算');
		expect(ratio.series[0].note).toMatch(/^收入差额由约[\d,.万]+元扩大到/);
		// The average growth on a line carries no 约 of its own: its state's caption says it is computed.
		expect(spec.caption).toContain('年均增速均为推算');
	});
	it('draws what a step focuses on strong and the rest faint, and puts the state’s note on its series', () => {
		const plain = strengthSpec('indexed', figures, text('strength'));
		expect(plain.series.filter((s) => s.muted)).toEqual([]);
		expect(plain.series.filter((s) => s.note).map((s) => s.id)).toEqual(['industry']);
		const focused = strengthSpec('indexed', figures, text('strength'), ['services', 'revenue']);
		expect(focused.series.filter((s) => s.emphasis).map((s) => s.id)).toEqual(['services', 'revenue']);
		expect(focused.series.filter((s) => s.muted).map((s) => s.id)).toEqual(['gdp', 'industry']);
	});
	it('rounds the y axis up to a readable maximum', () => {
		expect(niceMax(84.9)).toBe(100);
		expect(niceMax(204)).toBe(250);
		expect(niceMax(25142)).toBe(30000);
	});
	it('colours by time', () => {
		expect([2015, 2020, 2025].map(toneOfYear)).toEqual(['past', 'present', 'future']);
	});
});

describe('step states', () => {
	it('carries the last named state forward, and the first named one back', () => {
		expect(stepStates([{}, { state: 'a' }, {}, { state: 'b' }])).toEqual(['a', 'a', 'a', 'b']);
	});
});
