import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { openPage } from './browser';
import { scrollToStep } from './scroll';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const content = loadContent('data');

describe('accessibility (axe-core)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no violations after every step, in ${colorScheme} mode`, async () => {
			const w = await openPage({ colorScheme });
			for (const s of content.sections.filter((x) => x.chart)) {
				for (let i = 0; i < s.steps.length; i++) await scrollToStep(w.page, s.id, i);
			}
			await w.page.waitForTimeout(800);
			await w.page.addScriptTag({ content: axeSource });
			const violations = await w.page.evaluate(async () => {
				// @ts-expect-error axe is injected above
				const result = await window.axe.run(document, { resultTypes: ['violations'] });
				return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
			});
			await w.close();
			expect(violations).toEqual([]);
		});
	}
});
