import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFigures } from './figures.ts';
import { parseCopy } from './copy.ts';
import { deriveFigures } from './derived.ts';
import { formatFigure } from './format.ts';
import { ContentError } from './errors.ts';
import type { Content, Figures } from './types.ts';

export const FIGURES_FILE = 'figures.json';
export const SOURCE_FILE = 'source/report.txt';
export const COPY_DIR = 'copy';

/** Combines report figures with derived ones; a derived id may not shadow a report id. */
export function buildFigures(source: ReturnType<typeof parseFigures>, file: string): Figures {
	const figures: Figures = {};
	for (const f of source) figures[f.id] = { ...f, display: formatFigure(f) };
	const get = (id: string) => {
		const f = figures[id];
		if (!f) throw new ContentError(file, `id "${id}"`, 'missing: a derived figure needs it');
		return f.value;
	};
	for (const d of deriveFigures(get)) {
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
	const figures = buildFigures(parseFigures(read(dataDir, FIGURES_FILE), figuresFile, sourceText), figuresFile);
	const ids = new Set(Object.keys(figures));
	const files = readdirSync(join(dataDir, COPY_DIR))
		.filter((f) => f.endsWith('.aml'))
		.sort();
	const sections = files.map((f) => parseCopy(read(dataDir, join(COPY_DIR, f)), name(join(COPY_DIR, f)), ids));
	const seen = new Set<string>();
	for (const s of sections) {
		if (seen.has(s.id)) throw new ContentError(s.file, 'id:', `section id “${s.id}” is used by another copy file too`);
		seen.add(s.id);
	}
	return { figures, sections };
}

/** Every file whose change must reload the content. */
export function contentFiles(dataDir: string): string[] {
	const copy = readdirSync(join(dataDir, COPY_DIR)).filter((f) => f.endsWith('.aml'));
	return [join(dataDir, FIGURES_FILE), join(dataDir, SOURCE_FILE), ...copy.map((f) => join(dataDir, COPY_DIR, f))];
}
