import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { incomeSpec, plan14Spec, strengthSpec, type EndpointSpec } from '../../src/lib/charts/endpoint/spec';
import { recordSpec, y2020Spec, type UnitSpec } from '../../src/lib/charts/units/spec';
import { actionsSpec } from '../../src/lib/charts/actions/spec';
import { goalsSpec } from '../../src/lib/charts/goals/spec';
import { openPage, type Watched } from './browser';
import { chartState, scrollToStep } from './scroll';
import { focusKeys, stepStates } from '../../src/lib/scrolly/states';
import { plainText } from '../../src/lib/content/text';

const content = loadContent('data');
const scrolly = content.sections.filter((s) => s.chart);
const endpointFigures = (spec: EndpointSpec) => spec.series.flatMap((s) => s.points.flatMap((p) => (p.figure ? [p.figure] : [])));
const unitFigures = (spec: UnitSpec) => spec.items.flatMap((it) => ('figure' in it ? [it.figure] : []));
/** The figures each chart should show in a state, from the same spec functions the page uses. */
const text = (chart: string) => ({ ...content.charts[chart], ui: content.ui });
/** The figures each chart should show in a state, from the same spec functions the page uses. */
const expectedFigures: Record<string, (state: string) => string[]> = {
	strength: (s) => endpointFigures(strengthSpec(s, content.figures, text('strength'))),
	income: (s) => endpointFigures(incomeSpec(s, content.figures, text('income'))),
	plan14: (s) =>
		s === 'goals'
			? goalsSpec(content.figures, text('plan14')).groups.flatMap((g) => g.items.map((it) => it.figure))
			: endpointFigures(plan14Spec(s, content.figures, text('plan14'))),
	record: (s) => unitFigures(recordSpec(s, content.figures, text('record'))),
	y2020: (s) => unitFigures(y2020Spec(s, content.figures, text('y2020'))),
	actions2021: (s) => {
		const spec = actionsSpec(s, content.figures, text('actions2021'));
		return spec.kind === 'pipeline'
			? [...spec.bars.flatMap((b) => (b.figure ? [b.figure] : [])), ...spec.total.flatMap((seg) => ('fig' in seg ? [seg.fig] : []))]
			: spec.keys.map((k) => k.figure);
	}
};
/**
 * The ends of every line in a section's chart that no point is drawn on (within 2 px). A line's box has its
 * ends at two opposite corners: a rising line at bottom-left and top-right, a falling one at top-left and
 * bottom-right.
 */
function strayLineEnds(page: Watched['page'], id: string) {
	return page.evaluate((id) => {
		const section = document.getElementById(id)!;
		const dots = [...section.querySelectorAll('.dot')].map((d) => {
			const r = d.getBoundingClientRect();
			return [r.left + r.width / 2, r.top + r.height / 2];
		});
		const onDot = ([x, y]: number[]) => dots.some(([dx, dy]) => Math.hypot(dx - x, dy - y) <= 2);
		return [...section.querySelectorAll('.segments line')].flatMap((line, i) => {
			const r = line.getBoundingClientRect();
			const rising = [[r.left, r.bottom], [r.right, r.top]];
			const falling = [[r.left, r.top], [r.right, r.bottom]];
			return rising.every(onDot) || falling.every(onDot) ? [] : [`line ${i}: [${Math.round(r.left)}, ${Math.round(r.top)}]–[${Math.round(r.right)}, ${Math.round(r.bottom)}]`];
		});
	}, id);
}
const statesOf = (id: string) => stepStates(content.sections.find((x) => x.id === id)!.steps);
const ARTIFACTS = 'test-results/steps';

