import archieml from 'archieml';
import { sectionSchema, type SectionCopy } from './schema.ts';
import { ContentError, lineOf } from './errors.ts';
import { segments, type Segment } from './text.ts';
import { slotsOf } from './ui.ts';
import { CATALOG, chartOf } from '../charts/catalog.ts';
import type { ChartCopy } from './types.ts';
import { MAP_STATES } from '../map/types.ts';
import { focusKeys } from '../scrolly/states.ts';

const KEY_LINE = /^\s*[A-Za-z_][\w-]*\s*:/;
// `[array]`, `{words}` and `{}` (the one object a section may hold), and ArchieML's own commands.
const COMMAND_LINE = /^\s*(\[[^\]]*\]\s*$|\{(words)?\}\s*$|:(end|skip|endskip|ignore)\b)/i;

/**
 * ArchieML ignores any line it does not understand, so a forgotten `key:` silently drops text.
 * Every non-blank line must be a key, a command, or part of a multi-line value closed by `:end`.
 */
function lint(raw: string, file: string) {
	const lines = raw.split(/\r?\n/);
	let stray: number | undefined;
	let skipping = false;
	// Inside an array, ArchieML starts a new item only when the item's first key comes again; any other
	// key said twice overwrites the first silently. Track the keys of the current item.
	let delimiter: string | undefined;
	let itemKeys: Set<string> | undefined;
	lines.forEach((line, i) => {
		const array = /^\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(line);
		if (array || /^\s*\{(words)?\}\s*$/.test(line)) {
			itemKeys = array?.[1] ? new Set() : undefined;
			delimiter = undefined;
		}
		const key = /^\s*([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
		if (key && itemKeys && !skipping) {
			delimiter ??= key;
			if (key === delimiter) itemKeys.clear();
			else if (itemKeys.has(key))
				throw new ContentError(file, `line ${i + 1}`, `“${key}:” again in the same step would overwrite it; every step must begin with “${delimiter}:”`);
			itemKeys.add(key);
		}
		if (/^\s*:skip\b/i.test(line)) skipping = true;
		if (/^\s*:endskip\b/i.test(line)) skipping = false;
		if (skipping || !line.trim()) return;
		if (/^\s*:end\b/i.test(line)) {
			stray = undefined;
			return;
		}
		if (KEY_LINE.test(line) || COMMAND_LINE.test(line)) {
			if (stray !== undefined) throw strayError(file, stray, lines[stray]);
			return;
		}
		if (/^\s*[{[]/.test(line)) throw new ContentError(file, `line ${i + 1}`, 'a line of text may not begin with “{” or “[” (ArchieML reads it as a command)');
		stray ??= i;
	});
	if (stray !== undefined) throw strayError(file, stray, lines[stray]);
}

function strayError(file: string, index: number, line: string) {
	return new ContentError(file, `line ${index + 1}`, `text outside any key would be dropped by ArchieML (forgot “text:”?): “${line.trim().slice(0, 40)}”`);
}

/** A chart travels as a poster: its section must say which state it shows, and which number it leads with. */
function checkPoster(section: SectionCopy, raw: string, file: string) {
	if (!section.chart) {
		const stray = (['poster_state', 'poster_figure', 'poster_label'] as const).find((k) => section[k]);
		if (stray) throw new ContentError(file, `line ${lineOf(raw, `${stray}:`)}`, `“${stray}:” belongs to a section with a chart`);
		return;
	}
	for (const key of ['poster_state', 'poster_figure', 'poster_label'] as const)
		if (!section[key]) throw new ContentError(file, '', `a section with a chart needs “${key}:” (its share poster)`);
	const states = section.steps.map((s) => s.state);
	if (!states.includes(section.poster_state))
		throw new ContentError(file, `line ${lineOf(raw, 'poster_state:')}`, `poster_state “${section.poster_state}” is not the state of any step (${[...new Set(states)].join(', ')})`);
}

/**
 * A graphic says what to see in every step: each step of a chart or map section has its headline (shown inside
 * the sticky graphic and on the step's poster), whose figures and poster key figure must exist.
 */
function checkHeadlines(section: SectionCopy, raw: string, file: string, check: (text: string, line?: number) => void, knownIds: ReadonlySet<string>) {
	const graphic = Boolean(section.chart || section.map);
	section.steps.forEach((step, i) => {
		const where = (key: string, value?: string) => `line ${keyLine(raw, key, value, '[steps]') ?? '?'}, step ${i + 1}`;
		if (graphic && !step.headline) throw new ContentError(file, where('text', step.text), 'a step of a graphic needs “headline:” (what the graphic says in this step)');
		if (!graphic && step.headline) throw new ContentError(file, where('headline', step.headline), '“headline:” is said inside a graphic, and this section has none');
		if (step.headline) check(step.headline, keyLine(raw, 'headline', step.headline, '[steps]'));
		if (step.key && !knownIds.has(step.key)) throw new ContentError(file, where('key', step.key), `unknown figure id “${step.key}”`);
	});
}

/**
 * 1-based line of the first `key: value` line (any value when `value` is undefined) at or after the line
 * `from` starts with (a marker such as `[states]`, or an earlier line number).
 */
function keyLine(raw: string, key: string, value?: string, from: string | number = 1): number | undefined {
	const lines = raw.split(/\r?\n/);
	const start = typeof from === 'number' ? from - 1 : Math.max(0, lines.findIndex((l) => l.trim() === from));
	for (let i = start; i < lines.length; i++) {
		const m = /^\s*([A-Za-z_][\w-]*)\s*:(.*)$/.exec(lines[i]);
		if (m && m[1] === key && (value === undefined || m[2].trim() === value)) return i + 1;
	}
	return undefined;
}

/**
 * A chart section against the chart catalog: the chart exists, every step's state is one of its states, every
 * state has its caption in `[states]`, and `{words}` holds exactly the words the chart says, whose `{…}` are
 * its named slots or known figure ids.
 */
function checkChart(section: SectionCopy, raw: string, file: string, check: (text: string, line?: number) => void): ChartCopy | undefined {
	const stray = section.states ? 'states' : section.words ? 'words' : undefined;
	if (!section.chart) {
		if (stray) throw new ContentError(file, `line ${lineOf(raw, stray === 'states' ? '[states]' : '{words}')}`, `“${stray}” belongs to a section with a chart`);
		const focused = section.steps.findIndex((s) => s.focus);
		if (focused >= 0) throw new ContentError(file, `line ${keyLine(raw, 'focus', undefined, '[steps]') ?? '?'}, step ${focused + 1}`, '“focus:” names elements of a chart, and this section has none');
		return undefined;
	}
	const chart = section.chart;
	const entry = chartOf(chart);
	if (!entry) throw new ContentError(file, `line ${lineOf(raw, 'chart:')}`, `unknown chart “${chart}” (the catalog has ${Object.keys(CATALOG).join(', ')})`);
	const known = (state: string) => entry.states.includes(state);
	const listed = entry.states.join(', ');
	section.steps.forEach((step, i) => {
		if (step.state && !known(step.state))
			throw new ContentError(file, `line ${keyLine(raw, 'state', step.state, '[steps]') ?? '?'}, step ${i + 1}`, `unknown state “${step.state}” of chart “${chart}” (its states: ${listed})`);
		const unknown = focusKeys(step.focus).find((k) => !entry.focus?.includes(k));
		if (unknown)
			throw new ContentError(file, `line ${keyLine(raw, 'focus', step.focus, '[steps]') ?? '?'}, step ${i + 1}`, `unknown focus “${unknown}” of chart “${chart}” (it knows: ${entry.focus?.join(', ') || 'none'})`);
	});
	const states: ChartCopy['states'] = {};
	for (const item of section.states ?? []) {
		const at = keyLine(raw, 'state', item.state, '[states]');
		const line = `line ${at ?? '?'}`;
		if (!known(item.state)) throw new ContentError(file, line, `unknown state “${item.state}” of chart “${chart}” (its states: ${listed})`);
		if (states[item.state]) throw new ContentError(file, line, `state “${item.state}” is given twice in [states]`);
		if (!item.caption) throw new ContentError(file, line, `state “${item.state}” has no caption (add “caption: …” under it)`);
		check(item.caption, keyLine(raw, 'caption', undefined, at));
		if (item.title) check(item.title, keyLine(raw, 'title', undefined, at));
		if (item.note) {
			check(item.note, keyLine(raw, 'note', undefined, at));
			if (!item.note_on || !entry.focus?.includes(item.note_on))
				throw new ContentError(file, `line ${keyLine(raw, 'note', undefined, at) ?? '?'}`, `a note is drawn beside an element: “note_on:” must name one of ${entry.focus?.join(', ') || 'none (this chart takes no notes)'}`);
		} else if (item.note_on) throw new ContentError(file, `line ${keyLine(raw, 'note_on', undefined, at) ?? '?'}`, '“note_on:” without a “note:”');
		states[item.state] = { ...item, caption: item.caption };
	}
	const missing = entry.states.find((s) => !states[s]);
	if (missing) throw new ContentError(file, `line ${lineOf(raw, '[states]') ?? lineOf(raw, 'chart:')}`, `state “${missing}” of chart “${chart}” has no caption: [states] needs “state: ${missing}” with its “caption:”`);
	const words = section.words ?? {};
	for (const [key, text] of Object.entries(words)) {
		const line = keyLine(raw, key, undefined, '{words}');
		if (!entry.words.includes(key)) throw new ContentError(file, `line ${line ?? '?'}`, `unknown word “${key}” for chart “${chart}”`);
		const slots = entry.slots?.[key] ?? [];
		check(slotsOf(text).filter((s) => !slots.includes(s)).map((s) => `{${s}}`).join(''), line);
	}
	const absent = entry.words.find((k) => !(k in words));
	if (absent) throw new ContentError(file, `line ${lineOf(raw, '{words}') ?? lineOf(raw, 'chart:')}`, `chart “${chart}” needs the word “${absent}:” in {words}`);
	return { states, words };
}

export interface ParsedSection extends Omit<SectionCopy, 'steps' | 'states' | 'words'> {
	file: string;
	/** A step's text travels as segments only: the page never needs the raw `{id}` text. */
	steps: { heading?: string; state?: string; headline?: string; focus?: string; key?: string; segments: Segment[] }[];
}

/** A step as the story page's data carries it: without its text, which only the server prints (StepText). */
export type PageStep = Omit<ParsedSection['steps'][number], 'segments'>;
/** The opening's words, which only the server prints (Opening.server.svelte) and puts on the share cards. */
type OpeningWords = 'dek' | 'byline' | 'source_credit' | 'date_line' | 'hero' | 'hero_label' | 'share_title' | 'share_description';
export type PageSection = Omit<ParsedSection, 'steps' | OpeningWords> & { steps: PageStep[] };

/** A section for the story page's data: what the browser needs to draw and drive it, not the words it never redraws. */
export const withoutText = ({
	steps,
	dek: _dek,
	byline: _byline,
	source_credit: _credit,
	date_line: _date,
	hero: _hero,
	hero_label: _heroLabel,
	share_title: _shareTitle,
	share_description: _shareText,
	...section
}: ParsedSection): PageSection => ({ ...section, steps: steps.map(({ segments: _, ...step }) => step) });

/** Parses one ArchieML copy file and checks that every `{id}` names a known figure. */
export function parseCopy(raw: string, file: string, knownIds: ReadonlySet<string>): ParsedSection & { chartCopy?: ChartCopy } {
	lint(raw, file);
	const parsed = sectionSchema.safeParse(archieml.load(raw));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const key = issue.path.filter((p) => typeof p === 'string').at(-1);
		const line = typeof key === 'string' ? lineOf(raw, `${key}:`) : undefined;
		const step = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? `step ${issue.path[1] + 1}` : '';
		const where = [line && !step ? `line ${line}` : '', step].filter(Boolean).join(', ');
		const what = issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => `“${k}”`).join(', ')}` : issue.message;
		throw new ContentError(file, where, `${issue.path.join('.') || 'section'}: ${what}`);
	}
	const section = parsed.data;
	const check = (text: string, line?: number) => {
		const segs = segments(text);
		for (const s of segs) {
			if ('fig' in s && !knownIds.has(s.fig)) {
				throw new ContentError(file, `line ${line ?? lineOf(raw, `{${s.fig}}`) ?? '?'}`, `unknown figure id “${s.fig}”`);
			}
		}
		return segs;
	};
	for (const key of ['headline', 'dek', 'hero_label', 'share_title', 'share_description', 'poster_label'] as const) if (section[key]) check(section[key]);
	for (const key of ['hero', 'poster_figure'] as const) {
		const id = section[key];
		if (id && !knownIds.has(id)) throw new ContentError(file, `line ${lineOf(raw, `${key}:`)}`, `unknown figure id “${id}”`);
	}
	const chartCopy = checkChart(section, raw, file, check);
	checkPoster(section, raw, file);
	checkHeadlines(section, raw, file, check, knownIds);
	if (section.map) {
		const wrong = section.steps.findIndex((s) => !s.state || !(MAP_STATES as readonly string[]).includes(s.state));
		const state = section.steps[wrong]?.state;
		if (wrong >= 0) throw new ContentError(file, `line ${(state && keyLine(raw, 'state', state, '[steps]')) ?? '?'}, step ${wrong + 1}`, `every step of a map names its view: ${MAP_STATES.join(', ')}`);
	}
	const { states: _states, words: _words, ...rest } = section;
	return {
		...rest,
		file,
		steps: section.steps.map(({ text, ...s }) => ({ ...s, segments: check(text) })),
		...(chartCopy ? { chartCopy } : {})
	};
}

