import type { Figures } from '../../content/types';

/** What every view is given: the chart it draws (checked against the catalog at build), its state and focus. */
export interface ViewProps {
	chart: string;
	state: string;
	focus?: readonly string[];
	figures: Figures;
}
