import archieml from 'archieml';
import { sectionSchema, type SectionCopy } from './schema.ts';
import { ContentError, lineOf } from './errors.ts';
import { segments, type Segment } from './text.ts';
import { MAP_STATES } from '../map/types.ts';

const KEY_LINE = /^\s*[A-Za-z_][\w-]*\s*:/;
const COMMAND_LINE = /^\s*(\[[^\]]*\]\s*$|:(end|skip|endskip|ignore)\b)/i;

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
		if (array) {
			itemKeys = array[1] ? new Set() : undefined;
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

export interface ParsedSection extends Omit<SectionCopy, 'steps'> {
	file: string;
	/** A step's text travels as segments only: the page never needs the raw `{id}` text. */
	steps: { heading?: string; state?: string; segments: Segment[] }[];
}

/** Parses one ArchieML copy file and checks that every `{id}` names a known figure. */
export function parseCopy(raw: string, file: string, knownIds: ReadonlySet<string>): ParsedSection {
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
	const check = (text: string) => {
		const segs = segments(text);
		for (const s of segs) {
			if ('fig' in s && !knownIds.has(s.fig)) {
				throw new ContentError(file, `line ${lineOf(raw, `{${s.fig}}`) ?? '?'}`, `unknown figure id “${s.fig}”`);
			}
		}
		return segs;
	};
	for (const key of ['headline', 'dek', 'hero_label', 'share_title', 'share_description', 'poster_label'] as const) if (section[key]) check(section[key]);
	for (const key of ['hero', 'poster_figure'] as const) {
		const id = section[key];
		if (id && !knownIds.has(id)) throw new ContentError(file, `line ${lineOf(raw, `${key}:`)}`, `unknown figure id “${id}”`);
	}
	checkPoster(section, raw, file);
	if (section.map) {
		const wrong = section.steps.findIndex((s) => !s.state || !(MAP_STATES as readonly string[]).includes(s.state));
		if (wrong >= 0) throw new ContentError(file, `step ${wrong + 1}`, `every step of a map names its view: ${MAP_STATES.join(', ')}`);
	}
	return {
		...section,
		file,
		steps: section.steps.map(({ text, ...s }) => ({ ...s, segments: check(text) }))
	};
}