describe('scroll-driven charts', () => {
	let w: Watched;
	beforeAll(async () => {
		mkdirSync(ARTIFACTS, { recursive: true });
		w = await openPage();
	});
	afterAll(() => w.close());

	for (const section of scrolly) {
		it(`${section.id}: every step sets its chart state and headline, and the chart shows that state's figures and the step's focus`, async () => {
			const states = statesOf(section.id);
			for (let i = 0; i < section.steps.length; i++) {
				await scrollToStep(w.page, section.id, i);
				// Let the transitions finish (a unit chart's animations, by tens, may run on), so the artifact and the
				// geometry below show the state.
				await w.page.waitForTimeout(100);
				await w.page.waitForFunction(
					(id) => !document.getElementById(id)!.getAnimations({ subtree: true }).some((a) => a instanceof CSSTransition),
					section.id,
					{ timeout: 5000 }
				);
				await w.page.screenshot({ path: `${ARTIFACTS}/${section.id}-${i}.png` });
				const shown = await chartState(w.page, section.id);
				expect(shown.state, `${section.id} step ${i}`).toBe(states[i]);
				expect(shown.headline, `${section.id} step ${i}: headline`).toBe(plainText(section.steps[i].headline!, content.figures));
				// A focus draws the rest faint (after its fade); no focus, nothing is.
				if (focusKeys(section.steps[i].focus).length) expect(shown.muted, `${section.id} step ${i}: faint elements`).toBeGreaterThan(0);
				else expect(shown.muted, `${section.id} step ${i}: faint elements`).toBe(0);
				expect(shown.smallestText, `${section.id} step ${i}: smallest text in the graphic at 375 px`).toBeGreaterThanOrEqual(14);
				for (const [id, text] of shown.labels) {
					const figure = content.figures[id];
					expect(figure, `unknown figure ${id}`).toBeDefined();
					expect(text, `${section.id} step ${i}: label of ${id}`).toContain(figure.display);
				}
				expect(await strayLineEnds(w.page, section.id), `${section.id} step ${i}: line ends off their points`).toEqual([]);
				const expected = expectedFigures[section.id];
				if (expected) {
					expect(new Set(shown.labels.map(([id]) => id)), `${section.id} step ${i}`).toEqual(new Set(expected(states[i])));
				}
			}
		});
	}

	it('lands on the right state after a fast fling to the end and back to a middle step', async () => {
		await w.page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
		await w.page.waitForTimeout(100);
		await scrollToStep(w.page, 'strength', 2);
		expect((await chartState(w.page, 'strength')).state).toBe('indexed');
		await w.page.mouse.wheel(0, -30000);
		await w.page.waitForTimeout(50);
		await scrollToStep(w.page, 'income', 2);
		expect((await chartState(w.page, 'income')).state).toBe('ratio');
	});

	it('keeps the step after a reload mid-story', async () => {
		await scrollToStep(w.page, 'plan14', 3);
		await w.page.reload();
		await w.page.waitForSelector('#plan14 .step.active[data-step="3"]');
		expect((await chartState(w.page, 'plan14')).state).toBe('revenue');
	});

	it('keeps the step when the phone rotates and back', async () => {
		await scrollToStep(w.page, 'strength', 3);
		await w.page.setViewportSize({ width: 740, height: 375 });
		await w.page.setViewportSize({ width: 375, height: 740 });
		await scrollToStep(w.page, 'strength', 3);
		expect((await chartState(w.page, 'strength')).state).toBe('indexed');
	});
});

describe('deep links', () => {
	for (const section of scrolly) {
		it(`#${section.id} opens at that section, on its first state`, async () => {
			const w = await openPage({}, `#${section.id}`);
			await w.page.waitForSelector(`#${section.id} .step.active`);
			const top = await w.page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, section.id);
			expect(Math.abs(top)).toBeLessThan(80);
			expect((await chartState(w.page, section.id)).state).toBe(statesOf(section.id)[0]);
			await w.close();
		});
	}
});

describe('reduced motion', () => {
	// The chart live in the first step's state, then in the second's: a chart still waking would be read in its
	// prerendered state, and would wake straight into the second with nothing to animate.
	const strengthStates = stepStates(scrolly.find((s) => s.id === 'strength')!.steps);
	const toSecondStep = async (page: Watched['page']) => {
		for (const i of [0, 1]) {
			await scrollToStep(page, 'strength', i);
			await page.waitForSelector(`#strength .chart-root[data-live][data-chart-state="${strengthStates[i]}"]`);
		}
	};
	// Where the points are drawn (a transition moves them from the state's position, which their style holds at
	// once); the points, not the labels: a column of labels dodged against the axis can sit still.
	const dotTops = (page: Watched['page']) => page.$$eval('#strength .dot', (els) => els.map((e) => e.getBoundingClientRect().top.toFixed(1)).join());
	it('changes state at once, without animation', async () => {
		const w = await openPage({ reducedMotion: 'reduce' });
		await toSecondStep(w.page);
		const first = await dotTops(w.page);
		await w.page.waitForTimeout(400);
		expect(await dotTops(w.page)).toBe(first);
		expect((await chartState(w.page, 'strength')).labels.length).toBeGreaterThan(2);
		await w.close();
	});
	it('animates without the preference (the check above can fail)', async () => {
		const w = await openPage();
		await toSecondStep(w.page);
		const first = await dotTops(w.page);
		await w.page.waitForTimeout(400);
		expect(await dotTops(w.page)).not.toBe(first);
		await w.close();
	});
});

