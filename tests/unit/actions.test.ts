import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import {
	ACTION_COUNT,
	ACTION_STATES,
	MAX_KEYS,
	PIPELINE_BATCHES,
	actionFigures,
	actionOf,
	actionsSpec,
	barDomain,
	keyFigures,
	pipelineBars,
	type ListSpec,
	type PipelineSpec
} from '../../src/lib/charts/actions/spec';
import { GOAL_FIGURES, goalGroups, goalsSpec } from '../../src/lib/charts/goals/spec';

const content = loadContent('data');
const figs = content.figures;
const text = { ...content.charts.actions2021, ui: content.ui };
const goalsText = { ...content.charts.plan14, ui: content.ui };
const ACTION_NAMES = Array.from({ length: ACTION_COUNT }, (_, i) => text.words[`action_${i + 1}`]);
const MISSING_TEXT = text.words.missing;
const GOALS = Array.from({ length: 6 }, (_, i) => goalsText.words[`goal_${i + 1}`]);
const statesOf = (id: string) => [...new Set(content.sections.find((s) => s.id === id)!.steps.flatMap((s) => (s.state ? [s.state] : [])))];
const squash = (s: string) => s.replace(/\s+/g, '');

describe('actions2021 states', () => {
	it('covers every state the copy names, and no more', () => {
		expect([...statesOf('actions2021')].sort()).toEqual([...ACTION_STATES].sort());
	});

	it('maps states to actions', () => {
		expect(actionOf('a1')).toBe(1);
		expect(actionOf('a8')).toBe(8);
		expect(actionOf('pipeline')).toBe(2);
		expect(() => actionOf('nonsense')).toThrow(/no state “nonsense”/);
	});

	it('every action a1..a8 yields a list spec with one active action', () => {
		for (let n = 1; n <= 8; n++) {
			const spec = actionsSpec(`a${n}`, figs, text) as ListSpec;
			expect(spec.kind).toBe('list');
			expect(spec.active).toBe(n);
			expect(spec.actions.map((a) => a.name)).toEqual([...ACTION_NAMES]);
			expect(spec.actions.filter((a) => a.active).map((a) => a.n)).toEqual([n]);
			expect(spec.caption).toContain(ACTION_NAMES[n - 1]);
			expect(spec.table.length).toBeGreaterThan(0);
			for (const row of spec.table) expect(row).toHaveLength(spec.columns.length);
		}
	});

	it('the short names are the report’s action titles', () => {
		const report = squash(content.sections.find((s) => s.id === 'actions2021')!.steps.map((s) => s.heading ?? '').join('|'));
		for (const name of ACTION_NAMES) expect(report).toContain(`实施${name}行动`);
	});

	it('shows at most MAX_KEYS figures of the active action, straight from the data', () => {
		for (let n = 1; n <= 7; n++) {
			const spec = actionsSpec(`a${n}`, figs, text) as ListSpec;
			expect(spec.empty).toBe('');
			expect(spec.keys.length).toBeGreaterThan(0);
			expect(spec.keys.length).toBeLessThanOrEqual(MAX_KEYS);
			for (const key of spec.keys) {
				const f = figs[key.figure];
				expect(key.display).toBe(f.display);
				expect(key.number + key.unit).toBe(f.display);
				expect(key.label).toBe(f.label);
				// An action's key numbers are its own figures or derived from them.
				const own = f.action === n || (f.inputs ?? []).every((id) => figs[id].action === n);
				expect(own).toBe(true);
			}
		}
	});

	it('action 1 shows all five of its figures; action 2 its start rate and the pipeline totals', () => {
		expect(keyFigures(1, figs).map((f) => f.id)).toEqual(actionFigures(1, figs).map((f) => f.id));
		expect(keyFigures(2, figs).map((f) => f.id)).toEqual(['pipeline_signed_start_rate', 'pipeline_total_count', 'pipeline_total_invest']);
	});

	it('the table of a list state lists every figure of the action (or the picks)', () => {
		const a3 = actionsSpec('a3', figs, text) as ListSpec;
		expect(a3.table.map((r) => r[1])).toEqual(actionFigures(3, figs).map((f) => f.display));
	});

	it('action 8 has no figures and says so', () => {
		expect(actionFigures(8, figs)).toEqual([]);
		const spec = actionsSpec('a8', figs, text) as ListSpec;
		expect(spec.empty).toBe(text.words.empty);
		expect(spec.keys).toEqual([]);
		expect(spec.table).toEqual([['效能大提升', '无量化指标', '—']]);
	});
});

