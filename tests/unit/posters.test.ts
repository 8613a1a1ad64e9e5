// The posters the share control offers (src/lib/share/posters.ts): one per step, each opening the story at its step.
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../src/lib/content/copy';
import type { Figure } from '../../src/lib/content/types';
import { loadContent } from '../../src/lib/content/load';
import { plainText } from '../../src/lib/content/text';
import { sectionPoster, stepPoster } from '../../src/lib/share/posters';
import { stepAnchor } from '../../src/lib/components/step-anchor';

const site = { story: 'https://news.example/2021/jc/', base: '/2021/jc' };
const figure = (id: string, label: string, display: string): Figure => ({ id, label, display, value: 0, unit: '', period: '2020', kind: 'actual', section: 'strength' });
const figures = {
	gdp_2020: figure('gdp_2020', '地区生产总值', '84.9亿元'),
	industry_growth_5y: figure('industry_growth_5y', '工业增加值增长', '104%'),
	industry_2020: figure('industry_2020', '工业增加值', '53.5亿元')
};
const step = (s: Partial<ParsedSection['steps'][number]>) => ({ segments: [{ text: '……' }], ...s });
const strength: ParsedSection = {
	file: 'data/copy/01-strength.aml',
	id: 'strength',
	nav: '综合实力',
	kicker: '综合实力',
	title: '工业领跑的五年',
	chart: 'strength',
	poster_state: 'indexed',
	poster_figure: 'industry_growth_5y',
	poster_label: '“十三五”期间，工业增加值增长',
	steps: [
		step({ state: 'gdp', key: 'gdp_2020', headline: '五年里，地区生产总值达到{gdp_2020}' }),
		step({ state: 'sectors', focus: 'industry、services' }),
		step({ state: 'indexed' }),
		// No state of its own: the chart stays as the step before left it.
		step({ key: 'industry_2020' })
	]
};

describe('a step’s poster', () => {
	it('opens the story at its step, and is a picture of its own', () => {
		const p = stepPoster(strength, 2, figures, site)!;
		expect(p.link).toBe('https://news.example/2021/jc/#strength-3');
		expect(p.src).toBe('/2021/jc/share/poster/strength/3.png');
		expect(p.image).toBe('https://news.example/2021/jc/share/poster/strength/3.png');
		expect([p.step, p.title]).toEqual([3, '工业领跑的五年']);
	});

	it('shows the chart in the step’s state and focus; a step without a state keeps the one before', () => {
		expect([0, 1, 2, 3].map((i) => stepPoster(strength, i, figures, site)!.state)).toEqual(['gdp', 'sectors', 'indexed', 'indexed']);
		expect(stepPoster(strength, 1, figures, site)!.focus).toEqual(['industry', 'services']);
		expect(stepPoster(strength, 2, figures, site)!.focus).toEqual([]);
	});

	it('leads with the section’s figure and words, unless the step names its own key figure, which brings its own label', () => {
		const own = stepPoster(strength, 2, figures, site)!;
		expect([own.figure.id, own.label]).toEqual(['industry_growth_5y', '“十三五”期间，工业增加值增长']);
		const key = stepPoster(strength, 3, figures, site)!;
		expect([key.figure.id, key.label]).toEqual(['industry_2020', '工业增加值']);
	});

	it('says the step’s headline, figures filled in; the section’s title where the step has none', () => {
		expect(stepPoster(strength, 0, figures, site)!.headline).toBe('五年里，地区生产总值达到84.9亿元');
		expect(stepPoster(strength, 1, figures, site)!.headline).toBe('工业领跑的五年');
	});

	it('is none for a step that does not exist, or a section with no chart', () => {
		expect(stepPoster(strength, 4, figures, site)).toBeUndefined();
		expect(stepPoster({ ...strength, chart: undefined }, 0, figures, site)).toBeUndefined();
	});

	it('names the step when its key is no figure', () => {
		const wrong = { ...strength, steps: [step({ state: 'gdp', key: 'gdp_2021' })] };
		expect(() => stepPoster(wrong, 0, figures, site)).toThrow('data/copy/01-strength.aml (step 1): key “gdp_2021” is not a figure id');
	});
});

describe('the chart’s own poster', () => {
	it('keeps its state and number, and opens its section', () => {
		const p = sectionPoster(strength, figures, site)!;
		expect([p.state, p.figure.id, p.headline, p.link, p.src]).toEqual(['indexed', 'industry_growth_5y', '工业领跑的五年', 'https://news.example/2021/jc/#strength', '/2021/jc/share/poster/strength.png']);
	});
});

describe('the story’s posters, from data/', () => {
	const content = loadContent('data');
	const charts = content.sections.filter((s) => s.chart);

	it('every step of every chart section has one, each its own picture and link', () => {
		const posters = charts.flatMap((s) => s.steps.map((_, i) => ({ s, i, p: stepPoster(s, i, content.figures, site)! })));
		expect(posters.length).toBe(charts.reduce((n, s) => n + s.steps.length, 0));
		for (const { s, i, p } of posters) {
			expect(p.link).toBe(`${site.story}#${stepAnchor(s.id, i)}`);
			expect(p.src).toBe(`${site.base}/share/poster/${s.chart}/${i + 1}.png`);
			expect(p.figure, `${s.id} step ${i + 1}`).toBeDefined();
			expect(p.headline).toBe(s.steps[i].headline ? plainText(s.steps[i].headline!, content.figures) : s.title);
		}
		expect(new Set(posters.map((x) => x.p.src)).size).toBe(posters.length);
	});
});