describe('without JavaScript', () => {
	it('shows every chart, prerendered with its labels', async () => {
		const w = await openPage({ javaScriptEnabled: false });
		for (const section of scrolly) {
			const shown = await chartState(w.page, section.id);
			expect(shown.labels.length, section.id).toBeGreaterThan(0);
			for (const [id, text] of shown.labels) expect(text).toContain(content.figures[id].display);
		}
		await w.close();
	});
});

describe('charts hydrate as the reader nears them', () => {
	it('the first screen runs no chart code; each chart goes live from its prerendered state as it comes near', async () => {
		const w = await openPage();
		const scripts: string[] = [];
		w.page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await w.page.waitForLoadState('networkidle');
		expect(await w.page.$$eval('.chart-root[data-live]', (els) => els.length)).toBe(0);
		// Until then each chart is the server's, in its first state, with its labels.
		for (const section of scrolly) {
			const shown = await chartState(w.page, section.id);
			expect(shown.state, section.id).toBe(statesOf(section.id)[0]);
			expect(shown.labels.length, section.id).toBeGreaterThan(0);
		}
		await scrollToStep(w.page, 'strength', 0);
		await w.page.waitForSelector('#strength .chart-root[data-live]');
		expect(scripts.length, 'the chart code was fetched on the way').toBeGreaterThan(0);
		// A chart far down the page is still static.
		expect(await w.page.$$eval('#actions2021 .chart-root[data-live]', (els) => els.length)).toBe(0);
		// Jumping past a chart that was never live: the chart ahead hydrates and follows its steps.
		await scrollToStep(w.page, 'actions2021', 2);
		await w.page.waitForSelector('#actions2021 .chart-root[data-live]');
		const expected = expectedFigures.actions2021(statesOf('actions2021')[2]);
		await expect.poll(async () => new Set((await chartState(w.page, 'actions2021')).labels.map(([id]) => id))).toEqual(new Set(expected));
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('without IntersectionObserver', () => {
	it('stacks graphics and steps, with no error', async () => {
		const w = await openPage({}, '', 'delete window.IntersectionObserver;');
		await w.page.waitForSelector('.scrolly.stacked');
		const sticky = await w.page.$$eval('.scrolly .graphic', (els) => els.map((e) => getComputedStyle(e).position));
		expect(new Set(sticky)).toEqual(new Set(['static']));
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('layout', () => {
	it('on a 1280×800 screen, the graphic takes the viewport’s height and the width beside the steps', async () => {
		const w = await openPage({ viewport: { width: 1280, height: 800 } });
		for (const section of scrolly) {
			await scrollToStep(w.page, section.id, Math.floor(section.steps.length / 2));
			const box = await w.page.evaluate((id) => {
				const g = document.querySelector(`#${id} .graphic`)!.getBoundingClientRect();
				const s = document.querySelector(`#${id} .step.active`)!.getBoundingClientRect();
				return { top: g.top, bottom: g.bottom, height: g.height, width: g.width, gap: g.left - s.right };
			}, section.id);
			expect(box.height, section.id).toBeGreaterThan(0.85 * 800);
			expect(box.bottom, section.id).toBeLessThanOrEqual(800);
			expect(box.width, section.id).toBeGreaterThan(0.6 * 1280);
			expect(box.gap, section.id).toBeGreaterThan(0);
		}
		await w.close();
	});
	for (const width of [320, 375, 414, 768, 1280]) {
		it(`has no horizontal overflow at ${width} px, through every step`, async () => {
			const w = await openPage({ viewport: { width, height: 800 } });
			for (const section of scrolly) {
				await scrollToStep(w.page, section.id, section.steps.length - 1);
				const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${section.id} at ${width}px`).toBe(0);
			}
			await w.close();
		});
	}
});