describe('pipeline', () => {
	const spec = actionsSpec('pipeline', figs, text) as PipelineSpec;

	it('is action 2’s bar chart', () => {
		expect(spec.kind).toBe('pipeline');
		expect(spec.active).toBe(2);
	});

	it('has one row per batch, in order, with the data’s investment and count', () => {
		expect(spec.bars.map((b) => b.name)).toEqual(['谋划一批', '签约一批', '开工一批', '续建一批', '投产一批']);
		for (const batch of PIPELINE_BATCHES.slice(0, 4)) {
			const bar = spec.bars.find((b) => b.key === batch)!;
			const invest = figs[`pipeline_${batch}_invest`];
			const count = figs[`pipeline_${batch}_count`];
			expect(bar.value).toBe(invest.value);
			expect(bar.figure).toBe(invest.id);
			expect(bar.label).toBe(`${count.display}项目 · ${invest.display}`);
		}
		expect(spec.bars[0].label).toBe('16个项目 · 100亿元');
		expect(spec.bars.map((b) => b.value)).toEqual([100, 80, 45.4, 48.2, null]);
	});

	it('the 投产 row has no value, no figure, and says the report gives none', () => {
		const producing = spec.bars.find((b) => b.key === 'producing')!;
		expect(producing.value).toBeNull();
		expect(producing.figure).toBeUndefined();
		expect(producing.label).toBe(MISSING_TEXT);
		expect(figs.pipeline_producing_count).toBeUndefined();
		expect(figs.pipeline_producing_invest).toBeUndefined();
		expect(spec.table[4].slice(1)).toEqual([MISSING_TEXT, MISSING_TEXT]);
	});

	it('shows the derived totals, which add up the four batches', () => {
		expect(spec.total.flatMap((seg) => ('fig' in seg ? [seg.fig] : []))).toEqual(['pipeline_total_count', 'pipeline_total_invest']);
		const bars = pipelineBars(figs, text).filter((b) => b.value !== null);
		expect(figs.pipeline_total_invest.value).toBeCloseTo(bars.reduce((a, b) => a + (b.value ?? 0), 0), 6);
		expect(spec.table[5]).toEqual(['前四批合计', figs.pipeline_total_count.display, figs.pipeline_total_invest.display]);
	});

	it('the bar domain runs from zero to the largest investment', () => {
		expect(spec.domain).toEqual([0, 100]);
		expect(barDomain([3, null, 7.5])).toEqual([0, 7.5]);
		expect(barDomain([null])).toEqual([0, 1]);
		expect(barDomain([])).toEqual([0, 1]);
	});
});

describe('十四五 goals', () => {
	const groups = goalGroups(figs, goalsText);

	it('lists the six goals of the report, in its order', () => {
		expect(groups.map((g) => g.name)).toEqual([...GOALS]);
		const report = squash(readFileSync('data/source/report.txt', 'utf8'));
		const at = GOALS.map((goal) => report.indexOf(`•${goal}`));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	it('covers every plan14 figure of the report, each once', () => {
		const shown = groups.flatMap((g) => g.items.map((it) => it.figure));
		const plan14 = Object.values(figs).filter((f) => f.section === 'plan14' && f.kind !== 'derived');
		expect(plan14.length).toBeGreaterThan(0);
		expect([...shown].sort()).toEqual(plan14.map((f) => f.id).sort());
		expect(new Set(shown).size).toBe(shown.length);
	});

	it('goals without figures are the qualitative ones', () => {
		expect(groups.filter((g) => g.items.length === 0).map((g) => g.name)).toEqual(['生态文明建设持续推进', '县域治理实现大幅提升', '民生保障水平稳步提高']);
		const table = goalsSpec(figs, goalsText).table;
		expect(table.filter((r) => r[2] === goalsText.words.qualitative).map((r) => r[0])).toEqual(['生态文明建设持续推进', '县域治理实现大幅提升', '民生保障水平稳步提高']);
	});

	it('draws the goal a step is about strong and the others faint; no focus, none faint', () => {
		expect(goalsSpec(figs, goalsText).groups.filter((g) => g.muted)).toEqual([]);
		expect(goalsSpec(figs, goalsText, ['goal_2']).groups.map((g) => g.muted)).toEqual([true, false, true, true, true, true]);
	});

	it('shows each number with the report’s words around it, or its indicator’s one name', () => {
		for (const g of groups)
			for (const it of g.items) {
				const f = figs[it.figure];
				expect(it.value).toBe(f.display);
				const quote = squash(f.quote ?? '');
				expect(quote.includes(squash(it.lead)) || f.label.startsWith(it.lead), it.figure).toBe(true);
				expect(quote).toContain(squash(`${it.value}${it.tail}`));
			}
		// The rank goal reads 进入全省前30位, never a bare 30位.
		const rank = groups[0].items.find((it) => it.figure === 'province_rank_target')!;
		expect(`${rank.lead}${rank.value}`).toBe('进入全省前30位');
		for (const id of GOAL_FIGURES) expect(figs[id]?.goal).toBeDefined();
	});
});
