import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFigures } from './figures.ts';
import { parseCopy } from './copy.ts';
import { deriveFigures } from './derived.ts';
import { formatFigure } from './format.ts';
import { ContentError } from './errors.ts';
import { parseUi, type Ui } from './ui.ts';
import type { ChartCopy, Content, Figures } from './types.ts';

export const FIGURES_FILE = 'figures.json';
export const SOURCE_FILE = 'source/report.txt';
export const COPY_DIR = 'copy';
/** The interface's words: in copy/ beside the sections, but not a section. */
export const UI_FILE = 'copy/ui.aml';

/** Combines report figures with derived ones; a derived id may not shadow a report id. */
export function buildFigures(source: ReturnType<typeof parseFigures>, file: string, ui: Ui): Figures {
	const figures: Figures = {};
	for (const f of source) figures[f.id] = { ...f, display: formatFigure(f) };
	const get = (id: string) => {
		const f = figures[id];
		if (!f) throw new ContentError(file, `id "${id}"`, 'missing: a derived figure needs it');
		return f;
	};
	for (const d of deriveFigures(get, ui)) {
		if (figures[d.id]) throw new ContentError(file, `id "${d.id}"`, 'this id is reserved for a derived figure (computed in code)');
		figures[d.id] = { ...d, kind: 'derived', display: formatFigure(d) };
	}
	return figures;
}

function read(dataDir: string, file: string): string {
	try {
		return readFileSync(join(dataDir, file), 'utf8');
	} catch (err) {
		throw new ContentError(relative(process.cwd(), join(dataDir, file)), '', `cannot be read: ${(err as Error).message}`);
	}
}

/** Reads and validates everything under data/. Throws ContentError on the first problem. */
export function loadContent(dataDir: string): Content {
	const name = (p: string) => relative(process.cwd(), join(dataDir, p));
	const sourceText = read(dataDir, SOURCE_FILE);
	const figuresFile = name(FIGURES_FILE);
	const ui = parseUi(read(dataDir, UI_FILE), name(UI_FILE));
	const figures = buildFigures(parseFigures(read(dataDir, FIGURES_FILE), figuresFile, sourceText), figuresFile, ui);
	const ids = new Set(Object.keys(figures));
	const files = readdirSync(join(dataDir, COPY_DIR))
		.filter((f) => f.endsWith('.aml') && join(COPY_DIR, f) !== UI_FILE)
		.sort();
	const parsed = files.map((f) => parseCopy(read(dataDir, join(COPY_DIR, f)), name(join(COPY_DIR, f)), ids));
	const seen = new Set<string>();
	const charts: Record<string, ChartCopy> = {};
	const sections = parsed.map(({ chartCopy, ...s }) => {
		if (seen.has(s.id)) throw new ContentError(s.file, 'id:', `section id “${s.id}” is used by another copy file too`);
		seen.add(s.id);
		if (s.chart && chartCopy) {
			if (charts[s.chart]) throw new ContentError(s.file, 'chart:', `chart “${s.chart}” is shown by another section too`);
			charts[s.chart] = chartCopy;
		}
		return s;
	});
	return { figures, sections, ui, charts };
}

/** Every file whose change must reload the content. */
export function contentFiles(dataDir: string): string[] {
	const copy = readdirSync(join(dataDir, COPY_DIR)).filter((f) => f.endsWith('.aml'));
	return [join(dataDir, FIGURES_FILE), join(dataDir, SOURCE_FILE), ...copy.map((f) => join(dataDir, COPY_DIR, f))];
}
