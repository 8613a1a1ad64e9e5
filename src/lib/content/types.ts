import type { SourceFigure } from './schema.ts';
import type { ParsedSection } from './copy.ts';
import type { Ui } from './ui.ts';
import type { StateText } from '../charts/frame/text.ts';

/** A figure as the page uses it: a report figure or a derived one, with its display text. */
export interface Figure {
	id: string;
	label: string;
	value: number;
	unit: string;
	digits?: number;
	period: string;
	kind: SourceFigure['kind'] | 'derived';
	section: string;
	display: string;
	/** Report figures: the sentence they come from. */
	quote?: string;
	note?: string;
	/** Derived figures: the arithmetic with its inputs. */
	formula?: string;
	inputs?: string[];
	block?: string;
	point?: number;
	goal?: number;
	action?: number;
}

/** Every figure of the story, report and derived, by id: the one map charts, copy and share images read. */
export type Figures = Record<string, Figure>;

/** A chart's own words, from its section's copy. */
export interface ChartCopy {
	states: Record<string, StateText>;
	words: Record<string, string>;
}

/** The words components say: the interface's, and each chart's by chart id. */
export interface Words {
	ui: Ui;
	charts: Record<string, ChartCopy>;
}

export interface Content extends Words {
	figures: Figures;
	sections: ParsedSection[];
}
