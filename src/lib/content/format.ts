/**
 * The one number formatter of the story. Chinese conventions: the unit follows the number with no
 * space (84.9亿元, 2.8万人, 25142元, 71.5%), no thousands separators, and ratios read 2.05:1.
 */
export interface Formattable {
	value: number;
	unit: string;
	/** Fixed decimals for computed values; source values keep the digits the report printed. */
	digits?: number;
}

export function formatNumber(value: number, digits?: number): string {
	const text = digits === undefined ? String(value) : value.toFixed(digits);
	// toFixed can print "-0.0"; a reader should never see a signed zero.
	return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

export function formatFigure(f: Formattable): string {
	return formatNumber(f.value, f.digits) + f.unit;
}

/** A change with its sign, for chart labels: +71.5%. */
export function formatSigned(f: Formattable): string {
	const text = formatFigure(f);
	return f.value > 0 ? `+${text}` : text;
}

/** A number computed from the report's numbers: read as approximate (约49.5亿元), never as a reported fact. */
export const APPROX = '约';

export function formatDerived(f: Formattable & { kind?: string }): string {
	return f.kind === 'derived' ? `${APPROX}${formatFigure(f)}` : formatFigure(f);
}
